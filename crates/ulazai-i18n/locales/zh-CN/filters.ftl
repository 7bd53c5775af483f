filters-folders = 文件夹
filters-more =
    { $count ->
        [0] 筛选
       *[other] 筛选（{ $count }）
    }
filters-count-clips = { $count } 个片段
filters-count-selected = · 已选 { $count } 个
filters-count-credits = · { $count } 积分
filters-count-credits-title = 这些片段花费的积分（已扣除退款）
filters-stack = 叠放镜次
filters-stack-tip = 叠放镜次：每个镜头显示为一张卡片（优先显示留用的镜次，其次是星级最高的，再次是最先完成的）
filters-sort = 排序
filters-sort-label = 片段排序
filters-sort-newest = 最新优先
filters-sort-oldest = 最早优先
filters-sort-storyboard = 分镜顺序
filters-sort-model = 模型
filters-sort-length = 时长，最长优先
filters-sort-rating = 星级，最高优先
filters-sort-failed = 无法记住排序方式

filters-label = 筛选片段
filters-search = 搜索提示词
filters-status = 状态
filters-status-any = 任意状态
filters-status-other = 其他
filters-model = 模型
filters-model-any = 任意模型
filters-flag = 旗标
filters-flag-any = 任意旗标
filters-flag-picks = 仅留用
filters-flag-rejected = 已排除
filters-flag-unflagged = 无旗标
filters-rating = 星级
filters-rating-any = 任意星级
filters-rating-at-least = { $stars } 星及以上
filters-rating-five = { $stars } 星
filters-clear = 清除
filters-delete-rejected = 删除已排除的片段（{ $count }）

filters-spent-today = 今日花费
filters-spent-today-credits = { $credits } 积分
filters-spent-week = · 本周
filters-spent-week-credits = { $credits }
filters-spent-title = 已扣积分（已扣除退款）
filters-spent-title-week = 已扣积分（已扣除退款）；本周开始于 { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
