app-skip-to-clips = 跳到片段
app-title-all = 所有片段
app-title-unfiled = 未归档
app-title-folder = 文件夹
app-region-clips = 片段
app-region-details = 片段详情
app-region-new = 新建生成
app-grid-label = { $title }：片段，{ $sort }
app-rate-reached-at = 已达每小时上限 · { $time } 重置
app-rate-reached = 已达每小时上限
app-rate-limit-tip = 上限：每小时 { $limit } 次
app-conn-reconnecting = 正在重连
app-conn-reconnecting-tip = UlazAI 没有响应；应用会自动重试
app-conn-offline = 离线
app-conn-offline-tip = 无法连接到 UlazAI
app-conn-online = 在线
app-conn-online-tip = UlazAI 已响应
app-conn-idle = 未连接
app-conn-idle-waiting-tip = 正在等待 UlazAI 响应
app-conn-idle-no-key-tip = 添加你的 API 密钥（或试用演示）以连接到 UlazAI
app-demo-badge = 演示
app-demo-tip = 片段在本地模拟器上渲染；不消耗积分
app-key-set = 已设置密钥
app-key-valid-tip =
    { $storage ->
        [until_quit] API 密钥（保留到退出应用）
       *[other] API 密钥（存于系统钥匙串）
    }
app-key-unverified-tip = API 密钥尚未验证
app-key-rejected = 密钥被拒绝
app-key-rejected-tip = 服务器拒绝了 API 密钥
app-key-none = 无 API 密钥
app-key-none-tip = 在设置中添加你的 API 密钥
app-settings = 设置
app-settings-tip = 设置（{ $keys }）
app-menu = 菜单
app-menu-tip = 菜单：键盘快捷键、设置
app-menu-shortcuts = 键盘快捷键
app-menu-settings = 设置
app-dismiss = 关闭
app-try-again = 重试
app-banner-boot-error = 应用后端没有响应。
app-banner-store-notice = 你的片段没有被保存。
app-banner-set-aside-title = 你的片段库已损坏。
app-banner-set-aside-before = 它已在应用数据文件夹中另存为
app-banner-set-aside-after = 。服务器上仍有记录的片段已恢复。
app-banner-offline-title = 你已离线。
app-banner-offline = { $reason }。正在进行的渲染会在 UlazAI 上继续；连接恢复后，卡片会随之更新。
app-banner-backoff-title = 连接 UlazAI 时出现问题
app-banner-backoff-retry = （{ $reason }）。下次重试：
app-banner-backoff-soon = 稍后
app-banner-backoff-countdown = （{ $countdown }）
app-banner-backoff-end = 。
app-banner-session-title = 你的 ulazai.com 网页会话已过期。
app-banner-session = 文件夹和片段在这里都是安全的；重新连接即可同步文件夹并在服务器上合并（在这台电脑上合并仍然可用）。
app-reconnect = 重新连接
app-banner-key-invalid-title = 你的 API 密钥被拒绝。
app-banner-key-invalid = 在设置有效的密钥之前，更新已暂停。
app-fix-key = 修正密钥
app-banner-keyring-title = 系统钥匙串不可用。
app-banner-keyring-default = 无法在这台电脑上安全地存储你的 API 密钥。
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] 你的密钥会保留到退出应用。
       *[other] 你可以让密钥保留到退出应用。
    }
app-open-settings = 打开设置
app-banner-rate-title = 已达每小时生成上限。
app-banner-rate-retry = 可在 { $time } 再次生成（{ $countdown }）。
app-banner-rate-running = 正在进行的渲染不受影响。
app-banner-models-title = 无法加载模型列表。
app-toast-error = 错误
app-toast-notice = 通知
app-toast-undo = 撤销
app-web-connected = 已连接网页账户
app-web-disconnected = 已断开网页账户
app-signin-failed = 无法打开登录窗口
app-disconnect-failed = 无法断开连接
app-folder-sync-failed = 文件夹“{ $name }”尚未同步到 ulazai.com：{ $message }
app-folder-sync-retrying = 文件夹“{ $name }”尚未同步到 ulazai.com：{ $message } 正在重试…
app-download-failed = 下载到片段库失败：{ $message }
app-export-failed = 导出失败：{ $message }
app-merge-failed = 合并失败：{ $message }
app-unknown-error = 未知错误
app-merged-local = 已在这台电脑上合并
app-merged-local-copied = 已在这台电脑上合并（无需重新编码）
app-merge-cancelled = 已取消合并
app-demo-started = 演示已开始 — 片段在本地模拟器上渲染，不消耗积分
app-demo-failed = 无法启动演示
app-key-kept = API 密钥将保留到退出应用
app-key-saved = API 密钥已存入系统钥匙串
app-key-removed = 已移除 API 密钥
app-settings-not-saved = 设置未保存：{ $error }
app-something-wrong = 出了点问题。

app-failed-because = { $what }：{ $why }
