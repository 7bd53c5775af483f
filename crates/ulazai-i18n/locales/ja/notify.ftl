notify-finished-title = レンダリング完了
notify-failed-title = レンダリング失敗
notify-clip-length = { $seconds } 秒のクリップ
notify-failed-unknown = レンダリングが完了しませんでした。
notify-refunded = { $reason }クレジットは返金されました。
notify-action-open = 開く

notify-burst-finished = { $finished } 件のレンダリングが完了
notify-burst-failed = { $failed } 件のレンダリングが失敗
notify-burst-mixed = 完了 { $finished } 件、失敗 { $failed } 件
notify-burst-more = ほか { $count } 件

notify-queue-title = レンダリングキューが完了しました
notify-queue-finished = { $finished } 本のクリップが完了しました。
notify-queue-failed = { $failed } 本のクリップが失敗しました。
notify-queue-mixed = { $finished } 本のクリップが完了、{ $failed } 本が失敗しました。
