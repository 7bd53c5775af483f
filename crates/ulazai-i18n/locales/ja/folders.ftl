folders-library = ライブラリ
folders-all = すべてのクリップ
folders-unfiled = 未分類
folders-heading = フォルダー
folders-count = { $count }
folders-summary = { $clips } 本のクリップ · { $credits } クレジット
folders-new = 新規フォルダー
folders-name = フォルダー名
folders-new-name = 新しいフォルダーの名前
folders-rename-label = { $name } の名前を変更
folders-rename-tip = 名前を変更（F2）
folders-delete-label = { $name } を削除
folders-delete-tip = フォルダーを削除
folders-empty-create = フォルダーを作成
folders-empty-rest = してクリップをまとめましょう。カードをドラッグして入れられます。
folders-drop-hint =
    { $count ->
        [1] フォルダーにドロップしてクリップを移動
       *[other] フォルダーにドロップして { $count } 本のクリップを移動
    }
folders-created = フォルダー「{ $name }」を作成しました
folders-create-failed = フォルダーを作成できませんでした
folders-rename-failed = フォルダーの名前を変更できませんでした

folders-library-dir-failed = ライブラリのフォルダーを変更できませんでした
folders-saved = ライブラリに保存しました：{ $name }
folders-save-failed = クリップを保存できませんでした
folders-open-failed = ファイルを開けませんでした
folders-reveal-failed = ファイルを表示できませんでした
folders-copy-unsafe = この URL は安全な https リンクではないため、コピーしませんでした。
folders-link-copied = リンクをコピーしました
folders-path-copied = ファイルのパスをコピーしました
