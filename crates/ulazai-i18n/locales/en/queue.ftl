# The render queue (a strip above the clips): requests planned now and sent as the hourly
# budget frees up; the buttons beside Generate; the import dialog and its preview.

## The buttons beside Generate.
queue-add = Add to queue
queue-adding = Queuing…
queue-import = Import list…
queue-variations = Variations…

## The queue panel.
queue-title = Queue
queue-show = Show the queue
queue-hide = Hide the queue
# After the clips and credits in the queue: the hourly budget of generation requests.
queue-requests-used = { $used }/{ $limit } requests used this hour
queue-pause = Pause
queue-resume = Resume
queue-list = Queued requests, in the order they are sent (an item's reorder handle moves it with the Arrow keys)
# For screen readers, on an item's reorder handle: its prompt, place and the keys.
queue-reorder = Reorder “{ $prompt }”, item { $position } of { $total } (Arrow keys move it, Home and End to an end)
queue-reorder-tip = Drag, or Arrow keys, to reorder
queue-move-front = Move to front
queue-submit-now = Submit now
queue-remove = Remove
# An item's state badge.
queue-state =
    { $state ->
        [submitting] Sending
        [refused] Refused
       *[other] Queued
    }
# The line under an item: when it starts.
queue-when-sending = Sending…
# $error is UlazAI's reason (often in English).
queue-when-refused = Refused: { $error }
queue-when-refused-unknown = Refused by UlazAI
queue-when-paused = Waiting: the queue is paused
queue-when-now = Starts now
# $time is a clock time ("14:20"): an estimate.
queue-when-around = Starts around { $time }
# The banner of a paused queue.
queue-paused-credits = The queue is paused: not enough credits. Add credits on ulazai.com, then resume.
# $message is UlazAI's word on the balance (often in English).
queue-paused-credits-message = The queue is paused: not enough credits. { $message } Add credits on ulazai.com, then resume.
queue-paused-key = The queue is paused until a working API key is set.
queue-paused-user = The queue is paused. Nothing new is sent until you resume.
# Why "Submit now" is disabled: $time is a clock time, $wait a duration ("52 min").
queue-submit-blocked = The hourly limit is reached ({ $used } of { $limit } requests): Submit now is possible at { $time }, in { $wait }.
# On a rendering clip's card: the usual render time of its model.
queue-usually-seconds = usually { $seconds } s for this model
queue-usually-minutes = usually { $minutes } min for this model

## The import dialog.
queue-import-title = Import a prompt list
queue-variations-title = Variations of this prompt
queue-confirm-prompts = Queue these prompts?
queue-confirm-variations = Queue these variations?
queue-close = Close
queue-close-tip = Close (Esc)
# The dialog's hint is three phrases around CSV column names (shown as code, never
# translated): this one, then "prompt", then queue-import-hint-optional, then the other
# column names, then queue-import-hint-defaults.
queue-import-hint-lines = One prompt per line (blank lines and lines starting with # are skipped), or a CSV with a header row:
queue-import-hint-optional = and optionally
queue-import-hint-defaults = Missing values come from the form.
queue-choose-file = Choose a file…
queue-paste-label = Or paste the list
queue-preview = Preview
# $file is the file's name; $megabytes the limit.
queue-list-too-large = { $file } is larger than { $megabytes } MB: too large for a prompt list.
# $error says why (a sentence).
queue-read-failed = Couldn't read the list: { $error }

## The preview of what will be queued.
# Where the list came from, when it is not a file.
queue-source-pasted = Pasted list
queue-source-variations = Variations
# $source is a file's name or the above; $summary counts prompts, clips and credits.
queue-summary = { $source }: { $summary }
queue-count-prompts =
    { $count ->
        [one] { $count } prompt
       *[other] { $count } prompts
    }
queue-count-variations =
    { $count ->
        [one] { $count } variation
       *[other] { $count } variations
    }
queue-left-out-lines =
    { $count ->
        [one] { $count } line is left out
       *[other] { $count } lines are left out
    }
queue-left-out-combinations =
    { $count ->
        [one] { $count } combination is left out
       *[other] { $count } combinations are left out
    }
queue-items = Prompts to queue
queue-folder-label = Put the clips in a new folder (optional)
queue-folder-placeholder = Folder name
queue-back = Back
# The confirm button: $what counts the prompts or variations, $cost is their price.
queue-confirm = Queue { $what } · { $cost }
# A toast once queued: $what as above ("Queued 3 prompts").
queue-queued = Queued { $what }

## Toasts when a queue action fails (the reason follows after a colon).
queue-fail-read-list = Couldn't read the list
queue-fail-read-dropped = Couldn't read the dropped file
queue-fail-variation-models = Couldn't list the models for variations
queue-fail-variations = Couldn't prepare the variations
queue-fail-queue-list = Couldn't queue the list
queue-fail-pause = Couldn't pause the queue
queue-fail-resume = Couldn't resume the queue
queue-fail-move = Couldn't move the item
queue-fail-remove = Couldn't remove the item
queue-fail-submit-now = Couldn't submit now
