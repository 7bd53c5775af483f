# エラーメッセージ：何が起きたかを一文で、次にすることとともに。
# $server は UlazAI サーバーの原文（英語）。そのまま入れてください。
# $status は HTTP ステータスコードです。

## UlazAI サーバーまたはネットワークが拒否した

errors-api-invalid-request = UlazAI がこのリクエストを拒否しました。レンダリングの設定を確認してください。
errors-api-invalid-request-says = UlazAI がこのリクエストを拒否しました：{ $server }
errors-api-unauthorized = UlazAI が API キーを受け付けませんでした。設定 → API キーで確認してください。
errors-api-credits = このバッチに必要なクレジットが足りません。ulazai.com でクレジットを追加してから、もう一度お試しください。
errors-api-credits-says = このバッチに必要なクレジットが足りません。ulazai.com でクレジットを追加してから、もう一度お試しください。（UlazAI からの応答：{ $server }）
errors-api-forbidden = ulazai.com の Web セッションの有効期限が切れたか、拒否されました。設定 → Web アカウントでもう一度サインインしてから、お試しください。
errors-api-not-found = UlazAI はこのモデルまたはレンダリングを認識していません。
errors-api-not-found-says = UlazAI はこのモデルまたはレンダリングを認識していません。（UlazAI からの応答：{ $server }）
errors-api-rate-limited-at = UlazAI のリクエスト上限に達しました。{ $wait }に再試行できます。
errors-api-rate-limited = UlazAI のリクエスト上限に達しました（1 時間に新しいバッチ 24 件まで）。数分待ってから、もう一度お試しください。
errors-api-server = UlazAI 側で問題が発生しました（HTTP { $status }）。しばらくしてからもう一度お試しください。
errors-api-network-connect = UlazAI に接続できません。インターネット接続を確認してください。アプリは再試行を続けます。
errors-api-network-timeout = UlazAI から時間内に応答がありませんでした。接続を確認してください。アプリは再試行を続けます。
errors-api-network-reset = UlazAI との接続が切れました。接続を確認してください。アプリは再試行を続けます。
errors-api-network-other = ネットワークの問題で UlazAI へのリクエストが中断されました。接続を確認してください。アプリは再試行を続けます。
errors-api-unreadable = UlazAI から、アプリが読み取れない応答が届きました（HTTP { $status }）。しばらくしてからもう一度お試しください。繰り返し起きる場合は、アプリの更新が必要かもしれません。
errors-api-unexpected = UlazAI から予期しない応答がありました（HTTP { $status }）。後でもう一度お試しください。
errors-api-no-credentials = API キーが設定されていません。設定 → API キーで UlazAI の API キーを追加してください。
errors-api-bad-url = このサーバーアドレスは使用できません：{ $reason }

## リクエスト上限のあと、再試行できるまで（errors-api-rate-limited-at の中）

errors-wait-second = 1 秒後
errors-wait-seconds = { $seconds } 秒後
errors-wait-minutes = { $minutes } 分後
errors-wait-hours = { $hours } 時間後

## 送信前にフォームで直す必要があるリクエスト

errors-list-or = { $head }、または { $last }
errors-seconds = { $seconds } 秒
errors-input-image-link = 入力画像 { $number } は使えるリンクではありません：{ $reason }。
errors-input-video-link = 入力動画 { $number } は使えるリンクではありません：{ $reason }。
errors-batch-size = 1 つのバッチは 1〜4 件のレンダリングです。
errors-batch-one = { $model } は一度に 1 件しかレンダリングできません。バッチを 1 にしてください。
errors-batch-size-model = { $model } のバッチは 1〜{ $max } 件です。
errors-choose-model = モデルを選んでください。
errors-unknown-model = UlazAI に「{ $slug }」というモデルはありません。一覧から選んでください。
errors-prompt-needed = プロンプトを入力してください：{ $model } には必須です。
errors-prompt-too-long = { $model } のプロンプトは { $max } 文字までです。このプロンプトは { $length } 文字あります。
errors-ratio-only = { $model } は { $ratio } のみレンダリングできます。
errors-choose-ratio = アスペクト比を選んでください：{ $choices }。
errors-duration-only = { $model } は { $seconds } 秒のクリップのみレンダリングできます。
errors-choose-duration = 長さを選んでください：{ $choices }。
errors-choose-quality = 品質を選んでください：{ $choices }。
errors-no-quality = { $model } には品質モードがありません。品質は未設定のままにしてください。
errors-no-sound = { $model } は音声なしでレンダリングします。サウンドをオフにしてください。
errors-input-count =
    { $kind ->
        [image] 入力画像 { $count } 枚
       *[video] 入力動画 { $count } 本
    }
