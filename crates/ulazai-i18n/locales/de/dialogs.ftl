# Native Dialoge: die Titel der Dateiauswahl des Systems.

dialogs-pick-library-folder = Bibliotheksordner wählen
dialogs-pick-ffmpeg = ffmpeg-Programm wählen
dialogs-export-clips =
    { $count ->
        [one] Clip exportieren nach
       *[other] { $count } Clips exportieren nach
    }


dialogs-webview-missing =
    UlazAI Studio benötigt die Microsoft Edge WebView2 Runtime, die auf diesem Computer nicht installiert ist.

    Installieren Sie sie von { $url } (Microsofts Installationsprogramm für die WebView2 Runtime) und starten Sie UlazAI Studio dann erneut.
