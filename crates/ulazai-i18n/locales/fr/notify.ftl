notify-finished-title = Rendu terminé
notify-failed-title = Échec du rendu
notify-clip-length = Clip de { $seconds } s
notify-failed-unknown = Le rendu n’a pas abouti.
notify-refunded = { $reason } Les crédits ont été remboursés.
notify-action-open = Ouvrir

notify-burst-finished =
    { $finished ->
        [one] { $finished } rendu terminé
       *[other] { $finished } rendus terminés
    }
notify-burst-failed =
    { $failed ->
        [one] { $failed } rendu en échec
       *[other] { $failed } rendus en échec
    }
notify-burst-mixed = Terminés : { $finished }, en échec : { $failed }
notify-burst-more = et { $count } de plus

notify-queue-title = File de rendu terminée
notify-queue-finished =
    { $finished ->
        [one] { $finished } clip terminé.
       *[other] { $finished } clips terminés.
    }
notify-queue-failed =
    { $failed ->
        [one] { $failed } clip en échec.
       *[other] { $failed } clips en échec.
    }
notify-queue-mixed =
    { $finished ->
        [one] Clips terminés : { $finished }, en échec : { $failed }.
       *[other] Clips terminés : { $finished }, en échec : { $failed }.
    }
