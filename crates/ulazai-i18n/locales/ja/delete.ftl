delete-cancel = キャンセル
delete-clips-title =
    { $count ->
        [1] このクリップを削除しますか？
       *[other] { $count } 本のクリップを削除しますか？
    }
delete-rejected-title = 除外した { $count } 本のクリップを削除しますか？
delete-clips-message-saved = 保存済みのファイル { $saved } 件はシステムのゴミ箱に移動し、{ $count } 本のクリップはライブラリから外れます。直後なら元に戻せます。
delete-clips-message-unsaved = 保存済みのファイルはありません。{ $count } 本のクリップはライブラリから外れます。直後なら元に戻せます。
delete-keep-files = ライブラリから外す (ファイルは残す)
delete-move-to-trash = ゴミ箱に移動
delete-delete = 削除

delete-removed-files-kept = { $count } 本のクリップをライブラリから外しました — ファイルはディスクに残っています
delete-deleted-trashed = { $count } 本のクリップを削除しました — ファイル { $trashed } 件はゴミ箱にあります
delete-deleted = { $count } 本のクリップを削除しました
delete-kept = { $count } 本のクリップは残りました: { $problem }
delete-restored = { $count } 本のクリップを元に戻しました
delete-remove-failed = クリップをライブラリから外せませんでした
delete-failed = 削除できませんでした
delete-undo-failed = 削除を元に戻せませんでした

delete-folder-title = フォルダ「{ $name }」を削除しますか？
delete-folder-empty = このフォルダは空です。
delete-folder-message = { $count } 本のクリップが入っています。「未分類」に戻すか、フォルダと一緒に削除してください (保存済みのファイルはシステムのゴミ箱に移動します。直後なら元に戻せます)。
delete-folder = フォルダを削除
delete-folder-keep-clips = クリップを「未分類」に残す
delete-folder-with-clips = クリップ { $count } 本も削除
delete-folder-done-unfiled = 「{ $name }」を削除しました — クリップは「未分類」に戻りました
delete-folder-done = 「{ $name }」を削除しました
delete-folder-failed = フォルダを削除できませんでした