errors-input-none =
    { $kind ->
        [image] { $model } は入力画像を使いません。削除してください。
       *[video] { $model } は入力動画を使いません。削除してください。
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } にはちょうど{ $inputs }が必要です。
       *[video] { $model } にはちょうど{ $inputs }が必要です。
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } には{ $inputs }以上が必要です。
       *[video] { $model } には{ $inputs }以上が必要です。
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } に使えるのは{ $inputs }までです。
       *[video] { $model } に使えるのは{ $inputs }までです。
    }
errors-choose-orientation = キャラクターの向きを選んでください：動画（最長 30 秒のクリップ）または画像（最長 10 秒）。
errors-orientation-duration =
    { $orientation ->
        [video] 向きが「動画」の場合、クリップは最長 { $seconds } 秒です。
        [image] 向きが「画像」の場合、クリップは最長 { $seconds } 秒です。
       *[other] 向きが「{ $orientation }」の場合、クリップは最長 { $seconds } 秒です。
    }
errors-orientation-not-motion = キャラクターの向きはモーションコントロールのモデルでのみ使えます。

## もう存在しないクリップ、フォルダー、キューの項目

errors-missing-job = このクリップはもうアプリにありません。
errors-retry-unknown-settings = このクリップはこのアプリから開始されていないため、設定が分かりません。フォームからもう一度開始してください。
errors-queue-empty = キューに追加するものがありません。
errors-queue-full = キューに入れられるのは最大 { $max } 件です。
errors-folder-gone = このフォルダーはもう存在しません。
errors-queue-item-gone = このクリップはもうキューで待機していません。
errors-folder-gone-any-more = このフォルダーは存在しません（削除された可能性があります）。
errors-queued-clip-gone = キュー内のこのクリップは存在しません（削除された可能性があります）。
errors-merge-gone = この結合は存在しません（削除された可能性があります）。
errors-fields-highlighted = このレンダリングのいくつかの設定を変更する必要があります（強調表示された項目を参照）。

## クリップの結合

errors-merge-too-few = 結合するクリップを 2 本以上選んでください。
errors-merge-too-many = 一度に結合できるクリップは最大 { $max } 本です。
errors-merge-duplicate = 同じクリップが 2 回含まれています。
errors-merge-not-completed = 結合できるのは完了したクリップだけです。
errors-merge-session-expired = ulazai.com の Web セッションの有効期限が切れました。設定で再接続するか、「このコンピューターで結合」を使ってください。
errors-merge-no-ffmpeg = このコンピューターで結合するには ffmpeg が必要ですが、インストールされていません。{ $how }

## マーク（採用 / 不採用、星）とフォルダー名

errors-marks-stars = クリップの星は 1〜{ $max } 個です（0 で解除）。星 { $stars } 個は評価として使えません。
errors-marks-nothing = 設定するフラグまたは星の数を選んでください。
errors-marks-no-clips = マークするクリップを 1 本以上選択してください。
errors-folder-name-empty = フォルダー名を空にすることはできません。
errors-folder-name-too-long = フォルダー名が長すぎます（最大 { $max } 文字）。

## クリップの結果を開く

errors-no-result-to-open = このレンダリングには、開ける結果がまだありません。

## エラーに文が付いていないとき、ウィンドウ自身が書くもの

errors-ui-rate-limited-at = UlazAI のリクエスト上限に達しました。{ $time }（{ $wait }後）に再試行できます。
errors-ui-rate-limited = UlazAI のリクエスト上限に達しました。数分待ってから、もう一度お試しください。
errors-ui-credits = このバッチに必要なクレジットが足りません。ulazai.com でクレジットを追加するか、本数を減らしてください。
errors-ui-unknown = 問題が発生しました（{ $code }）。

## システムが実行できなかった操作（開く、表示する、ドラッグする）

