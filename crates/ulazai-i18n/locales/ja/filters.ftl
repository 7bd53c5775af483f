filters-folders = フォルダー
filters-more =
    { $count ->
        [0] フィルター
       *[other] フィルター（{ $count }）
    }
filters-count-clips = { $count } 本のクリップ
filters-count-selected = · { $count } 本を選択中
filters-count-credits = · { $count } クレジット
filters-count-credits-title = これらのクリップにかかったクレジット（返金分を除く）
filters-stack = テイクをまとめる
filters-stack-tip = テイクをまとめる：ショットごとに 1 枚のカード（採用したテイク、なければ最も評価の高いもの、なければ最初に完了したもの）
filters-sort = 並べ替え
filters-sort-label = クリップを並べ替え
filters-sort-newest = 新しい順
filters-sort-oldest = 古い順
filters-sort-storyboard = 絵コンテ順
filters-sort-model = モデル
filters-sort-length = 長さ（長い順）
filters-sort-rating = レーティング（高い順）
filters-sort-failed = 並べ替えの順序を記憶できませんでした

filters-label = クリップを絞り込む
filters-search = プロンプトを検索
filters-status = ステータス
filters-status-any = すべてのステータス
filters-status-other = その他
filters-model = モデル
filters-model-any = すべてのモデル
filters-flag = フラグ
filters-flag-any = すべてのフラグ
filters-flag-picks = 採用のみ
filters-flag-rejected = 除外
filters-flag-unflagged = フラグなし
filters-rating = レーティング
filters-rating-any = すべてのレーティング
filters-rating-at-least = 星 { $stars } つ以上
filters-rating-five = 星 { $stars } つ
filters-clear = クリア
filters-delete-rejected = 除外したクリップを削除（{ $count }）

filters-spent-today = 今日の使用量
filters-spent-today-credits = { $credits } クレジット
filters-spent-week = · 今週
filters-spent-week-credits = { $credits }
filters-spent-title = 請求されたクレジット（返金分を除く）
filters-spent-title-week = 請求されたクレジット（返金分を除く）。今週の開始日：{ DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
