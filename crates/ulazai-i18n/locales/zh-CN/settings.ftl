settings-title = 设置
settings-close = 关闭设置
settings-close-tip = 关闭 (Esc)

## API key

settings-key-title = API 密钥
settings-key-state =
    { $state ->
        [valid] 可用
        [invalid] 被服务器拒绝
        [unverified] 尚未验证
       *[missing] 未设置
    }
settings-key-storage =
    { $storage ->
        [keyring] 已保存在系统钥匙串中
        [until_quit] 保留到退出为止
       *[none] 未保存密钥
    }
settings-key-placeholder-replace = 粘贴新密钥以替换
settings-key-empty = 请先粘贴你的 API 密钥（以 ulazai_ 开头）。
settings-key-keep-until-quit = 保留到退出
settings-key-replace = 替换
settings-key-save = 保存
settings-key-verify = 验证
settings-key-remove = 移除密钥
settings-key-hint = 密钥交由应用的安全存储保管，之后不会再显示，只显示简短预览。
settings-keyring-down = { $problem } 可以将密钥保留在内存中，直到退出。
settings-keyring-unavailable = 系统钥匙串不可用。

## Notifications

settings-notify-title = 通知
settings-notify-clips = 片段完成或失败时通知
settings-notify-history = 启动时在历史记录中发现的任务也通知

## Web account

settings-web-title = 网页账户
settings-web-state =
    { $state ->
        [connected] 网页账户已连接
        [expired] 网页会话已过期
       *[none] 未连接
    }
settings-web-why = 使用 ulazai.com 上的文件夹和服务器端合并，需要登录网站（仅有 API 密钥不够）。未登录时，文件夹保留在这台电脑上，片段在本地用 ffmpeg 合并。
settings-web-expired = UlazAI 已结束网页会话。没有丢失任何内容；重新连接即可在服务器上继续。
settings-web-disconnect = 断开连接
settings-web-reconnect = 重新连接
settings-web-sign-in = 登录 UlazAI
settings-web-signing-in = 请在“{ $window }”窗口中完成登录…
settings-web-keyring = 会话只保存在系统钥匙串中。

## Library

settings-library-title = 素材库
settings-library-folder = 素材库文件夹
settings-library-change = 更改…
settings-library-default = 使用默认位置
settings-library-hint = 每个应用文件夹对应一个子文件夹；文件名由日期、模型和提示词组成。
settings-max-download = 最大下载大小 (GiB)
settings-max-download-hint = 超过此大小的结果不会保存（默认 { $default } GiB）。
settings-max-download-refused = 请输入以 GiB 为单位的大小，至少 { $min }（1 MiB）。
settings-ffmpeg = 本机合并使用的 ffmpeg
settings-ffmpeg-from-path = 使用 PATH 中找到的
settings-ffmpeg-choose = 选择 ffmpeg…
settings-ffmpeg-use-path = 使用 PATH 中的 ffmpeg
settings-ffmpeg-hint = 请选择 ffmpeg 程序本身；保存前会先检查（它必须能以 ffmpeg 的身份响应）。
settings-marks = 导出片段中的标记和星级
settings-marks-none = 不包含
settings-marks-names = 加在文件名末尾
settings-marks-sidecar = 在每个片段旁放一个 XMP 文件
settings-marks-hint = 文件名结尾形如“… [pick, 4 stars].mp4”；XMP 文件包含评分、标记和提示词，供 Lightroom、Bridge 或 darktable 使用。
settings-auto-download = 自动将完成的片段保存到素材库

## Updates

settings-updates-title = 更新
settings-updates-check = 检查更新
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = 立即检查
settings-updates-hint = 更新由 UlazAI 签名，只有在你选择时才会安装。启动时及每隔几小时检查一次。

## Language

settings-language-title = 语言
settings-language-system = 系统（{ $language }）
settings-language-hint = 窗口、通知和托盘会立即切换。
settings-language-pinned = 已设置 ULAZAI_LANG：在移除之前由它决定语言。

## Appearance

settings-appearance-title = 外观
settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色

## Advanced

settings-advanced = 高级
settings-base-url = API 基础 URL
settings-base-url-refused = { $error } Studio 将继续使用之前的地址。
settings-base-url-demo = 演示模式使用这台电脑上的内置模拟器运行，因此暂不使用任何服务器。添加 API 密钥后，Studio 将连接 { $server } 或上方的地址。
settings-base-url-hint = 留空则使用 { $server }。仅在 UlazAI 支持人员要求时才更改。