errors-open-file = ファイルを開けませんでした：{ $reason }
errors-reveal-file = ファイルを表示できませんでした：{ $reason }
errors-open-result = 結果を開けませんでした：{ $reason }
errors-drag-out = ドラッグを開始できませんでした：{ $reason }

## ウィンドウからの要求を断るとき

errors-still-starting = アプリはまだ起動中です。
errors-engine-failed = アプリがレンダリングエンジンに接続できませんでした：{ $reason }
errors-delete-none = 削除するクリップを 1 本以上選択してください。
errors-undo-gone = この削除はもう取り消せません。
errors-move-none = 移動するクリップを 1 本以上選択してください。
errors-key-empty = UlazAI の API キーを貼り付けてください。
errors-key-shape = API キーの形式ではありません（キーは ulazai_live_… のような形です）。
errors-sort-place = 並べ替えは、すべてのクリップ、「フォルダーなし」、またはフォルダーに対して設定します。
errors-sort-order = これは並べ替え順ではありません。
errors-import-kind = プロンプトリストをドロップしてください：.txt ファイル（1 行に 1 プロンプト）または .csv ファイル。
errors-import-too-large = このテキストは 4 MB を超えています。プロンプトリストとしては大きすぎます。

## アプリのアップデート：確認またはインストールが拒否された理由

errors-update-not-configured = この UlazAI Studio のビルドにはアップデートサーバーが設定されていません。
errors-update-nothing-offered = インストールできるアップデートがありません。先にアップデートを確認してください。
errors-update-merge-running = 結合の処理中です。完了してからアップデートをインストールしてください。
errors-update-submitting = レンダリングを送信中です。少し待ってからアップデートをインストールしてください。
errors-update-installing = アップデートはすでにインストール中です。
errors-update-older = アップデートサーバーが提供しているバージョン { $offered } は、このバージョン（{ $running }）より古いため拒否しました。何もインストールされていません。
errors-update-bad-version = アップデートサーバーが提供しているバージョンはバージョン番号ではありません（「{ $version }」）。拒否しました。何もインストールされていません。
errors-update-not-manifest = アップデートサーバーの応答はアップデートのマニフェストではありません（{ $reason }）。拒否しました。何もインストールされていません。
errors-update-no-package = このアップデートには、この種類のインストール用のパッケージがありません（{ $reason }）。何もインストールされていません。
errors-update-not-https = アップデートサーバーのアドレスが https ではないため、問い合わせていません。何もインストールされていません。
errors-update-check-failed = アップデートを確認できませんでした：{ $reason }。
errors-update-signed-mismatch = ダウンロードしたパッケージはバージョン { $signed } 用に署名されており、アップデートサーバーが告知した { $announced } 用ではありません。拒否しました。何もインストールされていません。
errors-update-bad-signature = ダウンロードしたアップデートは UlazAI Studio の鍵で署名されていません（{ $reason }）。拒否しました。何もインストールされていません。
errors-update-cut-short = アップデートのダウンロードが途中で切れました（{ $reason }）。何もインストールされていません。後でもう一度お試しください。
errors-update-network = アップデートをダウンロードできませんでした：{ $reason }。何もインストールされていません。
errors-update-download-failed = アップデートをダウンロードできませんでした（{ $reason }）。何もインストールされていません。
errors-update-wrong-package = ダウンロードしたアップデートは、この種類のインストール用のパッケージではありません（無効な形式）。何もインストールされていません。
errors-update-no-admin = 管理者権限が与えられませんでした。何もインストールされていません。
errors-update-package-manager = パッケージマネージャーがアップデートをインストールしませんでした（キャンセルまたは失敗）。アプリは変更されていません。
errors-update-install-failed = アップデートをインストールできませんでした（{ $reason }）。アプリは変更されていません。
errors-import-unreadable = { $file } を読み込めません：{ $reason }。
errors-import-not-file = { $file } は通常のファイルではありません。プロンプトリスト（.txt または .csv ファイル）をドロップしてください。
errors-import-file-too-large = { $file } は 4 MB を超えています。プロンプトリストとしては大きすぎます。
errors-import-not-text = { $file } はプレーンテキスト（UTF-8）ではありません。

## システムのキーチェーン（API キーの保管場所）

