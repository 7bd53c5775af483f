folders-library = ライブラリ
folders-all = すべてのクリップ
folders-unfiled = 未分類
folders-heading = フォルダ
folders-count = { $count }
folders-summary = { $clips } 本のクリップ · { $credits } クレジット
folders-new = 新規フォルダ
folders-name = フォルダ名
folders-new-name = 新しいフォルダの名前
folders-rename-label = { $name } の名前を変更
folders-rename-tip = 名前を変更 (F2)
folders-delete-label = { $name } を削除
folders-delete-tip = フォルダを削除
folders-empty-create = フォルダを作成
folders-empty-rest = してクリップをまとめましょう。カードをドラッグして入れられます。
folders-drop-hint =
    { $count ->
        [1] フォルダにドロップしてクリップを移動
       *[other] フォルダにドロップして { $count } 本のクリップを移動
    }
folders-created = フォルダ「{ $name }」を作成しました
folders-create-failed = フォルダを作成できませんでした
folders-rename-failed = フォルダの名前を変更できませんでした

folders-library-dir-failed = ライブラリのフォルダを変更できませんでした
folders-saved = ライブラリに保存しました: { $name }
folders-save-failed = クリップを保存できませんでした
folders-open-failed = ファイルを開けませんでした
folders-reveal-failed = ファイルを表示できませんでした
folders-copy-unsafe = この URL は安全な https リンクではないため、コピーしませんでした。
folders-link-copied = リンクをコピーしました
folders-path-copied = ファイルのパスをコピーしました
