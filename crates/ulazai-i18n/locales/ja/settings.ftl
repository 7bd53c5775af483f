settings-title = 設定
settings-close = 設定を閉じる
settings-close-tip = 閉じる (Esc)

## API key

settings-key-title = API キー
settings-key-state =
    { $state ->
        [valid] 有効
        [invalid] サーバーに拒否されました
        [unverified] 未確認
       *[missing] 未設定
    }
settings-key-storage =
    { $storage ->
        [keyring] システムのキーチェーンに保存済み
        [until_quit] 終了するまで保持
       *[none] キーは保存されていません
    }
settings-key-placeholder-replace = 置き換えるには新しいキーを貼り付けてください
settings-key-empty = 先に API キーを貼り付けてください（ulazai_ で始まります）。
settings-key-keep-until-quit = 終了するまで保持
settings-key-replace = 置き換え
settings-key-save = 保存
settings-key-verify = 確認
settings-key-remove = キーを削除
settings-key-hint = キーはアプリの安全な保存先に渡され、二度と表示されません（短いプレビューのみ表示されます）。
settings-keyring-down = { $problem } 終了するまでキーをメモリに保持できます。
settings-keyring-unavailable = システムのキーチェーンを利用できません。

## Notifications

settings-notify-title = 通知
settings-notify-clips = クリップの完了時・失敗時に通知する
settings-notify-history = 起動時に履歴から見つかったジョブも通知する

## Web account

settings-web-title = Web アカウント
settings-web-state =
    { $state ->
        [connected] Web アカウントに接続済み
        [expired] Web セッションの有効期限切れ
       *[none] 未接続
    }
settings-web-why = ulazai.com 上のフォルダーとサーバーでの結合を使うには、Web サイトへのサインインが必要です（API キーだけでは使えません）。サインインしない場合、フォルダーはこのコンピューターに保存され、クリップはここで ffmpeg によって結合されます。
settings-web-expired = UlazAI が Web セッションを終了しました。失われたものはありません。サーバーで続けるには再接続してください。
settings-web-disconnect = 切断
settings-web-reconnect = 再接続
settings-web-sign-in = UlazAI にサインイン
settings-web-signing-in = 「{ $window }」ウインドウでサインインを完了してください…
settings-web-keyring = セッションはシステムのキーチェーンにのみ保存されます。

## Library

settings-library-title = ライブラリ
settings-library-folder = ライブラリのフォルダー
settings-library-change = 変更…
settings-library-default = デフォルトを使用
settings-library-hint = アプリのフォルダーごとにサブフォルダーを作成し、ファイル名は日付・モデル・プロンプトから付けます。
settings-max-download = 最大ダウンロードサイズ (GiB)
settings-max-download-hint = これより大きい結果は保存されません（デフォルト: { $default } GiB）。
settings-max-download-refused = GiB 単位でサイズを入力してください（最小 { $min }、1 MiB）。
settings-ffmpeg = このコンピューターでの結合に使う ffmpeg
settings-ffmpeg-from-path = PATH で見つかったもの
settings-ffmpeg-choose = ffmpeg を選択…
settings-ffmpeg-use-path = PATH の ffmpeg を使用
settings-ffmpeg-hint = ffmpeg のプログラム本体を選んでください。保存する前に確認します（ffmpeg として応答する必要があります）。
settings-marks = 書き出したクリップのフラグと星
settings-marks-none = 含めない
settings-marks-names = ファイル名の末尾に付ける
settings-marks-sidecar = 各クリップの横に XMP ファイルとして保存
settings-marks-hint = ファイル名の末尾は「… [pick, 4 stars].mp4」のようになります。XMP ファイルには Lightroom、Bridge、darktable 用に評価、フラグ、プロンプトが入ります。
settings-auto-download = 完了したクリップを自動でライブラリに保存する

## Updates

settings-updates-title = アップデート
settings-updates-check = アップデートを確認する
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = 今すぐ確認
settings-updates-hint = アップデートは UlazAI の署名付きで、選んだときにだけインストールされます。確認は起動時と数時間ごとに行われます。

## Language

settings-language-title = 言語
settings-language-system = システム（{ $language }）
settings-language-hint = ウインドウ、通知、トレイの表示がすぐに切り替わります。
settings-language-pinned = ULAZAI_LANG が設定されているため、削除されるまでその言語が使われます。

## Appearance

settings-appearance-title = 外観
settings-theme-system = システムに合わせる
settings-theme-light = ライト
settings-theme-dark = ダーク

## Advanced

settings-advanced = 詳細設定
settings-base-url = API ベース URL
settings-base-url-refused = { $error } Studio は以前のアドレスを使い続けます。
settings-base-url-demo = デモはこのコンピューター上の内蔵シミュレーターで動作するため、まだサーバーは使われていません。API キーを追加すると、Studio は { $server }、または上のアドレスに接続します。
settings-base-url-hint = 空欄のままにすると { $server } を使います。UlazAI サポートから依頼された場合のみ変更してください。
