# Native dialogs the app opens: the titles of the system's file pickers.

dialogs-pick-library-folder = Choose the library folder
dialogs-pick-ffmpeg = Choose the ffmpeg program
# Picking the folder clips are exported (copied) to; $count is how many clips.
dialogs-export-clips =
    { $count ->
        [one] Export the clip to
       *[other] Export { $count } clips to
    }
