# Compare: two to four clips side by side, played in step by one transport.

compare-button = Compare
compare-button-tip =
    { $count ->
        [one] Compare the { $count } selected clip side by side (C)
       *[other] Compare the { $count } selected clips side by side (C)
    }
# Why Compare is disabled; $min and $max are 2 and 4.
compare-too-many = Compare shows up to { $max } clips: { $count } are selected
# $others of the $selected selected clips cannot be compared.
compare-not-ready =
    { $others ->
        [one] Compare needs { $min } to { $max } finished clips: { $others } of the { $selected } selected is not finished or cannot play
       *[other] Compare needs { $min } to { $max } finished clips: { $others } of the { $selected } selected are not finished or cannot play
    }
compare-select = Select { $min } to { $max } finished clips to compare
compare-title =
    { $count ->
        [one] Compare { $count } clip
       *[other] Compare { $count } clips
    }
# The key hint, in phrases after key caps:
# "[Space] play · [,] [.] or [←] [→] one frame · [P] [X] [U] [0]–[5] mark the highlighted clip".
compare-keys-play = play
compare-keys-or = or
compare-keys-frame = one frame
compare-keys-mark = mark the highlighted clip
compare-close = Close compare
compare-close-tip = Close (Esc)
compare-play-failed = Couldn't play the clips here

## The transport

compare-transport = Playback of every clip
compare-back = One frame back
compare-back-tip = One frame back (, or ←)
compare-forward = One frame forward
compare-forward-tip = One frame forward (. or →)
compare-play = Play
compare-pause = Pause
compare-play-tip = Play (Space)
compare-pause-tip = Pause (Space)
compare-scrubber = Position of every clip
# $time is a time ("1.25 s"), $frame the frame's number, counted from 1.
compare-scrubber-value = { $time }, frame { $frame }
compare-position = { $time } · frame { $frame }
# $end is the longest clip's length.
compare-position-of = { $time } / { $end } · frame { $frame }
# $fps is frames per second.
compare-fps = { $fps } fps
compare-fps-assumed = { $fps } fps (assumed)
compare-fps-assumed-tip = The clips do not say their frame rate: one frame is taken as 1/{ $fps } s

## One clip's pane

compare-pane-label = Clip { $position } of { $count }
compare-cannot-play = This clip cannot play here.
compare-sound-label = Sound of clip { $position }
compare-mute-tip = Mute this clip
compare-hear-tip = Hear this clip (the others are muted)
# $clip is the pane's name ("Clip 1 of 3").
compare-marks-label = Marks of { $clip }
compare-pick = Pick
compare-pick-tip = Pick (P)
compare-reject = Reject
compare-reject-tip = Reject (X)
# $stars says a rating ("3 stars"); $key is the key that sets it.
compare-rate-label = Rate { $stars }
compare-rate-tip = { $stars } ({ $key })
compare-stars-clear-label = Clear the stars ({ $stars } now)
compare-stars-clear-tip = Clear the stars (0)
