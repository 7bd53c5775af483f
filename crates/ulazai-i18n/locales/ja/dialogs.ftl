# ネイティブダイアログ：システムのファイル選択のタイトル。

dialogs-pick-library-folder = ライブラリフォルダーを選択
dialogs-pick-ffmpeg = ffmpeg プログラムを選択
dialogs-export-clips = { $count } 本のクリップの書き出し先


dialogs-webview-missing =
    UlazAI Studio には Microsoft Edge WebView2 Runtime が必要ですが、このコンピューターにはインストールされていません。

    { $url }（Microsoft の WebView2 Runtime インストーラー）からインストールしてから、UlazAI Studio をもう一度起動してください。
