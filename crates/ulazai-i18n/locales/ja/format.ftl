# Durations, estimates, countdowns and sizes the window shows (ui/src/lib/format.ts).
# Variables are numbers unless said; "s", "min", "h" are the short units of a video tool.

# A duration: $seconds, $minutes, $hours are whole numbers.
format-duration-seconds = { $seconds } 秒
format-duration-minutes = { $minutes } 分
format-duration-minutes-seconds = { $minutes } 分 { $seconds } 秒
format-duration-hours = { $hours } 時間
format-duration-hours-minutes = { $hours } 時間 { $minutes } 分

# A span of seconds ("30–45 s"); $from and $to are numbers.
format-range-seconds = { $from }～{ $to } 秒
# A span of two durations already written ("1 min 30 s–3 min").
format-range = { $from }～{ $to }

# On a rendering clip: $time is a duration or a span ("20–35 s").
format-estimate-left = 残り約 { $time }
format-estimate-soon = まもなく完了
# $typical is a span ("30–45 s").
format-estimate-longer = 通常より時間がかかっています（通常 { $typical }）
# In the generate form, how long the model usually takes; $typical is a span.
format-typical = 通常 { $typical }

# Until a time: $time is a duration ("in 23 s"); "now" once it has come.
format-countdown-in = { $time }後
format-countdown-now = 今すぐ

# A file size: $size is the number already written, $unit one of B, KB, MB, GB, TB
# (binary units); a language may write the units its own way with a selector.
format-file-size = { $size } { $unit }