errors-keyring-unavailable =
    { $system ->
        [macos] macOS のキーチェーンを使用できませんでした。UlazAI Studio にキーチェーンへのアクセスを許可するか、終了するまでキーを保持してください。
        [windows] Windows 資格情報マネージャーを使用できませんでした。実行中か確認するか、終了するまでキーを保持してください。
       *[other] 使用できるシステムのキーリングがありません。GNOME Keyring または KWallet をインストールしてロックを解除するか、終了するまでキーを保持してください。
    }
errors-keyring-no-entry = キーリングにキーが見つかりません。
errors-keyring-unreadable = キーリングに、読み取れないキーの値が保存されています。
errors-keyring-refused = キーリングが「{ $attribute }」を拒否しました。
errors-keyring-refused-why = キーリングが「{ $attribute }」を拒否しました：{ $reason }。
errors-keyring-ambiguous = キーリングに UlazAI のキーが複数あります。キーリングの管理ツールで削除してください。
errors-keyring-failed = システムのキーリングでエラーが発生しました。
errors-keyring-partial = キーリングには保存された秘密情報の一部しかありません。
errors-keyring-interrupted = キーリングへのアクセスが中断されました。

## クリップの動画をライブラリに保存する

errors-download-http-expired = ダウンロードリンクの有効期限が切れているか、許可されていません（HTTP { $status }）。レンダリングを更新して、もう一度お試しください。
errors-download-http-gone = この動画はサーバー上にもうありません（HTTP { $status }）。
errors-download-http-server = 動画の送信中にサーバーで問題が発生しました（HTTP { $status }）。後でもう一度お試しください。
errors-download-http-refused = サーバーがダウンロードを拒否しました（HTTP { $status }）。
errors-download-network = ダウンロードに失敗しました：{ $reason }。インターネット接続を確認して、もう一度お試しください。
errors-download-incomplete = ダウンロードが完了していません（{ $expected } バイト中 { $got } バイト）。もう一度お試しください。
errors-download-io = 動画を保存できませんでした：{ $reason }
errors-download-cancelled = ダウンロードをキャンセルしました。
errors-download-bad-url = この動画アドレスからはダウンロードできません：{ $reason }
errors-download-not-video = サーバーから届いたのは動画ではありません（MP4、MOV、Matroska、WebM のいずれでもありません）。保存していません。
errors-download-too-large = 動画が大きすぎてダウンロードできません（{ $limit } 超）。保存していません。
errors-download-timed-out = ダウンロードに時間がかかりすぎたため（{ $took }超）、停止しました。もう一度お試しください。
errors-took-second = 1 秒
errors-took-seconds = { $seconds } 秒
errors-took-minutes = { $minutes } 分
errors-download-no-result = このクリップには、ダウンロードできる結果がまだありません。
errors-download-folder = クリップを { $folder } に保存できません：{ $reason }
errors-clip-not-saved = このクリップは（まだ）ライブラリにありません。
errors-clip-file-refused = このクリップのファイルはライブラリフォルダー内の動画ではないため、使用しません。

errors-sign-in-window = サインインウィンドウを開けませんでした：{ $reason }

## Importing a prompt list
errors-import-line = { $line } 行目
errors-import-prompt-empty = プロンプトが空です。
errors-import-duration = 長さ「{ $value }」は秒数ではありません。
errors-import-count = 本数「{ $value }」はクリップ数（1〜4）ではありません。
errors-import-too-many = 1 つのファイルから読み込むのは最初の { $max } 件のプロンプトまでです。残りは別のファイルに分けてください。
errors-import-empty = ファイルにプロンプトがありません（空行と # で始まる行はスキップされます）。
errors-import-csv-unreadable = この行は CSV として読み込めません：{ $reason }。
errors-import-csv-no-prompt = 1 行目には列名を書き、その中に「prompt」列を含めてください（列：{ $columns }）。
errors-import-csv-unknown = 列 { $columns } は使われません（列：{ $known }）。
errors-import-csv-twice = 列 { $columns } が 2 回指定されています。最初の列を使います。
errors-import-csv-extra = この行には見出し行より多くのセルがあります（{ $count }）。
errors-variations-too-many = 一度に作れるバリエーションは { $max } 件までです。
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }、{ $b }
errors-variation-nearest = { $label }（{ $model } は { $asked } に対応していないため、最も近い値）

