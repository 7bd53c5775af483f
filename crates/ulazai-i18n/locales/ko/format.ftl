# Durations, estimates, countdowns and sizes the window shows (ui/src/lib/format.ts).
# Variables are numbers unless said; "s", "min", "h" are the short units of a video tool.

# A duration: $seconds, $minutes, $hours are whole numbers.
format-duration-seconds = { $seconds }초
format-duration-minutes = { $minutes }분
format-duration-minutes-seconds = { $minutes }분 { $seconds }초
format-duration-hours = { $hours }시간
format-duration-hours-minutes = { $hours }시간 { $minutes }분

# A span of seconds ("30–45 s"); $from and $to are numbers.
format-range-seconds = { $from }–{ $to }초
# A span of two durations already written ("1 min 30 s–3 min").
format-range = { $from }–{ $to }

# On a rendering clip: $time is a duration or a span ("20–35 s").
format-estimate-left = 약 { $time } 남음
format-estimate-soon = 곧 완료
# $typical is a span ("30–45 s").
format-estimate-longer = 평소보다 오래 걸리는 중 (보통 { $typical })
# In the generate form, how long the model usually takes; $typical is a span.
format-typical = 보통 { $typical }

# Until a time: $time is a duration ("in 23 s"); "now" once it has come.
format-countdown-in = { $time } 후
format-countdown-now = 지금

# A file size: $size is the number already written, $unit one of B, KB, MB, GB, TB
# (binary units); a language may write the units its own way with a selector.
format-file-size = { $size } { $unit }
