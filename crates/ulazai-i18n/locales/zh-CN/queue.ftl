queue-add = 加入队列
queue-adding = 正在加入…
queue-import = 导入列表…
queue-variations = 变体…

queue-title = 队列
queue-show = 显示队列
queue-hide = 隐藏队列
queue-requests-used = 本小时已用 { $used }/{ $limit } 个请求
queue-pause = 暂停
queue-resume = 继续
queue-list = 队列中的请求，按发送顺序排列（项目的排序手柄可用方向键移动）
queue-reorder = 调整“{ $prompt }”的顺序，第 { $position } 项，共 { $total } 项（方向键移动，Home 和 End 移到两端）
queue-reorder-tip = 拖动或使用方向键调整顺序
queue-move-front = 移到最前
queue-submit-now = 立即提交
queue-remove = 移除
queue-state =
    { $state ->
        [submitting] 正在发送
        [refused] 已拒绝
       *[other] 排队中
    }
queue-when-sending = 正在发送…
queue-when-refused = 已拒绝：{ $error }
queue-when-refused-unknown = 被 UlazAI 拒绝
queue-when-paused = 等待中：队列已暂停
queue-when-now = 即将开始
queue-when-around = 约 { $time } 开始
queue-paused-credits = 队列已暂停：积分不足。请在 ulazai.com 充值积分后继续。
queue-paused-credits-message = 队列已暂停：积分不足。{ $message } 请在 ulazai.com 充值积分后继续。
queue-paused-key = 队列已暂停，直到设置可用的 API 密钥。
queue-paused-user = 队列已暂停。继续之前不会发送新的请求。
queue-submit-blocked = 已达每小时上限（{ $used }/{ $limit } 个请求）：{ $time }（{ $wait }后）可以“立即提交”。
queue-usually-seconds = 此模型通常需要 { $seconds } 秒
queue-usually-minutes = 此模型通常需要 { $minutes } 分钟

queue-import-title = 导入提示词列表
queue-variations-title = 此提示词的变体
queue-confirm-prompts = 将这些提示词加入队列？
queue-confirm-variations = 将这些变体加入队列？
queue-close = 关闭
queue-close-tip = 关闭（Esc）
queue-import-hint-lines = 每行一个提示词（空行和以 # 开头的行会被跳过），或带标题行的 CSV：
queue-import-hint-optional = 以及可选的
queue-import-hint-defaults = 缺少的值取自表单。
queue-choose-file = 选择文件…
queue-paste-label = 或粘贴列表
queue-preview = 预览
queue-list-too-large = { $file } 大于 { $megabytes } MB：作为提示词列表太大了。
queue-read-failed = 无法读取列表：{ $error }

queue-source-pasted = 粘贴的列表
queue-source-variations = 变体
queue-summary = { $source }：{ $summary }
queue-count-prompts = { $count } 个提示词
queue-count-variations = { $count } 个变体
queue-left-out-lines = 有 { $count } 行被排除
queue-left-out-combinations = 有 { $count } 个组合被排除
queue-items = 要加入队列的提示词
queue-folder-label = 将片段放入新文件夹（可选）
queue-folder-placeholder = 文件夹名称
queue-back = 返回
queue-confirm = 将 { $what }加入队列 · { $cost }
queue-queued = 已将 { $what }加入队列

queue-fail-read-list = 无法读取列表
queue-fail-read-dropped = 无法读取拖入的文件
queue-fail-variation-models = 无法列出可用于变体的模型
queue-fail-variations = 无法准备变体
queue-fail-queue-list = 无法将列表加入队列
queue-fail-pause = 无法暂停队列
queue-fail-resume = 无法继续队列
queue-fail-move = 无法移动该项目
queue-fail-remove = 无法移除该项目
queue-fail-submit-now = 无法立即提交
