notify-finished-title = 渲染完成
notify-failed-title = 渲染失败
notify-clip-length = { $seconds } 秒片段
notify-failed-unknown = 渲染未能完成。
notify-refunded = { $reason }积分已退还。
notify-action-open = 打开

notify-burst-finished = { $finished } 个渲染已完成
notify-burst-failed = { $failed } 个渲染失败
notify-burst-mixed = { $finished } 个已完成，{ $failed } 个失败
notify-burst-more = 还有 { $count } 个

notify-queue-title = 渲染队列已完成
notify-queue-finished = { $finished } 个片段已完成。
notify-queue-failed = { $failed } 个片段失败。
notify-queue-mixed = { $finished } 个片段已完成，{ $failed } 个失败。
