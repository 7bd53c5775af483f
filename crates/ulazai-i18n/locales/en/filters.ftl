# The bar above the clip grid: the place's title and counts, stacking, the sort order,
# the filters; and the line of credits spent beside the generate form.

## Counts and the view

# On narrow windows: opens the folders drawer.
filters-folders = Folders
# On very narrow windows: shows or hides the status, model, flag and rating filters;
# $count: how many of them are in use.
filters-more =
    { $count ->
        [0] Filters
       *[other] Filters ({ $count })
    }
# How many clips the grid shows.
filters-count-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
# After the count of clips, when some are selected.
filters-count-selected = · { $count } selected
# What the clips in view cost, after the count ("· 120 credits").
filters-count-credits =
    { $count ->
        [one] · { $count } credit
       *[other] · { $count } credits
    }
filters-count-credits-title = Credits these clips cost, refunds taken off
filters-stack = Stack takes
filters-stack-tip = Stack takes: each shot as one card (its pick, else its best-rated, else the first to finish)
# Short label before the sort order.
filters-sort = Sort
filters-sort-label = Sort clips
filters-sort-newest = Newest first
filters-sort-oldest = Oldest first
filters-sort-storyboard = Storyboard order
filters-sort-model = Model
filters-sort-length = Length, longest first
filters-sort-rating = Rating, highest first
filters-sort-failed = Couldn't remember the sort order

## Filters

filters-label = Filter clips
filters-search = Search prompts
filters-status = Status
filters-status-any = Any status
# A status the app does not name (as the service reported it).
filters-status-other = Other
filters-model = Model
filters-model-any = Any model
filters-flag = Flag
filters-flag-any = Any flag
filters-flag-picks = Picks only
filters-flag-rejected = Rejected
filters-flag-unflagged = Unflagged
filters-rating = Rating
filters-rating-any = Any rating
# Clips with at least $stars stars (1 to 4).
filters-rating-at-least =
    { $stars ->
        [one] { $stars } star and up
       *[other] { $stars } stars and up
    }
# Clips with five stars.
filters-rating-five = { $stars } stars
filters-clear = Clear
# Deletes the rejected clips in view; $count how many.
filters-delete-rejected = Delete rejected ({ $count })

## The credits spent (beside the batch's cost, before generating)

# "Spent today 12 credits · this week 80": two figures, each in bold after its words.
filters-spent-today = Spent today
filters-spent-today-credits =
    { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }
filters-spent-week = · this week
filters-spent-week-credits = { $credits }
filters-spent-title = Credits charged, refunds taken off
# $weekFrom: the day this week began (a date, written as the language writes it).
filters-spent-title-week = Credits charged, refunds taken off; this week began { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
