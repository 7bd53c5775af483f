# Durations, estimates, countdowns and sizes the window shows (ui/src/lib/format.ts).
# Variables are numbers unless said; "s", "min", "h" are the short units of a video tool.

# A duration: $seconds, $minutes, $hours are whole numbers.
format-duration-seconds = { $seconds } s
format-duration-minutes = { $minutes } min
format-duration-minutes-seconds = { $minutes } min { $seconds } s
format-duration-hours = { $hours } h
format-duration-hours-minutes = { $hours } h { $minutes } min

# A span of seconds ("30–45 s"); $from and $to are numbers.
format-range-seconds = { $from }–{ $to } s
# A span of two durations already written ("1 min 30 s–3 min").
format-range = { $from }–{ $to }

# On a rendering clip: $time is a duration or a span ("20–35 s").
format-estimate-left = about { $time } left
format-estimate-soon = finishing soon
# $typical is a span ("30–45 s").
format-estimate-longer = taking longer than usual (typically { $typical })
# In the generate form, how long the model usually takes; $typical is a span.
format-typical = typically { $typical }

# Until a time: $time is a duration ("in 23 s"); "now" once it has come.
format-countdown-in = in { $time }
format-countdown-now = now

# A file size: $size is the number already written, $unit one of B, KB, MB, GB, TB
# (binary units); a language may write the units its own way with a selector.
format-file-size = { $size } { $unit }
