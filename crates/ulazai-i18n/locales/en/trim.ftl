# Trimming a clip of the merge tray: in and out points, frame by frame.

# A time in seconds with two decimals ("1.25 s"), as the trim and compare views show it.
trim-seconds = { $seconds } s
# $clip is the clip's prompt (or its model's name).
trim-title = Trim “{ $clip }”
trim-close = Close
trim-close-tip = Close (Esc)
trim-no-preview = This clip cannot be previewed here.
trim-position = Position
trim-play = Play
trim-pause = Pause
trim-play-tip = Play (Space)
trim-pause-tip = Pause (Space)
# Buttons followed by their key (I, O).
trim-set-in = Set in
trim-set-out = Set out
trim-clear = Clear
trim-done = Done
# The summary; $in, $out and $length are times ("1.25 s").
trim-points = In { $in } · Out { $out }
trim-points-to-end = In { $in } · Out end
trim-plays = plays { $length }
trim-plays-to-end = plays to the end
# The key hint, in phrases after key caps:
# "[←]/[→] one frame · [Shift]+[←]/[→] one second · [Home]/[End] · [Space] plays · [I]/[O] set in/out".
trim-keys-frame = one frame
trim-keys-second = one second
trim-keys-play = plays
trim-keys-points = set in/out
# Read out when a point is set; $time is a time ("1.25 s").
trim-in-at = In point at { $time }
trim-out-at = Out point at { $time }
trim-out-before-in = The out point must be after the in point
trim-cleared = Trim cleared: the whole clip plays