## コマンドの応答以外でウィンドウに送られるテキスト。

errors-queue-no-key = キューを送信するには UlazAI の API キーを追加してください。
errors-web-session-unreadable = サインインしましたが、Web セッションを読み取れませんでした。もう一度お試しください。
errors-web-session-until-quit = Web セッションはアプリを終了するまでだけ保持されます。システムのキーチェーンを使用できませんでした（{ $reason }）
errors-web-session-expired = ulazai.com の Web セッションの有効期限が切れました。フォルダーの同期とサーバーでの結合を行うには再接続してください。
errors-folder-sync-expired = Web セッションの有効期限が切れました。フォルダーはここに残り、再接続すると ulazai.com に作成されます。
errors-merge-reencoded = 再エンコードしました：{ $why }。
errors-merge-cancelled = 結合をキャンセルしました。
errors-merge-clip-download = クリップ { $number } をダウンロードできませんでした：{ $reason }
errors-merge-save = 結合した動画を保存できません：{ $reason }
errors-settings-language = このスタジオは言語「{ $code }」に対応していません。
errors-settings-server = このサーバーアドレスは使用できません：{ $reason }。
errors-settings-max-download = 最大ダウンロードサイズは 1 MiB から { $max } MiB の間で指定してください。
errors-settings-ffmpeg = この ffmpeg は使用できません：{ $problem }。
errors-settings-save = 設定を保存できませんでした：{ $reason }
errors-sort-order-save = 並べ替え順を保存できませんでした：{ $reason }
errors-update-unpacked = この UlazAI Studio はパッケージからインストールされていないため、自身を置き換えられません。バージョン { $version } を { $url } から入手してください。
errors-update-no-pkexec = { $package } パッケージのインストールには管理者権限が必要ですが、このシステムには権限を求める pkexec がありません。バージョン { $version } を { $url } から入手し、パッケージマネージャーでインストールしてください。
errors-store-unusable = ジョブを保存できません：{ $reason }。アプリを終了するまでメモリ上に保持されます。

errors-trash-move = クリップのファイルをゴミ箱に移動できませんでした：{ $reason }
errors-trash-restore = クリップのファイルをゴミ箱から戻せませんでした：{ $reason }
errors-trash-gone = クリップのファイルはもうゴミ箱にありません。
errors-trash-taken = { $path } にはすでにファイルがあります。クリップのファイルはゴミ箱に残しました。
errors-trash-put-back = クリップのファイルはゴミ箱にあります。Finder の「戻す」で復元してください。

errors-poll-slow-down = サーバーから間隔を空けるよう求められました（429）
errors-poll-server = サーバーで問題が発生しました（{ $status }）
errors-poll-timeout = サーバーが時間内に応答しませんでした
errors-poll-connect = サーバーに接続できません
errors-poll-interrupted = サーバーとの接続が中断されました
errors-poll-unreadable = サーバーから読み取れない応答が届きました
errors-poll-unexpected = サーバーから予期しない応答がありました（{ $answer }）

errors-ffmpeg-not-found = このコンピューターに ffmpeg が見つかりませんでした。{ $how }
errors-ffmpeg-chosen = 設定で選んだ ffmpeg は使用できません：{ $problem }。設定 → ライブラリ（「このコンピューターでの結合に使う ffmpeg」）で別のものを選ぶか、このコンピューターで見つかった ffmpeg を使ってください（「PATH の ffmpeg を使用」）。
errors-ffmpeg-probe = クリップを読み取れませんでした：{ $reason }
errors-ffmpeg-failed-code-says = ffmpeg でクリップを結合できませんでした（終了コード { $code }）：{ $tail }
errors-ffmpeg-failed-code = ffmpeg でクリップを結合できませんでした（終了コード { $code }）。
errors-ffmpeg-failed-says = ffmpeg でクリップを結合できませんでした：{ $tail }
errors-ffmpeg-failed = ffmpeg でクリップを結合できませんでした。
errors-ffmpeg-cancelled = 結合をキャンセルしました。
errors-ffmpeg-io = 結合した動画を保存できませんでした：{ $reason }
errors-ffmpeg-bad-path = 結合できないクリップがあります：{ $reason }
errors-ffmpeg-bad-trim = 使用できないトリミングがあります：{ $reason }
