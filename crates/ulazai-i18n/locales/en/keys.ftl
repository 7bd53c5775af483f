# The Keyboard shortcuts sheet ("?", or the top bar's menu): every shortcut of the app.
# Key names written inside a sentence ("Shift+F6") are the ones the keyboard of the
# language prints on its keys (the keys-… names below); Ctrl is Cmd on a Mac.

keys-title = Keyboard shortcuts
keys-close = Close
# $key: the Escape key's name.
keys-close-tip = Close ({ $key })

## Key caps, as printed on keyboards in the language

keys-ctrl = Ctrl
keys-shift = Shift
keys-alt = Alt
keys-enter = Enter
keys-esc = Esc
keys-space = Space
keys-delete = Delete

## Anywhere in the window

keys-group-anywhere = Anywhere
keys-show-shortcuts = Show these keyboard shortcuts
keys-next-area = Next area: folders, clips, merge tray, side panel (Shift+F6: previous)
keys-new-generation = New generation: go to the prompt
keys-search = Search the clips
keys-settings = Settings
keys-zoom = Zoom in (Ctrl+- zooms out, Ctrl+0 resets)
keys-escape = Clear the selection, then close the clip details

## The generate form

keys-group-new = New generation
keys-generate = Generate
keys-recent-prompts = Recent prompts, in the prompt (type to search, Enter uses one)

## The clip grid

keys-group-clips = Clips
keys-move = Move between clips (Home, End, Page Up, Page Down too)
keys-select = Select or deselect the clip (Shift+arrows extend the selection; several selected clips join the merge tray)
keys-select-all = Select every clip in view
keys-details = Show the clip’s details
keys-clip-menu = Clip menu: open, save, move to a folder, remove… (also the Menu key)
keys-pick = Pick the selected clips (or the focused one)
keys-reject = Reject the selected clips (shown dimmed)
keys-unflag = Unflag: neither picked nor rejected
keys-rate = Rate the selected clips 1 to 5 stars
keys-clear-stars = Clear the stars
keys-delete-clips = Delete the selected clips: their files go to the trash (asks first; Undo in the toast; Cmd+Backspace on a Mac). Shift+Delete removes them from the library and keeps the files
# "," and "." are the keys that step one frame back and forward.
keys-compare = Compare the 2 to 4 selected clips side by side: Space plays them together, , and . (or ← →) step a frame, P / X / U and 0–5 mark the highlighted one, Esc closes

## The merge tray

keys-group-tray = Merge tray
keys-tray-move = Move between clips in the tray
keys-tray-earlier = Move the clip earlier (Alt+→: later)
keys-tray-remove = Take the clip out of the merge
# I and O are the keys that set the in and out points.
keys-tray-trim = Trim the clip: ←/→ one frame, Shift+←/→ one second, I sets the in point, O the out point
keys-tray-back = Back to the clips (the tray keeps its order)

## The folder list

keys-group-folders = Folders
keys-rename-folder = Rename the folder

# Key caps for the start and end of a clip or list (PC keyboards label them so in each
# language: German Pos1 / Ende).
keys-home = Home
keys-end = End
