# Native Dialoge: die Titel der Dateiauswahl des Systems.

dialogs-pick-library-folder = Bibliotheksordner wählen
dialogs-pick-ffmpeg = ffmpeg-Programm wählen
dialogs-export-clips =
    { $count ->
        [one] Clip exportieren nach
       *[other] { $count } Clips exportieren nach
    }
