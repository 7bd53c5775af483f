# Boîtes de dialogue natives : les titres des sélecteurs de fichiers du système.

dialogs-pick-library-folder = Choisir le dossier de la bibliothèque
dialogs-pick-ffmpeg = Choisir le programme ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exporter le clip vers
       *[other] Exporter { $count } clips vers
    }


dialogs-webview-missing =
    UlazAI Studio a besoin du Microsoft Edge WebView2 Runtime, qui n’est pas installé sur cet ordinateur.

    Installez-le depuis { $url } (le programme d’installation du WebView2 Runtime de Microsoft), puis relancez UlazAI Studio.
