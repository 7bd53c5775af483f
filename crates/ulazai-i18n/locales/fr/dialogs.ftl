# Boîtes de dialogue natives : les titres des sélecteurs de fichiers du système.

dialogs-pick-library-folder = Choisir le dossier de la bibliothèque
dialogs-pick-ffmpeg = Choisir le programme ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exporter le clip vers
       *[other] Exporter { $count } clips vers
    }
