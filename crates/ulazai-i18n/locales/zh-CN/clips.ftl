## Statuses and modes

clips-status =
    { $status ->
        [pending] 等待中
        [processing] 渲染中
        [completed] 已完成
        [failed] 失败
        [unknown] 未知
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] 文生视频
        [image_to_video] 图生视频
        [video_to_video] 视频生视频
       *[other] { $raw }
    }
clips-rendered-in = 渲染用时 { $time }
clips-failed-after = { $time } 后
clips-summary = { $status }，{ $model }，{ $prompt }
clips-summary-no-prompt = 无提示词
clips-unknown-model = 未知模型

## Marks

clips-stars = { $rating } 星
clips-marks-picked = 已留用
clips-marks-rejected = 已排除
clips-marks-both = { $flag }，{ $stars }
clips-marks-picked-key = 已留用（P）
clips-marks-rejected-key = 已排除（X）
clips-star-title = { $stars }（{ $key }）
clips-star-clear-title = 清除星级（0）
clips-announce-picked = 已留用 { $count } 个片段
clips-announce-rejected = 已排除 { $count } 个片段
clips-announce-unflagged = 已取消 { $count } 个片段的旗标
clips-announce-rated = { $count } 个片段：{ $stars }
clips-announce-flag-and-stars = { $flagged }，{ $stars }
clips-announce-no-stars = 无星级
clips-mark-failed = 无法标记这些片段

## Screen reader

clips-announce-finished = 已完成：{ $what }
clips-announce-finished-model = 已完成：{ $what }（{ $model }）
clips-announce-merged-clip = 合并的片段
clips-announce-no-prompt = 无提示词的片段
clips-announce-failed = 失败：{ $reason }。
clips-announce-failed-about = 失败：{ $reason }（{ $about }）。
clips-announce-about-both = { $model }，“{ $prompt }”
clips-announce-about-prompt = “{ $prompt }”
clips-announce-no-reason = 未说明原因
clips-announce-with-refund = { $sentence }积分已退还。

## A card

clips-no-prompt = 无提示词
clips-saving-label = 正在存入你的素材库
clips-saving = 正在保存…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = 开始于 { $started } · 完成于 { $finished }
clips-card-credits = { $credits } 积分
clips-card-saved = 已保存
clips-card-refunded = 已退还
clips-card-refunded-title = 积分已退还
clips-card-merge = 合并
clips-card-merged-here = 本机合并
clips-card-not-on-server = 不在服务器上
clips-card-not-on-server-title = 服务器已不再识别此任务，它不会再更新
clips-actions = 片段操作
clips-open-file = 打开文件
clips-save-to-library = 存入素材库
clips-add-to-merge = 加入合并
clips-in-merge-tip = 已在合并栏中（点击移出）
clips-retry = 重试
clips-retry-only-here = 只有在此应用中启动的任务才能重试
clips-edit-retry = 编辑并重试
clips-edit-retry-tip = 编辑并重试：修改请求后再生成
clips-more-actions = 更多操作

## Preview

clips-preview-label = 结果预览
clips-preview-waiting = 正在等待服务商
clips-preview-rendering = 渲染中
clips-preview-not-finished = 尚未完成
clips-preview-unsafe = 已隐藏结果链接：不是安全的（https）URL
clips-preview-unplayable = 无法在此播放预览
clips-preview-length = ，时长
clips-play-sound = 有声播放

## Takes

clips-stack-takes = { $count } 条镜次
clips-stack-open-tip = 显示 { $count } 条镜次
clips-stack-close-tip = 重新叠放镜次（Esc）
clips-takes-title = 镜次
clips-take-place = 第 { $n } 条，共 { $of } 条
clips-take-made-from = 生成自
clips-take-origin-take = 第 { $n } 条镜次
clips-take-origin-this = 此片段
clips-take-origin-prompt = ：{ $prompt }
clips-take-origin-gone = 一个已移除的片段
clips-take-current = 第 { $n } 条 · 此片段
clips-take-other = 第 { $n } 条 · { $about }
clips-take-picked = 已留用
clips-take-rejected = 已排除

## Details

