merge-title = 結合
merge-clips = { $count } 本のクリップ
merge-length-unknown = 長さ不明
merge-moved = { $count } 本中 { $position } 番目に移動しました
merge-taken-out = 結合から外しました
merge-keys-drag = ドラッグ、または
merge-keys-reorder = で並べ替え
merge-keys-take-out = でクリップを外す
merge-keys-trim = でトリミング
merge-list = 再生順のクリップ
merge-item-position = クリップ { $position }/{ $count }:
merge-item-trimmed = トリミング済み
merge-trim-label = クリップ { $position } をトリミング
merge-trim-tip = トリミング (Enter)
merge-remove-label = クリップ { $position } を結合から外す
merge-remove-tip = 結合から外す (Delete)
merge-empty = 完了したクリップを複数選択するか、クリップの「結合に追加」を押すと、ここに並びます。
merge-dismiss = 閉じる

merge-excluded-rendering = { $count } 本がレンダリング中
merge-excluded-failed = { $count } 本が失敗
merge-excluded-unfinished = { $count } 本が未完了
merge-excluded = { $reasons } — 結合できるのは完了したクリップだけです

merge-ffmpeg-missing = このコンピュータで結合するには ffmpeg が必要ですが、インストールされていません。
merge-ffmpeg-connect = または、設定で Web アカウントを接続すると ulazai.com で結合できます。
merge-ffmpeg-macos = { $command } (Homebrew) を実行し、UlazAI Studio を再起動
merge-ffmpeg-windows = { $command } を実行 (または ffmpeg.org からダウンロードし、bin フォルダを PATH に追加) し、再起動

merge-button = 結合
merge-button-busy = 結合中…
merge-where =
    { $place ->
        [server] ulazai.com で
        [trims] このコンピュータで (トリミングを保持)
       *[local] このコンピュータで
    }
merge-button-tip =
    { $place ->
        [server] ulazai.com で結合
        [trims] このコンピュータで結合 (トリミングを保持)
       *[local] このコンピュータで結合
    }
merge-local-button = このコンピュータで結合
merge-server-untrimmed = ulazai.com で結合 — トリミングは無視
merge-clear = クリア
merge-cancel = キャンセル
merge-progress = 結合の進行状況
merge-blocked-empty = 結合する完了済みクリップを選択してください
merge-blocked-one = 完了したクリップを { $min } 本以上選択してください
merge-stage =
    { $stage ->
        [downloading] クリップを取得中… { $percent }
        [merging] クリップを結合中… { $percent }
        [done] 結合しました
        [cancelled] キャンセルしました
       *[other] 失敗しました
    }
merge-started-server = ulazai.com で { $count } 本のクリップを結合しています — 結果は新しいカードとして表示されます
merge-started-local = このコンピュータで { $count } 本のクリップを結合しています…
merge-cleared = 結合トレイをクリアしました
merge-open-settings = 設定を開く
merge-failed = 結合できませんでした
merge-cancel-failed = 結合をキャンセルできませんでした
merge-source-removed = { $position }. { $id } (削除済み)

merge-export-label = 書き出し
merge-export-saving = まずライブラリに保存しています…
merge-export-copying = { $count } 本のクリップを書き出し中
merge-export-to = 書き出し先: { $dir }
merge-export-progress = 書き出しの進行状況
merge-percent = { $percent }
merge-exported = { $count } 本のクリップを { $dir } に書き出しました
merge-export-failed = 書き出せませんでした
merge-drag-saving = まず { $count } 本のクリップをライブラリに保存しています — 保存後にもう一度ドラッグしてください
merge-drag-failed = クリップをドラッグで書き出せませんでした
