glossary-clip = クリップ
glossary-clip-means = レンダリングで作られる 1 本の動画（またはクリップを結合したもの）。結果はクリップの本数で数えます：「3 本のクリップ」。
glossary-render = レンダリング
glossary-render-means = クリップを作ること。進行中の処理（「レンダリング中」「レンダリング待ち」）と、その動作を指します。
glossary-generation-request = 生成リクエスト
glossary-generation-request-means = 生成の 1 回のリクエストで、複数のクリップをレンダリングすることがあります。1 時間あたりの上限はこの数で数えます。
glossary-credits-term = クレジット
glossary-credits-means = クリップの料金です。レンダリング開始時に差し引かれ、失敗すると返金されます。

glossary-clips = { $count } 本のクリップ
glossary-credits = { $credits } クレジット
glossary-cost-unknown = 料金不明
glossary-merged-clip = 結合したクリップ
glossary-rendering = { $count } 本のクリップをレンダリング中
glossary-queued = { $count } 本のクリップをキューに追加しました
glossary-requests-left = この 1 時間の生成リクエスト残り { $count } 件

glossary-quality-standard = 標準
glossary-quality-pro = Pro
glossary-quality-hd = HD

glossary-seconds = { $seconds } 秒
glossary-fps = { $fps } fps
glossary-on = オン
glossary-off = オフ
glossary-orientation-image = 画像から
glossary-orientation-video = 動画から

glossary-label-model = モデル
glossary-label-aspect-ratio = アスペクト比
glossary-label-duration = 長さ
glossary-label-quality = 画質
glossary-label-input-images = 入力画像
glossary-label-input-videos = 入力動画
glossary-label-sound = サウンド
glossary-label-orientation = キャラクターの向き
glossary-label-count = バッチ内のクリップ数
glossary-label-length = クリップの長さ
glossary-label-frame-rate = フレームレート
glossary-label-resolution = 解像度
