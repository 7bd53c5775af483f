app-skip-to-clips = クリップへ移動
app-title-all = すべてのクリップ
app-title-unfiled = 未分類
app-title-folder = フォルダー
app-region-clips = クリップ
app-region-details = クリップの詳細
app-region-new = 新規生成
app-grid-label = { $title }：クリップ、{ $sort }
app-rate-reached-at = 1時間の上限に達しました · { $time } にリセット
app-rate-reached = 1時間の上限に達しました
app-rate-limit-tip = 上限：1時間あたり { $limit } 件
app-conn-reconnecting = 再接続中
app-conn-reconnecting-tip = UlazAI が応答しません。アプリが自動で再試行します
app-conn-offline = オフライン
app-conn-offline-tip = UlazAI に接続できません
app-conn-online = オンライン
app-conn-online-tip = UlazAI が応答しました
app-conn-idle = 未接続
app-conn-idle-waiting-tip = UlazAI の応答を待っています
app-conn-idle-no-key-tip = UlazAI に接続するには API キーを追加してください（またはデモをお試しください）
app-demo-badge = デモ
app-demo-tip = クリップはローカルのシミュレーターでレンダリングされます。クレジットは使用されません
app-key-set = キー設定済み
app-key-valid-tip =
    { $storage ->
        [until_quit] API キー（終了するまで保持）
       *[other] API キー（システムのキーチェーンに保存）
    }
app-key-unverified-tip = API キーはまだ確認されていません
app-key-rejected = キーが拒否されました
app-key-rejected-tip = サーバーが API キーを拒否しました
app-key-none = API キーなし
app-key-none-tip = 設定で API キーを追加してください
app-settings = 設定
app-settings-tip = 設定（{ $keys }）
app-menu = メニュー
app-menu-tip = メニュー：キーボードショートカット、設定
app-menu-shortcuts = キーボードショートカット
app-menu-settings = 設定
app-dismiss = 閉じる
app-try-again = 再試行
app-banner-boot-error = アプリのバックエンドが応答しませんでした。
app-banner-store-notice = クリップが保存されていません。
app-banner-set-aside-title = クリップライブラリが破損していました。
app-banner-set-aside-before = アプリのデータフォルダーに
app-banner-set-aside-after = として退避しました。サーバーが把握しているクリップは復元されています。
app-banner-offline-title = オフラインです。
app-banner-offline = { $reason }。実行中のレンダリングは UlazAI 上で続きます。接続が戻るとカードが更新されます。
app-banner-backoff-title = UlazAI に接続しにくい状態です
app-banner-backoff-retry = （{ $reason }）。次の再試行：
app-banner-backoff-soon = まもなく
app-banner-backoff-countdown = （{ $countdown }）
app-banner-backoff-end = 。
app-banner-session-title = ulazai.com のウェブセッションの有効期限が切れました。
app-banner-session = フォルダーとクリップはここに安全に残っています。再接続すると、フォルダーの同期とサーバーでの結合ができます（このコンピューターでの結合は引き続き使えます）。
app-reconnect = 再接続
app-banner-key-invalid-title = API キーが拒否されました。
app-banner-key-invalid = 有効なキーが設定されるまで、更新は一時停止しています。
app-fix-key = キーを修正
app-banner-keyring-title = システムのキーチェーンを利用できません。
app-banner-keyring-default = このコンピューターでは API キーを安全に保存できません。
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] キーはアプリを終了するまで保持されます。
       *[other] アプリを終了するまでキーを保持することができます。
    }
app-open-settings = 設定を開く
app-banner-rate-title = 1時間あたりの生成上限に達しました。
app-banner-rate-retry = { $time } から新しく生成できます（{ $countdown }）。
app-banner-rate-running = 実行中のレンダリングには影響しません。
app-banner-models-title = モデル一覧を読み込めませんでした。
app-toast-error = エラー
app-toast-notice = お知らせ
app-toast-undo = 元に戻す
app-web-connected = ウェブアカウントを接続しました
app-web-disconnected = ウェブアカウントの接続を解除しました
app-signin-failed = サインインウインドウを開けませんでした
app-disconnect-failed = 接続を解除できませんでした
app-folder-sync-failed = フォルダー「{ $name }」はまだ ulazai.com にありません：{ $message }
app-folder-sync-retrying = フォルダー「{ $name }」はまだ ulazai.com にありません：{ $message } 再試行しています…
app-download-failed = ライブラリへのダウンロードに失敗しました：{ $message }
app-export-failed = 書き出しに失敗しました：{ $message }
app-merge-failed = 結合に失敗しました：{ $message }
app-unknown-error = 不明なエラー
app-merged-local = このコンピューターで結合しました
app-merged-local-copied = このコンピューターで結合しました（再エンコードなし）
app-merge-cancelled = 結合をキャンセルしました
app-demo-started = デモを開始しました — クリップはローカルのシミュレーターでレンダリングされ、クレジットは使用されません
app-demo-failed = デモを開始できませんでした
app-key-kept = API キーをアプリの終了まで保持します
app-key-saved = API キーをシステムのキーチェーンに保存しました
app-key-removed = API キーを削除しました
app-settings-not-saved = 設定を保存できませんでした：{ $error }
app-something-wrong = 問題が発生しました。

app-failed-because = { $what }：{ $why }
