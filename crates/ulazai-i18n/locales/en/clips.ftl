# The clip grid: cards, the details panel, the clip menu, stacks of takes and what a
# screen reader hears about clips.

## Statuses and modes

# A clip's status, on its card, in the details and in the status filter. $status is the
# service's word; $raw is that word made readable ("Queued upstream"), shown for a status
# the app does not know. "unknown": the service gave none.
clips-status =
    { $status ->
        [pending] Waiting
        [processing] Rendering
        [completed] Completed
        [failed] Failed
        [unknown] Unknown
       *[other] { $raw }
    }
# How a clip was made, on its preview and in the details. $raw: the service's word made
# readable, for a mode the app does not know.
clips-mode =
    { $mode ->
        [text_to_video] Text to video
        [image_to_video] Image to video
        [video_to_video] Video to video
       *[other] { $raw }
    }
# A finished clip's render time, on its card: $time is a duration ("1 min 22 s").
clips-rendered-in = Rendered in { $time }
# A failed clip's render time, after its status ("Failed · after 40 s").
clips-failed-after = after { $time }
# One line a screen reader reads for a clip: its status, model and prompt (shortened).
clips-summary = { $status }, { $model }, { $prompt }
# In that line, for a clip without a prompt.
clips-summary-no-prompt = no prompt
# What a clip is called when its model is not known.
clips-unknown-model = Unknown model

## Marks (picks, rejects, stars)

clips-stars =
    { $rating ->
        [one] { $rating } star
       *[other] { $rating } stars
    }
clips-marks-picked = Picked
clips-marks-rejected = Rejected
# A card's marks together: $flag is "Picked" or "Rejected", $stars "3 stars".
clips-marks-both = { $flag }, { $stars }
# Tooltips of a card's flag, with the key that sets it.
clips-marks-picked-key = Picked (P)
clips-marks-rejected-key = Rejected (X)
# Tooltip of a card's star: $stars is "3 stars", $key the number key that sets them.
clips-star-title = { $stars } ({ $key })
# Tooltip of the star of the current rating (a click clears it; 0 is the key).
clips-star-clear-title = Clear the stars (0)
# Read after marking clips with the keys or the menu. $count: how many clips.
clips-announce-picked =
    { $count ->
        [one] Picked { $count } clip
       *[other] Picked { $count } clips
    }
clips-announce-rejected =
    { $count ->
        [one] Rejected { $count } clip
       *[other] Rejected { $count } clips
    }
clips-announce-unflagged =
    { $count ->
        [one] Unflagged { $count } clip
       *[other] Unflagged { $count } clips
    }
# Read after rating clips: $stars is "4 stars" or "no stars".
clips-announce-rated =
    { $count ->
        [one] { $count } clip: { $stars }
       *[other] { $count } clips: { $stars }
    }
# Read after flagging and rating at once: $flagged is the sentence above ("Picked 1
# clip"), $stars "5 stars".
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = no stars
clips-mark-failed = Couldn't mark the clips

## What a screen reader hears when a render ends

# $what is the clip's prompt (shortened) or one of the names below; $model the model's name.
clips-announce-finished = Finished: { $what }
clips-announce-finished-model = Finished: { $what } ({ $model })
clips-announce-merged-clip = merged clip
clips-announce-no-prompt = clip without a prompt
# $reason: why it failed (often the service's words, in English), without a final full stop.
clips-announce-failed = Failed: { $reason }.
# $about: the model's name and/or the quoted prompt (the two messages below).
clips-announce-failed-about = Failed: { $reason } ({ $about }).
clips-announce-about-both = { $model }, “{ $prompt }”
clips-announce-about-prompt = “{ $prompt }”
clips-announce-no-reason = no reason given
# $sentence is a "Failed: …" sentence above.
clips-announce-with-refund = { $sentence } Credits refunded.

## A card

