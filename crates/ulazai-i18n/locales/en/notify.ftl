# Desktop notifications: one render, a burst of renders, the render queue.
# $reason is why the render failed (a sentence, often the server's, in English).
# $seconds is a number already written as the language writes decimals ("8", "8.5").

notify-finished-title = Render finished
notify-failed-title = Render failed
notify-clip-length = { $seconds } s clip
notify-failed-unknown = The render did not complete.
notify-refunded = { $reason } Credits were refunded.
notify-action-open = Open

notify-burst-finished =
    { $finished ->
        [one] { $finished } render finished
       *[other] { $finished } renders finished
    }
notify-burst-failed =
    { $failed ->
        [one] { $failed } render failed
       *[other] { $failed } renders failed
    }
notify-burst-mixed = { $finished } finished, { $failed } failed
notify-burst-more = and { $count } more

notify-queue-title = Render queue finished
notify-queue-finished =
    { $finished ->
        [one] { $finished } clip finished.
       *[other] { $finished } clips finished.
    }
notify-queue-failed =
    { $failed ->
        [one] { $failed } clip failed.
       *[other] { $failed } clips failed.
    }
notify-queue-mixed =
    { $finished ->
        [one] { $finished } clip finished, { $failed } failed.
       *[other] { $finished } clips finished, { $failed } failed.
    }
