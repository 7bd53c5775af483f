queue-add = キューに追加
queue-adding = 追加しています…
queue-import = リストを読み込む…
queue-variations = バリエーション…

queue-title = キュー
queue-show = キューを表示
queue-hide = キューを隠す
queue-requests-used = この 1 時間で { $used }/{ $limit } 件のリクエストを使用
queue-pause = 一時停止
queue-resume = 再開
queue-list = キュー内のリクエスト（送信順）。各項目の並べ替えハンドルで、矢印キーを使って移動できます
queue-reorder = 「{ $prompt }」を並べ替え、{ $total } 件中 { $position } 件目（矢印キーで移動、Home と End で端へ）
queue-reorder-tip = ドラッグまたは矢印キーで並べ替え
queue-move-front = 先頭へ移動
queue-submit-now = 今すぐ送信
queue-remove = 削除
queue-state =
    { $state ->
        [submitting] 送信中
        [refused] 拒否
       *[other] 待機中
    }
queue-when-sending = 送信しています…
queue-when-refused = 拒否されました：{ $error }
queue-when-refused-unknown = UlazAI に拒否されました
queue-when-paused = 待機中：キューは一時停止しています
queue-when-now = まもなく開始
queue-when-around = { $time } ごろ開始
queue-paused-credits = キューは一時停止中です：クレジットが足りません。ulazai.com でクレジットを追加してから再開してください。
queue-paused-credits-message = キューは一時停止中です：クレジットが足りません。{ $message } ulazai.com でクレジットを追加してから再開してください。
queue-paused-key = 有効な API キーが設定されるまで、キューは一時停止します。
queue-paused-user = キューは一時停止中です。再開するまで新しいリクエストは送信されません。
queue-submit-blocked = 1 時間あたりの上限に達しています（{ $limit } 件中 { $used } 件）。「今すぐ送信」は { $time }（{ $wait }後）から使えます。
queue-usually-seconds = このモデルでは通常 { $seconds } 秒
queue-usually-minutes = このモデルでは通常 { $minutes } 分

queue-import-title = プロンプトのリストを読み込む
queue-variations-title = このプロンプトのバリエーション
queue-confirm-prompts = これらのプロンプトをキューに追加しますか？
queue-confirm-variations = これらのバリエーションをキューに追加しますか？
queue-close = 閉じる
queue-close-tip = 閉じる（Esc）
queue-import-hint-lines = 1 行に 1 つのプロンプト（空行と # で始まる行は無視されます）、またはヘッダー行付きの CSV：
queue-import-hint-optional = と、必要に応じて
queue-import-hint-defaults = 足りない値はフォームから補われます。
queue-choose-file = ファイルを選択…
queue-paste-label = またはリストを貼り付け
queue-preview = プレビュー
queue-list-too-large = { $file } は { $megabytes } MB を超えています。プロンプトのリストとしては大きすぎます。
queue-read-failed = リストを読み込めませんでした：{ $error }

queue-source-pasted = 貼り付けたリスト
queue-source-variations = バリエーション
queue-summary = { $source }：{ $summary }
queue-count-prompts = { $count } 件のプロンプト
queue-count-variations = { $count } 件のバリエーション
queue-left-out-lines = { $count } 行を除外します
queue-left-out-combinations = { $count } 件の組み合わせを除外します
queue-items = キューに追加するプロンプト
queue-folder-label = クリップを新しいフォルダーに入れる（任意）
queue-folder-placeholder = フォルダー名
queue-back = 戻る
queue-confirm = { $what }をキューに追加 · { $cost }
queue-queued = { $what }をキューに追加しました

queue-fail-read-list = リストを読み込めませんでした
queue-fail-read-dropped = ドロップしたファイルを読み込めませんでした
queue-fail-variation-models = バリエーション用のモデルを取得できませんでした
queue-fail-variations = バリエーションを準備できませんでした
queue-fail-queue-list = リストをキューに追加できませんでした
queue-fail-pause = キューを一時停止できませんでした
queue-fail-resume = キューを再開できませんでした
queue-fail-move = 項目を移動できませんでした
queue-fail-remove = 項目を削除できませんでした
queue-fail-submit-now = 今すぐ送信できませんでした