clips-no-prompt = No prompt
clips-saving-label = Saving into your library
clips-saving = Saving…
# How much of a clip is saved so far; $fraction from 0 to 1.
clips-saving-percent = { NUMBER($fraction, style: "percent") }
# A card's start time's tooltip: $started and $finished are times ("14:02", "Mar 3, 14:02").
clips-card-times = Started { $started } · finished { $finished }
# Credits a clip cost, on its card (short: "cr" for credits).
clips-card-credits = { $credits } cr
clips-card-saved = Saved
clips-card-refunded = Refunded
clips-card-refunded-title = Credits were refunded
# A clip made by merging clips on the service.
clips-card-merge = Merge
# A clip merged on this computer.
clips-card-merged-here = Merged here
clips-card-not-on-server = Not on server
clips-card-not-on-server-title = The server no longer knows this job; it is not updated
# The card's row of buttons (its accessible name).
clips-actions = Clip actions
clips-open-file = Open file
clips-save-to-library = Save into the library
clips-add-to-merge = Add to merge
clips-in-merge-tip = In the merge tray (press to take it out)
clips-retry = Retry
clips-retry-only-here = Retry is only possible for jobs started in this app
clips-edit-retry = Edit & retry
clips-edit-retry-tip = Edit & retry: change the request, then generate
clips-more-actions = More actions

## A card's preview

clips-preview-label = Preview of the result
clips-preview-waiting = Waiting for the provider
clips-preview-rendering = Rendering
clips-preview-not-finished = Not finished yet
clips-preview-unsafe = Result link hidden: not a secure (https) URL
clips-preview-unplayable = Preview not playable here
# Heard (not seen) between the status and a clip's length ("Completed, length · 0:08").
clips-preview-length = , length
clips-play-sound = Play with sound

## Stacks of takes

# The stack's button on its cover card: how many takes the shot has.
clips-stack-takes =
    { $count ->
        [one] { $count } take
       *[other] { $count } takes
    }
clips-stack-open-tip =
    { $count ->
        [one] Show the { $count } take
       *[other] Show the { $count } takes
    }
clips-stack-close-tip = Stack the takes again (Esc)
# The details panel of a take.
clips-takes-title = Takes
clips-take-place = Take { $n } of { $of }
# Followed by a link to the clip a take was made from (the messages below).
clips-take-made-from = Made from
# The link: $n is that clip's take number.
clips-take-origin-take = take { $n }
clips-take-origin-this = this clip
# After the link, that clip's prompt when it differs: ": ‹prompt›".
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = a clip since removed
clips-take-current = Take { $n } · this clip
# Another take in the list: $n its number, $about its status and marks ("Completed · picked").
clips-take-other = Take { $n } · { $about }
# Marks in that list (lower case, after the status).
clips-take-picked = picked
clips-take-rejected = rejected

## The details panel

clips-detail-back = New generation
clips-detail-video = Result video
clips-detail-open = Open
clips-copy-link = Copy link
clips-detail-retry-only-here = Only jobs started in this app can be retried
clips-use-prompt = Use this prompt
clips-detail-move = Move
clips-detail-remove = Remove
clips-detail-prompt = Prompt
clips-detail-made-from = Made from
clips-detail-details = Details
clips-detail-job-id = Job ID
clips-detail-model = Model
clips-detail-mode = Mode
clips-detail-status = Status
clips-detail-created = Created
clips-detail-completed = Completed
clips-detail-length = Clip length
clips-detail-credits = Credits
# The credits a clip cost ($credits: a number, or "—" when unknown), and whether refunded.
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · refunded
       *[no] { $credits }
    }
clips-detail-folder = Folder
clips-detail-origin = Origin
clips-detail-origin-app = Started in this app
clips-detail-origin-history = From your UlazAI history
clips-detail-origin-local-merge = Merged on this computer
clips-detail-origin-merge = Merge output
clips-detail-server = Server
clips-detail-unknown-to-server = Unknown to the server (no longer updated)
clips-detail-updated = Last change
clips-detail-result = Result
# Beside a result link that is not https (the app does not open it).
clips-detail-not-https = not https — not opened
clips-detail-settings = Settings
clips-detail-provider = Provider details
clips-detail-none-reported = None reported.

