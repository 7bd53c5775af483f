## Statuses and modes

clips-status =
    { $status ->
        [pending] 待機中
        [processing] レンダリング中
        [completed] 完了
        [failed] 失敗
        [unknown] 不明
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] テキストから動画
        [image_to_video] 画像から動画
        [video_to_video] 動画から動画
       *[other] { $raw }
    }
clips-rendered-in = レンダリング時間 { $time }
clips-failed-after = { $time } 後
clips-summary = { $status }、{ $model }、{ $prompt }
clips-summary-no-prompt = プロンプトなし
clips-unknown-model = 不明なモデル

## Marks

clips-stars = 星 { $rating } つ
clips-marks-picked = 採用
clips-marks-rejected = 除外
clips-marks-both = { $flag }、{ $stars }
clips-marks-picked-key = 採用（P）
clips-marks-rejected-key = 除外（X）
clips-star-title = { $stars }（{ $key }）
clips-star-clear-title = 星をクリア（0）
clips-announce-picked = { $count } 本のクリップを採用しました
clips-announce-rejected = { $count } 本のクリップを除外しました
clips-announce-unflagged = { $count } 本のクリップのフラグを解除しました
clips-announce-rated = { $count } 本のクリップ：{ $stars }
clips-announce-flag-and-stars = { $flagged }、{ $stars }
clips-announce-no-stars = 星なし
clips-mark-failed = クリップをマークできませんでした

## Screen reader

clips-announce-finished = 完了：{ $what }
clips-announce-finished-model = 完了：{ $what }（{ $model }）
clips-announce-merged-clip = 結合したクリップ
clips-announce-no-prompt = プロンプトのないクリップ
clips-announce-failed = 失敗：{ $reason }。
clips-announce-failed-about = 失敗：{ $reason }（{ $about }）。
clips-announce-about-both = { $model }、「{ $prompt }」
clips-announce-about-prompt = 「{ $prompt }」
clips-announce-no-reason = 理由は示されていません
clips-announce-with-refund = { $sentence }クレジットは返金されました。

## A card

clips-no-prompt = プロンプトなし
clips-saving-label = ライブラリに保存しています
clips-saving = 保存中…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = 開始 { $started } · 完了 { $finished }
clips-card-credits = { $credits } クレジット
clips-card-saved = 保存済み
clips-card-refunded = 返金済み
clips-card-refunded-title = クレジットは返金されました
clips-card-merge = 結合
clips-card-merged-here = ここで結合
clips-card-not-on-server = サーバーにありません
clips-card-not-on-server-title = サーバーはこのジョブをもう認識していません。更新されません
clips-actions = クリップの操作
clips-open-file = ファイルを開く
clips-save-to-library = ライブラリに保存
clips-add-to-merge = 結合に追加
clips-in-merge-tip = 結合トレイにあります（クリックで外します）
clips-retry = 再試行
clips-retry-only-here = 再試行できるのはこのアプリで開始したジョブだけです
clips-edit-retry = 編集して再試行
clips-edit-retry-tip = 編集して再試行：リクエストを変更してから生成します
clips-more-actions = その他の操作

## Preview

clips-preview-label = 結果のプレビュー
clips-preview-waiting = プロバイダーを待っています
clips-preview-rendering = レンダリング中
clips-preview-not-finished = まだ完了していません
clips-preview-unsafe = 結果のリンクを非表示：安全な（https）URL ではありません
clips-preview-unplayable = プレビューを再生できません
clips-preview-length = 、長さ
clips-play-sound = 音声付きで再生

## Takes

clips-stack-takes = { $count } テイク
clips-stack-open-tip = { $count } テイクを表示
clips-stack-close-tip = テイクを再びまとめる（Esc）
clips-takes-title = テイク
clips-take-place = テイク { $n } / { $of }
clips-take-made-from = 元のクリップ：
clips-take-origin-take = テイク { $n }
clips-take-origin-this = このクリップ
clips-take-origin-prompt = ：{ $prompt }
clips-take-origin-gone = 削除されたクリップ
clips-take-current = テイク { $n } · このクリップ
clips-take-other = テイク { $n } · { $about }
clips-take-picked = 採用
clips-take-rejected = 除外

## Details

