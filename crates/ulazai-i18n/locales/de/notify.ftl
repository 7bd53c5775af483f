notify-finished-title = Rendern abgeschlossen
notify-failed-title = Rendern fehlgeschlagen
notify-clip-length = Clip, { $seconds } s
notify-failed-unknown = Das Rendern wurde nicht abgeschlossen.
notify-refunded = { $reason } Die Credits wurden erstattet.
notify-action-open = Öffnen

notify-burst-finished =
    { $finished ->
        [one] { $finished } Rendering fertig
       *[other] { $finished } Renderings fertig
    }
notify-burst-failed =
    { $failed ->
        [one] { $failed } Rendering fehlgeschlagen
       *[other] { $failed } Renderings fehlgeschlagen
    }
notify-burst-mixed = { $finished } fertig, { $failed } fehlgeschlagen
notify-burst-more = und { $count } weitere

notify-queue-title = Render-Warteschlange abgeschlossen
notify-queue-finished =
    { $finished ->
        [one] { $finished } Clip fertig.
       *[other] { $finished } Clips fertig.
    }
notify-queue-failed =
    { $failed ->
        [one] { $failed } Clip fehlgeschlagen.
       *[other] { $failed } Clips fehlgeschlagen.
    }
notify-queue-mixed =
    { $finished ->
        [one] { $finished } Clip fertig, { $failed } fehlgeschlagen.
       *[other] { $finished } Clips fertig, { $failed } fehlgeschlagen.
    }
