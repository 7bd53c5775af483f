# 错误消息：一句话说明出了什么问题，以及下一步怎么做。
# $server 是 UlazAI 服务器的原话（英文），请原样保留。
# $status 是 HTTP 状态码。

## UlazAI 服务器或网络拒绝了请求

errors-api-invalid-request = UlazAI 拒绝了此请求。请检查渲染的设置。
errors-api-invalid-request-says = UlazAI 拒绝了此请求：{ $server }
errors-api-unauthorized = UlazAI 不接受你的 API 密钥。请在“设置 → API 密钥”中检查。
errors-api-credits = 积分不足，无法提交此批次。请在 ulazai.com 充值积分后重试。
errors-api-credits-says = 积分不足，无法提交此批次。请在 ulazai.com 充值积分后重试。（UlazAI 返回：{ $server }）
errors-api-forbidden = 你在 ulazai.com 的网页会话已过期或被拒绝。请在“设置 → 网页账户”中重新登录，然后重试。
errors-api-not-found = UlazAI 不认识此模型或渲染。
errors-api-not-found-says = UlazAI 不认识此模型或渲染。（UlazAI 返回：{ $server }）
errors-api-rate-limited-at = 已达到 UlazAI 的请求频率上限。你可以在{ $wait }重试。
errors-api-rate-limited = 已达到 UlazAI 的请求频率上限（每小时 24 个新批次）。请等几分钟后重试。
errors-api-server = UlazAI 服务端出现问题（HTTP { $status }）。请稍后重试。
errors-api-network-connect = 无法连接 UlazAI。请检查网络连接；应用会继续尝试。
errors-api-network-timeout = UlazAI 未能及时响应。请检查网络连接；应用会继续尝试。
errors-api-network-reset = 与 UlazAI 的连接已中断。请检查网络连接；应用会继续尝试。
errors-api-network-other = 网络问题中断了发往 UlazAI 的请求。请检查网络连接；应用会继续尝试。
errors-api-unreadable = UlazAI 返回了应用无法读取的响应（HTTP { $status }）。请稍后重试；如果反复出现，可能需要更新应用。
errors-api-unexpected = UlazAI 的响应出乎意料（HTTP { $status }）。请稍后再试。
errors-api-no-credentials = 尚未设置 API 密钥。请在“设置 → API 密钥”中添加你的 UlazAI API 密钥。
errors-api-bad-url = 无法使用此服务器地址：{ $reason }

## 达到频率上限后何时可以重试（用于 errors-api-rate-limited-at）

errors-wait-second = 1 秒后
errors-wait-seconds = { $seconds } 秒后
errors-wait-minutes = { $minutes } 分钟后
errors-wait-hours = { $hours } 小时后

## 发送前需要在表单中修改的请求

errors-list-or = { $head }或{ $last }
errors-seconds = { $seconds } 秒
errors-input-image-link = 输入图片 { $number } 不是可用的链接：{ $reason }。
errors-input-video-link = 输入视频 { $number } 不是可用的链接：{ $reason }。
errors-batch-size = 一个批次包含 1 到 4 个渲染。
errors-batch-one = { $model } 一次只能渲染一个；请将批次设为 1。
errors-batch-size-model = { $model } 的一个批次包含 1 到 { $max } 个渲染。
errors-choose-model = 请选择一个模型。
errors-unknown-model = UlazAI 没有名为“{ $slug }”的模型。请从列表中选择。
errors-prompt-needed = 请填写提示词：{ $model } 需要提示词。
errors-prompt-too-long = { $model } 的提示词最多 { $max } 个字符；当前有 { $length } 个。
errors-ratio-only = { $model } 只能渲染 { $ratio }。
errors-choose-ratio = 请选择画面比例：{ $choices }。
errors-duration-only = { $model } 只能渲染 { $seconds } 秒的片段。
errors-choose-duration = 请选择时长：{ $choices }。
errors-choose-quality = 请选择画质：{ $choices }。
errors-no-quality = { $model } 没有画质模式；请不要设置画质。
errors-no-sound = { $model } 渲染时没有声音；请关闭声音。
errors-input-count =
    { $kind ->
        [image] { $count } 张输入图片
       *[video] { $count } 个输入视频
    }
errors-input-none =
    { $kind ->
        [image] { $model } 不接受输入图片；请将其移除。
       *[video] { $model } 不接受输入视频；请将其移除。
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } 需要恰好 { $inputs }。
       *[video] { $model } 需要恰好 { $inputs }。
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } 至少需要 { $inputs }。
       *[video] { $model } 至少需要 { $inputs }。
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } 最多接受 { $inputs }。
       *[video] { $model } 最多接受 { $inputs }。
    }