clips-detail-back = 新規生成
clips-detail-video = 結果の動画
clips-detail-open = 開く
clips-copy-link = リンクをコピー
clips-detail-retry-only-here = 再試行できるのはこのアプリで開始したジョブだけです
clips-use-prompt = このプロンプトを使う
clips-detail-move = 移動
clips-detail-remove = 削除
clips-detail-prompt = プロンプト
clips-detail-made-from = 元のクリップ
clips-detail-details = 詳細
clips-detail-job-id = ジョブ ID
clips-detail-model = モデル
clips-detail-mode = モード
clips-detail-status = ステータス
clips-detail-created = 作成日時
clips-detail-completed = 完了日時
clips-detail-length = クリップの長さ
clips-detail-credits = クレジット
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · 返金済み
       *[no] { $credits }
    }
clips-detail-folder = フォルダー
clips-detail-origin = 作成元
clips-detail-origin-app = このアプリで開始
clips-detail-origin-history = UlazAI の履歴から
clips-detail-origin-local-merge = このコンピューターで結合
clips-detail-origin-merge = 結合の出力
clips-detail-server = サーバー
clips-detail-unknown-to-server = サーバーが認識していません（更新されません）
clips-detail-updated = 最終更新
clips-detail-result = 結果
clips-detail-not-https = https ではありません — 開きません
clips-detail-settings = 設定
clips-detail-provider = プロバイダーの詳細
clips-detail-none-reported = 報告はありません。

## Clip menu

clips-menu-title = クリップの操作
clips-unfiled = 未分類
clips-menu-details = 詳細を表示
clips-menu-reveal = フォルダーに表示
clips-menu-copy-path = ファイルのパスをコピー
clips-menu-open-browser = ブラウザーで開く
clips-menu-export =
    { $count ->
        [1] 書き出し…
       *[other] { $count } 本のクリップを書き出し…
    }
clips-menu-take-out-of-merge = 結合から外す
clips-menu-compare = { $count } 本のクリップを比較
clips-menu-pick = 採用
clips-menu-reject = 除外
clips-menu-unflag = フラグを解除
clips-menu-rate = 星 { $rating } つを付ける
clips-menu-clear-stars = 星をクリア
clips-menu-delete =
    { $count ->
        [1] クリップを削除…
       *[other] { $count } 本のクリップを削除…
    }
clips-menu-remove-from-library =
    { $count ->
        [1] ライブラリから外す
       *[other] { $count } 本のクリップをライブラリから外す
    }
clips-menu-move =
    { $count ->
        [1] 移動先
       *[other] { $count } 本のクリップの移動先
    }
clips-menu-move-to =
    { $count ->
        [1] 「{ $folder }」に移動
       *[other] { $count } 本のクリップを「{ $folder }」に移動
    }
clips-menu-remove-from-view = 表示から外す
clips-key-enter = Enter
clips-key-delete = Del
clips-key-shift-delete = Shift+Del
clips-menu-current = （現在）

## After an action

clips-rendering-again =
    { $count ->
        [1] クリップを再レンダリングしています
       *[other] { $count } 本のクリップを再レンダリングしています
    }
clips-retry-failed = 再試行できませんでした
clips-removed-from-view = 表示から外しました
clips-remove-failed = 外せませんでした
clips-moved = { $count } 本のクリップを「{ $folder }」に移動しました
clips-a-folder = フォルダー
clips-move-failed = 移動できませんでした
clips-open-failed = 結果を開けませんでした

## Empty grid

clips-empty-loading = クリップを読み込んでいます…
clips-card-loading = クリップを読み込み中
clips-empty-welcome = UlazAI Studio へようこそ
clips-empty-intro = UlazAI のモデルで AI 動画をレンダリングし、すべてのジョブの完了を見届け、クリップをフォルダーや結合に整理できます。
clips-empty-starting-demo = デモを開始しています…
clips-empty-try-demo = デモを試す
clips-empty-add-key = API キーを追加
clips-empty-fine = デモはローカルのシミュレーターで動きます。アカウントもクレジットも不要です。キーは UlazAI のダッシュボードで取得でき、システムのキーチェーンに保存されます。
clips-empty-no-match = これらのフィルターに合うクリップはありません
clips-empty-clear-filters = フィルターをクリア
clips-empty-folder = このフォルダーは空です
clips-empty-folder-before = カードを
clips-empty-folder-link = すべてのクリップ
clips-empty-folder-after = からフォルダーにドラッグすると、ここに整理できます。
clips-empty-none = クリップはまだありません
clips-empty-none-before = 右のパネルでショットを説明して
clips-empty-none-button = 生成
clips-empty-none-after = を押してください。カードはここに表示され、リアルタイムで更新されます。

## Edit & retry

clips-retrying = 再試行中：
clips-retry-why = 失敗の理由：{ $reason }
clips-retry-cancel = 再試行をやめる