clips-detail-back = 新建生成
clips-detail-video = 结果视频
clips-detail-open = 打开
clips-copy-link = 复制链接
clips-detail-retry-only-here = 只有在此应用中启动的任务才能重试
clips-use-prompt = 使用此提示词
clips-detail-move = 移动
clips-detail-remove = 移除
clips-detail-prompt = 提示词
clips-detail-made-from = 生成自
clips-detail-details = 详细信息
clips-detail-job-id = 任务 ID
clips-detail-model = 模型
clips-detail-mode = 模式
clips-detail-status = 状态
clips-detail-created = 创建时间
clips-detail-completed = 完成时间
clips-detail-length = 片段时长
clips-detail-credits = 积分
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · 已退还
       *[no] { $credits }
    }
clips-detail-folder = 文件夹
clips-detail-origin = 来源
clips-detail-origin-app = 在此应用中启动
clips-detail-origin-history = 来自你的 UlazAI 历史记录
clips-detail-origin-local-merge = 在这台电脑上合并
clips-detail-origin-merge = 合并输出
clips-detail-server = 服务器
clips-detail-unknown-to-server = 服务器无此记录（不再更新）
clips-detail-updated = 最后更改
clips-detail-result = 结果
clips-detail-not-https = 不是 https — 未打开
clips-detail-settings = 设置
clips-detail-provider = 服务商详情
clips-detail-none-reported = 未报告任何信息。

## Clip menu

clips-menu-title = 片段操作
clips-unfiled = 未归类
clips-menu-details = 显示详细信息
clips-menu-reveal = 在文件夹中显示
clips-menu-copy-path = 复制文件路径
clips-menu-open-browser = 在浏览器中打开
clips-menu-export =
    { $count ->
        [1] 导出…
       *[other] 导出 { $count } 个片段…
    }
clips-menu-take-out-of-merge = 移出合并
clips-menu-compare = 对比 { $count } 个片段
clips-menu-pick = 留用
clips-menu-reject = 排除
clips-menu-unflag = 取消旗标
clips-menu-rate = 评为 { $rating } 星
clips-menu-clear-stars = 清除星级
clips-menu-delete =
    { $count ->
        [1] 删除片段…
       *[other] 删除 { $count } 个片段…
    }
clips-menu-remove-from-library =
    { $count ->
        [1] 从素材库移除
       *[other] 从素材库移除 { $count } 个片段
    }
clips-menu-move =
    { $count ->
        [1] 移动到
       *[other] 将 { $count } 个片段移动到
    }
clips-menu-move-to =
    { $count ->
        [1] 移动到“{ $folder }”
       *[other] 将 { $count } 个片段移动到“{ $folder }”
    }
clips-menu-remove-from-view = 从视图中移除
clips-key-enter = Enter
clips-key-delete = Del
clips-key-shift-delete = Shift+Del
clips-menu-current = （当前）

## After an action

clips-rendering-again =
    { $count ->
        [1] 正在重新渲染该片段
       *[other] 正在重新渲染 { $count } 个片段
    }
clips-retry-failed = 无法重试
clips-removed-from-view = 已从视图中移除
clips-remove-failed = 无法移除
clips-moved = 已将 { $count } 个片段移动到“{ $folder }”
clips-a-folder = 文件夹
clips-move-failed = 无法移动
clips-open-failed = 无法打开结果

## Empty grid

clips-empty-loading = 正在加载你的片段…
clips-card-loading = 正在加载片段
clips-empty-welcome = 欢迎使用 UlazAI Studio
clips-empty-intro = 使用 UlazAI 的模型渲染 AI 视频，看着每个任务完成，并把片段整理到文件夹和合并中。
clips-empty-starting-demo = 正在启动演示…
clips-empty-try-demo = 试用演示
clips-empty-add-key = 添加你的 API 密钥
clips-empty-fine = 演示运行在本地模拟器上：无需账户，不消耗积分。你的密钥可在 UlazAI 控制台获取，并保存在系统钥匙串中。
clips-empty-no-match = 没有片段符合这些筛选条件
clips-empty-clear-filters = 清除筛选
clips-empty-folder = 此文件夹为空
clips-empty-folder-before = 将卡片从
clips-empty-folder-link = 全部片段
clips-empty-folder-after = 拖到文件夹上，即可归类到这里。
clips-empty-none = 还没有片段
clips-empty-none-before = 在右侧面板中描述一个镜头，然后点击
clips-empty-none-button = 生成
clips-empty-none-after = 。卡片会出现在这里并实时更新。

## Edit & retry

clips-retrying = 正在重试
clips-retry-why = 失败原因：{ $reason }
clips-retry-cancel = 取消重试