## The clip menu (right click, Shift+F10, the card's "⋯")

# The menu's name.
clips-menu-title = Clip actions
# The folder of clips in no folder.
clips-unfiled = Unfiled
clips-menu-details = Show details
clips-menu-reveal = Show in folder
clips-menu-copy-path = Copy file path
clips-menu-open-browser = Open in browser
clips-menu-export =
    { $count ->
        [one] Export…
       *[other] Export { $count } clips…
    }
clips-menu-take-out-of-merge = Take out of the merge
clips-menu-compare = Compare { $count } clips
clips-menu-pick = Pick
clips-menu-reject = Reject
clips-menu-unflag = Unflag
clips-menu-rate =
    { $rating ->
        [one] Rate { $rating } star
       *[other] Rate { $rating } stars
    }
clips-menu-clear-stars = Clear the stars
clips-menu-delete =
    { $count ->
        [one] Delete clip…
       *[other] Delete { $count } clips…
    }
clips-menu-remove-from-library =
    { $count ->
        [one] Remove from library
       *[other] Remove { $count } clips from library
    }
# The menu of folders (its name); $count: how many clips move.
clips-menu-move =
    { $count ->
        [one] Move to
       *[other] Move { $count } clips to
    }
# $folder: a folder's name (or "Unfiled").
clips-menu-move-to =
    { $count ->
        [one] Move to { $folder }
       *[other] Move { $count } clips to { $folder }
    }
clips-menu-remove-from-view = Remove from view
# Key names shown beside menu items.
clips-key-enter = Enter
clips-key-delete = Del
clips-key-shift-delete = Shift+Del
# Heard after the menu item of the current choice (the folder a clip is in).
clips-menu-current = (current)

## What happens after an action

clips-rendering-again =
    { $count ->
        [one] Rendering the clip again
       *[other] Rendering { $count } clips again
    }
clips-retry-failed = Couldn't retry
clips-removed-from-view = Removed from view
clips-remove-failed = Couldn't remove
# $folder: a folder's name, or "Unfiled".
clips-moved =
    { $count ->
        [one] Moved { $count } clip to { $folder }
       *[other] Moved { $count } clips to { $folder }
    }
# The name used when a folder's own name is not known.
clips-a-folder = folder
clips-move-failed = Couldn't move
clips-open-failed = Couldn't open the result

## The grid when it is empty

clips-empty-loading = Loading your clips…
# A card of the grid whose clip has not arrived yet (screen readers).
clips-card-loading = Loading clip
clips-empty-welcome = Welcome to UlazAI Studio
clips-empty-intro = Render AI video with UlazAI's models, watch every job finish, and organise the clips into folders and merges.
clips-empty-starting-demo = Starting the demo…
clips-empty-try-demo = Try the demo
clips-empty-add-key = Add your API key
clips-empty-fine = The demo runs on a local simulator: no account, no credits. Your key comes from your UlazAI dashboard and is stored in the system keyring.
clips-empty-no-match = No clips match these filters
clips-empty-clear-filters = Clear filters
clips-empty-folder = This folder is empty
# One sentence in three parts around a link to all clips: "Drag cards from [All clips]
# onto a folder to file them here."
clips-empty-folder-before = Drag cards from
clips-empty-folder-link = All clips
clips-empty-folder-after = onto a folder to file them here.
clips-empty-none = No clips yet
# One sentence in three parts around the Generate button's name (in bold), as the form
# names it: "Describe a shot … and press [Generate]. Cards appear here and update live."
clips-empty-none-before = Describe a shot in the panel on the right and press
clips-empty-none-button = Generate
clips-empty-none-after = . Cards appear here and update live.

## Edit & retry (the strip above the form)

# Followed by the failed clip's quoted prompt (or "a failed clip") and its model.
clips-retrying = Retrying
# $reason: why the clip failed (often the service's words, in English).
clips-retry-why = It failed: { $reason }
clips-retry-cancel = Cancel retry
