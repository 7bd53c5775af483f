# Native dialogs the app opens: the titles of the system's file pickers.

dialogs-pick-library-folder = Choose the library folder
dialogs-pick-ffmpeg = Choose the ffmpeg program
# Picking the folder clips are exported (copied) to; $count is how many clips.
dialogs-export-clips =
    { $count ->
        [one] Export the clip to
       *[other] Export { $count } clips to
    }


# A message box at start on Windows when the WebView2 Runtime (what draws the window) is
# missing. $url is Microsoft's download address. Two paragraphs: keep the blank line.
dialogs-webview-missing =
    UlazAI Studio needs the Microsoft Edge WebView2 Runtime, which is not installed on this computer.

    Install it from { $url } (Microsoft's WebView2 Runtime installer), then start UlazAI Studio again.
