merge-title = Fusion
merge-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
merge-length-unknown = durée inconnue
merge-moved = Déplacé en position { $position } sur { $count }
merge-taken-out = Retiré de la fusion
merge-keys-drag = Faites glisser, ou
merge-keys-reorder = pour réordonner
merge-keys-take-out = retire un clip
merge-keys-trim = découpe
merge-list = Clips dans l’ordre de lecture
merge-item-position = Clip { $position } sur { $count } :
merge-item-trimmed = découpé
merge-trim-label = Découper le clip { $position }
merge-trim-tip = Découper (Entrée)
merge-remove-label = Retirer le clip { $position } de la fusion
merge-remove-tip = Retirer de la fusion (Suppr)
merge-empty = Sélectionnez plusieurs clips terminés, ou cliquez sur « Ajouter à la fusion » sur un clip, pour les aligner ici.
merge-dismiss = Fermer

merge-excluded-rendering = { $count } encore en rendu
merge-excluded-failed = { $count } en échec
merge-excluded-unfinished =
    { $count ->
        [one] { $count } non terminé
       *[other] { $count } non terminés
    }
merge-excluded = { $reasons } — seuls les clips terminés peuvent être fusionnés

merge-ffmpeg-missing = La fusion sur cet ordinateur nécessite ffmpeg, qui n’est pas installé.
merge-ffmpeg-connect = Ou connectez votre compte web dans les Réglages pour fusionner sur ulazai.com.
merge-ffmpeg-macos = { $command } (Homebrew), puis redémarrez UlazAI Studio
merge-ffmpeg-windows = { $command } (ou téléchargez-le sur ffmpeg.org et ajoutez son dossier bin au PATH), puis redémarrez

merge-button = Fusionner
merge-button-busy = Fusion…
merge-where =
    { $place ->
        [server] sur ulazai.com
        [trims] sur cet ordinateur (garde les découpes)
       *[local] sur cet ordinateur
    }
merge-button-tip =
    { $place ->
        [server] Fusionner sur ulazai.com
        [trims] Fusionner sur cet ordinateur (garde les découpes)
       *[local] Fusionner sur cet ordinateur
    }
merge-local-button = Fusionner sur cet ordinateur
merge-server-untrimmed = Fusionner sur ulazai.com — sans les découpes
merge-clear = Vider
merge-cancel = Annuler
merge-progress = Progression de la fusion
merge-blocked-empty = Sélectionnez des clips terminés à fusionner
merge-blocked-one = Sélectionnez au moins { $min } clips terminés
merge-stage =
    { $stage ->
        [downloading] Récupération des clips… { $percent }
        [merging] Assemblage des clips… { $percent }
        [done] Fusionné
        [cancelled] Annulé
       *[other] Échec
    }
merge-started-server =
    { $count ->
        [one] Fusion de { $count } clip sur ulazai.com — le résultat apparaîtra comme une nouvelle carte
       *[other] Fusion de { $count } clips sur ulazai.com — le résultat apparaîtra comme une nouvelle carte
    }
merge-started-local =
    { $count ->
        [one] Fusion de { $count } clip sur cet ordinateur…
       *[other] Fusion de { $count } clips sur cet ordinateur…
    }
merge-cleared = Barre de fusion vidée
merge-open-settings = Ouvrir les Réglages
merge-failed = Impossible de fusionner
merge-cancel-failed = Impossible d’annuler la fusion
merge-source-removed = { $position }. { $id } (supprimé)

merge-export-label = Export
merge-export-saving = Enregistrement dans la bibliothèque d’abord…
merge-export-copying =
    { $count ->
        [one] Export de { $count } clip
       *[other] Export de { $count } clips
    }
merge-export-to = vers { $dir }
merge-export-progress = Progression de l’export
merge-percent = { $percent }
merge-exported =
    { $count ->
        [one] { $count } clip exporté vers { $dir }
       *[other] { $count } clips exportés vers { $dir }
    }
merge-export-failed = Impossible d’exporter
merge-drag-saving =
    { $count ->
        [one] Enregistrement de { $count } clip dans la bibliothèque d’abord — faites-le glisser à nouveau une fois enregistré
       *[other] Enregistrement de { $count } clips dans la bibliothèque d’abord — faites-les glisser à nouveau une fois enregistrés
    }
merge-drag-failed = Impossible de faire glisser les clips hors de l’app
