# ネイティブダイアログ：システムのファイル選択のタイトル。

dialogs-pick-library-folder = ライブラリフォルダーを選択
dialogs-pick-ffmpeg = ffmpeg プログラムを選択
dialogs-export-clips = { $count } 本のクリップの書き出し先
