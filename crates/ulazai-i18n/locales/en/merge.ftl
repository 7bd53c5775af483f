# The merge tray: completed clips lined up in play order, then joined into one clip, on
# ulazai.com (the web service) or on this computer (with ffmpeg). Also exporting clips as files.

merge-title = Merge
# The tray's summary: how many clips it holds (their total length follows).
merge-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
# The tray's total length, when a clip's length is not known.
merge-length-unknown = length unknown
# Read out after a clip moved in the tray.
merge-moved = Moved to position { $position } of { $count }
merge-taken-out = Taken out of the merge
# The key hint, in phrases around key caps:
# "Drag, or [Alt]+[←]/[→] to reorder · [Delete] takes a clip out · [Enter] trims".
merge-keys-drag = Drag, or
merge-keys-reorder = to reorder
merge-keys-take-out = takes a clip out
merge-keys-trim = trims
merge-list = Clips in play order
# Read out before a clip in the tray (its caption follows).
merge-item-position = Clip { $position } of { $count }:
# Read out after a clip's length when it was trimmed.
merge-item-trimmed = trimmed
merge-trim-label = Trim clip { $position }
merge-trim-tip = Trim (Enter)
merge-remove-label = Take clip { $position } out of the merge
merge-remove-tip = Take out of the merge (Delete)
merge-empty = Select several completed clips, or press “Add to merge” on a clip, to line them up here.
merge-dismiss = Dismiss

# Why selected clips are left out: the reasons ($count clips each) make a list.
merge-excluded-rendering = { $count } still rendering
merge-excluded-failed = { $count } failed
merge-excluded-unfinished = { $count } not finished
merge-excluded = { $reasons } — only completed clips can be merged

## Merging on this computer needs ffmpeg ($command is a command to type, kept as it is)

merge-ffmpeg-missing = Merging on this computer needs ffmpeg, which is not installed.
merge-ffmpeg-connect = Or connect your web account in Settings to merge on ulazai.com.
merge-ffmpeg-macos = { $command } (Homebrew), then restart UlazAI Studio
merge-ffmpeg-windows = { $command } (or download it from ffmpeg.org and add its bin folder to PATH), then restart

## The tray's actions

merge-button = Merge
merge-button-busy = Merging…
# Where the merge runs: on ulazai.com, on this computer, or on this computer because
# clips are trimmed (the server's merge cannot trim).
merge-where =
    { $place ->
        [server] on ulazai.com
        [trims] on this computer (keeps the trims)
       *[local] on this computer
    }
merge-button-tip =
    { $place ->
        [server] Merge on ulazai.com
        [trims] Merge on this computer (keeps the trims)
       *[local] Merge on this computer
    }
merge-local-button = Merge on this computer
merge-server-untrimmed = Merge on ulazai.com — trims ignored
merge-clear = Clear
merge-cancel = Cancel
merge-progress = Merge progress
# Why Merge is disabled.
merge-blocked-empty = Select completed clips to merge
merge-blocked-one = Select at least { $min } completed clips
# The progress of a merge on this computer; $percent is written as a percentage ("40%").
merge-stage =
    { $stage ->
        [downloading] Fetching clips… { $percent }
        [merging] Joining clips… { $percent }
        [done] Merged
        [cancelled] Cancelled
       *[other] Failed
    }
merge-started-server =
    { $count ->
        [one] Merging { $count } clip on ulazai.com — the result appears as a new card
       *[other] Merging { $count } clips on ulazai.com — the result appears as a new card
    }
merge-started-local =
    { $count ->
        [one] Merging { $count } clip on this computer…
       *[other] Merging { $count } clips on this computer…
    }
merge-cleared = Merge tray cleared
merge-open-settings = Open Settings
# Toasts of a failure: the reason follows after a colon.
merge-failed = Couldn't merge
merge-cancel-failed = Couldn't cancel the merge
# A merged clip's source that was since removed: its number in the play order and its id.
merge-source-removed = { $position }. { $id } (removed)

## Exporting clips into a folder the creator picks ($dir is that folder's path)

merge-export-label = Export
merge-export-saving = Saving into the library first…
merge-export-copying =
    { $count ->
        [one] Exporting { $count } clip
       *[other] Exporting { $count } clips
    }
merge-export-to = to { $dir }
merge-export-progress = Export progress
# A percentage, as the language writes it ("40%").
merge-percent = { $percent }
merge-exported =
    { $count ->
        [one] Exported { $count } clip to { $dir }
       *[other] Exported { $count } clips to { $dir }
    }
merge-export-failed = Couldn't export
merge-drag-saving =
    { $count ->
        [one] Saving { $count } clip into the library first — drag again once saved
       *[other] Saving { $count } clips into the library first — drag again once saved
    }
merge-drag-failed = Couldn't drag the clips out
