generate-title = 新規生成

generate-field-model = モデル
generate-field-prompt = プロンプト
generate-field-aspect-ratio = アスペクト比
generate-field-duration = 長さ
generate-field-quality = 画質
generate-field-images = 画像
generate-field-videos = 動画
generate-field-sound = サウンド
generate-field-orientation = 向き
generate-field-count = 本数

generate-starting = 開始しています…
generate-reason-fix-key = 生成するには API キーを修正してください
generate-reason-add-key = 生成するには API キーを追加してください（デモも試せます）
generate-reason-choose-model = モデルを選んでください
generate-reason-hourly-limit = 1 時間あたりの上限に達しました — { $time } にリセットされます
generate-reason-hourly-limit-hour = 1 時間あたりの上限に達しました — 次の正時にリセットされます
generate-reason-prompt-too-long = このモデルにはプロンプトが長すぎます
generate-reason-field = { $field }：{ $message }
generate-reason-fix-fields = 生成するには { $count } 個の項目を修正してください
generate-reason-checking = 確認しています…

generate-models-loading = モデルを読み込んでいます…
generate-models-no-key = モデルはまだありません：API キーを追加してください
generate-models-no-key-why = モデルの一覧は API キーを使って UlazAI から取得します。
generate-models-failed = モデルを読み込めませんでした
generate-model-option-credits = { $credits } cr
generate-model-engine-unknown = 不明なエンジン
generate-model-price = クリップ 1 本あたり { $credits } クレジット
generate-model-price-unknown = 料金不明
generate-demo-try = デモを試す
generate-demo-starting = デモを開始しています…
generate-add-key = API キーを追加

generate-prompt-optional = （任意）
generate-prompt-placeholder = ショットを説明してください：被写体、動き、カメラ、光…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left = 残り { $left } 文字
generate-prompt-over = 上限 { $max } 文字を { $over } 文字超えています
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Enter
generate-keys-generate = で生成
generate-keys-recent = で最近のプロンプト
generate-history-open = 最近
generate-history-search = 最近のプロンプトを検索
generate-history-list = 最近のプロンプト
generate-history-none = 一致する最近のプロンプトはありません

generate-duration-not-offered = { $seconds } 秒（提供されていません）
generate-orientation-video = 動画から（30 秒以下）
generate-orientation-image = 画像から（10 秒以下）
generate-sound-hint = オーディオトラックを生成します
generate-count-label = このバッチのクリップ数
generate-count-fewer = クリップを減らす
generate-count-more = クリップを増やす
generate-up-to = 最大 { $max }
generate-urls-at-least = { $min } 以上
generate-urls-exactly = ちょうど { $count }
generate-urls-range = { $min }～{ $max }
generate-urls-optional = 任意
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] 画像 { $index } を削除
       *[other] 動画 { $index } を削除
    }
generate-url-remove-tip = 削除
generate-url-add =
    { $kind ->
        [image] 画像 URL を追加
       *[other] 動画 URL を追加
    }

generate-error-dismiss = 閉じる
generate-cost-formula = { $credits } × { $count }
generate-cost-label = 料金
generate-cost-unknown = 不明
generate-submit =
    { $count ->
        [1] 生成
       *[other] { $count } 本のクリップを生成
    }

generate-quoted-prompt = 「{ $prompt }」
generate-retry-failed-clip = 失敗したクリップ
generate-retry-no-reason = 理由は示されていません。
generate-reuse-retry = 失敗したリクエストをフォームに入れました。編集してから「生成」を押すと再試行します。
generate-reuse = このクリップのプロンプトと設定をフォームに入れました。編集できます。

generate-variations-need-prompt = まずフォームにプロンプトを書いてください。バリエーションはそのプロンプトをモデル、アスペクト比、長さを変えて繰り返します。
generate-variations-models = モデル
generate-variations-unable = { $count } 個のモデルは別の入力が必要です
generate-variations-pick = { $model }：変える項目
generate-variations-price = クリップ 1 本あたり { $cost }
generate-variations-preview = { $count } 件のバリエーションをプレビュー