errors-choose-orientation = 请选择角色朝向：视频（片段最长 30 秒）或图片（最长 10 秒）。
errors-orientation-duration =
    { $orientation ->
        [video] 朝向为“视频”时，片段最长 { $seconds } 秒。
        [image] 朝向为“图片”时，片段最长 { $seconds } 秒。
       *[other] 朝向为“{ $orientation }”时，片段最长 { $seconds } 秒。
    }
errors-orientation-not-motion = 角色朝向仅适用于动作控制模型。

## 已不存在的片段、文件夹或队列项

errors-missing-job = 此片段已不在应用中。
errors-retry-unknown-settings = 此片段不是从本应用发起的，因此不知道它的设置。请从表单重新开始。
errors-queue-empty = 没有可加入队列的内容。
errors-queue-full = 队列最多容纳 { $max } 项。
errors-folder-gone = 此文件夹已不存在。
errors-queue-item-gone = 此片段已不在队列中等待。
errors-folder-gone-any-more = 此文件夹不存在（或已被删除）。
errors-queued-clip-gone = 队列中的此片段不存在（或已被删除）。
errors-merge-gone = 此合并不存在（或已被删除）。
errors-fields-highlighted = 此渲染的部分设置需要修改（见高亮显示的字段）。

## 合并片段

errors-merge-too-few = 请至少选择两个片段进行合并。
errors-merge-too-many = 一次最多可合并 { $max } 个片段。
errors-merge-duplicate = 有一个片段重复列出。
errors-merge-not-completed = 只能合并已完成的片段。
errors-merge-session-expired = 你在 ulazai.com 的网页会话已过期。请在设置中重新连接，或使用“在这台电脑上合并”。
errors-merge-no-ffmpeg = 在这台电脑上合并需要 ffmpeg，但尚未安装。{ $how }

## 标记（选用 / 弃用、星级）和文件夹名称

errors-marks-stars = 片段的星级为 1 到 { $max } 星（0 表示清除）：{ $stars } 星不是有效评分。
errors-marks-nothing = 请选择要设置的标记或星级。
errors-marks-no-clips = 请至少选择一个要标记的片段。
errors-folder-name-empty = 文件夹名称不能为空。
errors-folder-name-too-long = 文件夹名称太长（最多 { $max } 个字符）。

## 打开片段的结果

errors-no-result-to-open = 此渲染还没有可打开的结果。

## 错误没有附带说明时，由窗口自己写出的文字

errors-ui-rate-limited-at = 已达到 UlazAI 的请求频率上限。你可以在 { $time }（{ $wait }后）重试。
errors-ui-rate-limited = 已达到 UlazAI 的请求频率上限。请等几分钟后重试。
errors-ui-credits = 积分不足，无法提交此批次。请在 ulazai.com 充值积分，或减少数量。
errors-ui-unknown = 出了点问题（{ $code }）。

## 系统无法完成的操作（打开、显示、拖动）

errors-open-file = 无法打开文件：{ $reason }
errors-reveal-file = 无法显示文件：{ $reason }
errors-open-result = 无法打开结果：{ $reason }
errors-drag-out = 无法开始拖动：{ $reason }

## 拒绝窗口发出的请求

errors-still-starting = 应用仍在启动中。
errors-engine-failed = 应用无法连接渲染引擎：{ $reason }
errors-delete-none = 请至少选择一个要删除的片段。
errors-undo-gone = 此删除已无法撤销。
errors-move-none = 请至少选择一个要移动的片段。
errors-key-empty = 请粘贴你的 UlazAI API 密钥。
errors-key-shape = 这看起来不像 API 密钥（密钥形如 ulazai_live_…）。
errors-sort-place = 排序方式适用于全部片段、“未归档”或某个文件夹。
errors-sort-order = 这不是有效的排序方式。
errors-import-kind = 请拖入提示词列表：.txt 文件（每行一个提示词）或 .csv 文件。
errors-import-too-large = 此文本超过 4 MB，作为提示词列表太大了。

## 应用更新：检查或安装被拒绝的原因

