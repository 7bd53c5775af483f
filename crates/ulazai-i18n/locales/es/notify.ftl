notify-finished-title = Render terminado
notify-failed-title = Render fallido
notify-clip-length = Clip de { $seconds } s
notify-failed-unknown = El render no se completó.
notify-refunded = { $reason } Se reembolsaron los créditos.
notify-action-open = Abrir

notify-burst-finished =
    { $finished ->
        [one] { $finished } render terminado
       *[other] { $finished } renders terminados
    }
notify-burst-failed =
    { $failed ->
        [one] { $failed } render fallido
       *[other] { $failed } renders fallidos
    }
notify-burst-mixed = Terminados: { $finished }; fallidos: { $failed }
notify-burst-more = y { $count } más

notify-queue-title = Cola de render terminada
notify-queue-finished =
    { $finished ->
        [one] { $finished } clip terminado.
       *[other] { $finished } clips terminados.
    }
notify-queue-failed =
    { $failed ->
        [one] { $failed } clip falló.
       *[other] { $failed } clips fallaron.
    }
notify-queue-mixed =
    { $finished ->
        [one] Clips terminados: { $finished }; fallidos: { $failed }.
       *[other] Clips terminados: { $finished }; fallidos: { $failed }.
    }