errors-update-not-configured = 此版本的 UlazAI Studio 没有配置更新服务器。
errors-update-nothing-offered = 没有可安装的更新：请先检查更新。
errors-update-merge-running = 正在合并：请在合并完成后安装更新。
errors-update-submitting = 正在提交渲染：请稍后再安装更新。
errors-update-installing = 更新已在安装中。
errors-update-older = 更新服务器提供的版本 { $offered } 比当前版本（{ $running }）更旧。已拒绝，未安装任何内容。
errors-update-bad-version = 更新服务器提供的版本不是有效的版本号（“{ $version }”）。已拒绝，未安装任何内容。
errors-update-not-manifest = 更新服务器的响应不是更新清单（{ $reason }）。已拒绝，未安装任何内容。
errors-update-no-package = 此更新没有适用于这种安装方式的安装包（{ $reason }）；未安装任何内容。
errors-update-not-https = 更新服务器的地址不是 https，因此没有向其查询；未安装任何内容。
errors-update-check-failed = 无法检查更新：{ $reason }。
errors-update-signed-mismatch = 下载的安装包签名对应版本 { $signed }，而不是更新服务器公布的 { $announced }。已拒绝，未安装任何内容。
errors-update-bad-signature = 下载的更新没有使用 UlazAI Studio 的密钥签名（{ $reason }）。已拒绝，未安装任何内容。
errors-update-cut-short = 更新下载中断（{ $reason }）；未安装任何内容。请稍后再试。
errors-update-network = 无法下载更新：{ $reason }；未安装任何内容。
errors-update-download-failed = 无法下载更新（{ $reason }）；未安装任何内容。
errors-update-wrong-package = 下载的更新不是适用于这种安装方式的安装包（格式无效）；未安装任何内容。
errors-update-no-admin = 未获得管理员权限；未安装任何内容。
errors-update-package-manager = 软件包管理器没有安装此更新（已取消或失败）；应用未作更改。
errors-update-install-failed = 无法安装更新（{ $reason }）；应用未作更改。
errors-import-unreadable = 无法读取 { $file }：{ $reason }。
errors-import-not-file = { $file } 不是普通文件；请拖入提示词列表（.txt 或 .csv 文件）。
errors-import-file-too-large = { $file } 超过 4 MB，作为提示词列表太大了。
errors-import-not-text = { $file } 不是纯文本（UTF-8）。

## 系统钥匙串（保存 API 密钥的地方）

errors-keyring-unavailable =
    { $system ->
        [macos] 无法使用 macOS 钥匙串。请允许 UlazAI Studio 访问钥匙串，或在退出前临时保留密钥。
        [windows] 无法使用 Windows 凭据管理器。请确认它正在运行，或在退出前临时保留密钥。
       *[other] 没有可用的系统密钥环。请安装并解锁 GNOME Keyring 或 KWallet，或在退出前临时保留密钥。
    }
errors-keyring-no-entry = 在密钥环中找不到该密钥。
errors-keyring-unreadable = 密钥环中该密钥的值无法读取。
errors-keyring-refused = 密钥环拒绝了“{ $attribute }”。
errors-keyring-refused-why = 密钥环拒绝了“{ $attribute }”：{ $reason }。
errors-keyring-ambiguous = 密钥环中有多个 UlazAI 密钥；请用密钥环管理器将其删除。
errors-keyring-failed = 系统密钥环出错。
errors-keyring-partial = 密钥环中只保存了部分机密信息。
errors-keyring-interrupted = 对密钥环的访问被中断。

## 将片段的视频保存到素材库

errors-download-http-expired = 下载链接已过期或不被允许（HTTP { $status }）。请刷新渲染后重试。
errors-download-http-gone = 服务器上已没有此视频（HTTP { $status }）。
errors-download-http-server = 服务器发送视频时出现问题（HTTP { $status }）。请稍后再试。
errors-download-http-refused = 服务器拒绝了下载（HTTP { $status }）。
errors-download-network = 下载失败：{ $reason }。请检查网络连接后重试。
errors-download-incomplete = 下载不完整（{ $expected } 字节中仅 { $got } 字节）。请重试。
errors-download-io = 无法保存视频：{ $reason }
errors-download-cancelled = 下载已取消。
errors-download-bad-url = 无法从此视频地址下载：{ $reason }
errors-download-not-video = 服务器发送的不是视频（不是 MP4、MOV、Matroska 或 WebM 文件），未保存。
errors-download-too-large = 视频太大，无法下载（超过 { $limit }），未保存。
errors-download-timed-out = 下载耗时过长（超过{ $took }），已停止。请重试。
errors-took-second = 1 秒
errors-took-seconds = { $seconds } 秒
errors-took-minutes = { $minutes } 分钟
errors-download-no-result = 此片段还没有可下载的结果。
errors-download-folder = 无法将片段保存到 { $folder }：{ $reason }
errors-clip-not-saved = 此片段（尚）不在素材库中。
errors-clip-file-refused = 此片段的文件不是素材库文件夹中的视频，不会被使用。

errors-sign-in-window = 无法打开登录窗口：{ $reason }

## Importing a prompt list
errors-import-line = 第 { $line } 行
errors-import-prompt-empty = 提示词为空。
errors-import-duration = 时长“{ $value }”不是秒数。
errors-import-count = 数量“{ $value }”不是片段数（1 到 4）。
errors-import-too-many = 每个文件只读取前 { $max } 条提示词；请把其余内容拆分到另一个文件。
errors-import-empty = 文件中没有提示词（空行和以 # 开头的行会被跳过）。
errors-import-csv-unreadable = 此行无法按 CSV 读取：{ $reason }。
errors-import-csv-no-prompt = 第一行必须写出列名，其中要有“prompt”列（可用列：{ $columns }）。
errors-import-csv-unknown = 列 { $columns } 未被使用（可用列：{ $known }）。
errors-import-csv-twice = 列 { $columns } 出现了两次；使用第一个。
errors-import-csv-extra = 此行的单元格多于表头列出的列（{ $count }）。
errors-variations-too-many = 一次最多 { $max } 个变体。
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }、{ $b }
errors-variation-nearest = { $label }（{ $model } 不支持 { $asked }，已取最接近的值）

## 在命令应答之外发送到窗口的文字。

errors-queue-no-key = 请添加你的 UlazAI API 密钥以提交队列。
errors-web-session-unreadable = 已登录，但无法读取网页会话。请重试。
errors-web-session-until-quit = 网页会话只保留到你退出应用：无法使用系统钥匙串（{ $reason }）
errors-web-session-expired = 你在 ulazai.com 的网页会话已过期。请重新连接以同步文件夹并在服务器上合并。
errors-folder-sync-expired = 网页会话已过期：文件夹保留在这里，重新连接后会在 ulazai.com 上创建。
errors-merge-reencoded = 已重新编码：{ $why }。
errors-merge-cancelled = 合并已取消。
errors-merge-clip-download = 无法下载第 { $number } 个片段：{ $reason }
errors-merge-save = 无法保存合并后的视频：{ $reason }
errors-settings-language = 工作室不支持语言“{ $code }”。
errors-settings-server = 无法使用此服务器地址：{ $reason }。
errors-settings-max-download = 最大下载大小必须在 1 MiB 到 { $max } MiB 之间。
errors-settings-ffmpeg = 无法使用此 ffmpeg：{ $problem }。
errors-settings-save = 无法保存设置：{ $reason }
errors-sort-order-save = 无法保存排序方式：{ $reason }
errors-update-unpacked = 此 UlazAI Studio 副本不是通过安装包安装的，因此无法自行替换。请从 { $url } 获取版本 { $version }。
errors-update-no-pkexec = 安装 { $package } 软件包需要管理员权限，而此系统没有可用于请求权限的 pkexec。请从 { $url } 获取版本 { $version }，并用你的软件包管理器安装。
errors-store-unusable = 无法保存你的任务：{ $reason }。它们会保留在内存中，直到你退出应用。

errors-trash-move = 无法将片段的文件移到回收站：{ $reason }
errors-trash-restore = 无法从回收站恢复片段的文件：{ $reason }
errors-trash-gone = 片段的文件已不在回收站中。
errors-trash-taken = { $path } 已有一个文件；片段的文件留在了回收站中。
errors-trash-put-back = 片段的文件在废纸篓中：请在“访达”中使用“放回原处”来恢复。

errors-poll-slow-down = 服务器要求放慢请求（429）
errors-poll-server = 服务器出现问题（{ $status }）
errors-poll-timeout = 服务器未及时响应
errors-poll-connect = 无法连接到服务器
errors-poll-interrupted = 与服务器的连接已中断
errors-poll-unreadable = 服务器发送了无法读取的响应
errors-poll-unexpected = 服务器返回了意外的响应（{ $answer }）

errors-ffmpeg-not-found = 在这台电脑上找不到 ffmpeg。{ $how }
errors-ffmpeg-chosen = 无法使用在设置中选择的 ffmpeg：{ $problem }。请在“设置 → 素材库”（“本机合并使用的 ffmpeg”）中另选一个，或使用在这台电脑上找到的 ffmpeg（“使用 PATH 中的 ffmpeg”）。
errors-ffmpeg-probe = 无法读取某个片段：{ $reason }
errors-ffmpeg-failed-code-says = ffmpeg 无法合并这些片段（退出代码 { $code }）：{ $tail }
errors-ffmpeg-failed-code = ffmpeg 无法合并这些片段（退出代码 { $code }）。
errors-ffmpeg-failed-says = ffmpeg 无法合并这些片段：{ $tail }
errors-ffmpeg-failed = ffmpeg 无法合并这些片段。
errors-ffmpeg-cancelled = 合并已取消。
errors-ffmpeg-io = 无法保存合并后的视频：{ $reason }
errors-ffmpeg-bad-path = 某个片段无法合并：{ $reason }
errors-ffmpeg-bad-trim = 某个裁剪无法使用：{ $reason }
