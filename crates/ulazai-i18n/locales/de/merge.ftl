merge-title = Zusammenfügen
merge-clips =
    { $count ->
        [one] { $count } Clip
       *[other] { $count } Clips
    }
merge-length-unknown = Länge unbekannt
merge-moved = Auf Position { $position } von { $count } verschoben
merge-taken-out = Aus der Montageleiste genommen
merge-keys-drag = Ziehen oder
merge-keys-reorder = zum Umsortieren
merge-keys-take-out = nimmt einen Clip heraus
merge-keys-trim = trimmt
merge-list = Clips in Abspielreihenfolge
merge-item-position = Clip { $position } von { $count }:
merge-item-trimmed = getrimmt
merge-trim-label = Clip { $position } trimmen
merge-trim-tip = Trimmen (Eingabe)
merge-remove-label = Clip { $position } herausnehmen
merge-remove-tip = Herausnehmen (Entf)
merge-empty = Wählen Sie mehrere fertige Clips aus oder klicken Sie bei einem Clip auf „Zur Montageleiste hinzufügen“, um sie hier aufzureihen.
merge-dismiss = Schließen

merge-excluded-rendering = { $count } noch im Rendering
merge-excluded-failed = { $count } fehlgeschlagen
merge-excluded-unfinished = { $count } nicht fertig
merge-excluded = { $reasons } – nur fertige Clips lassen sich zusammenfügen

merge-ffmpeg-missing = Zum Zusammenfügen auf diesem Computer wird ffmpeg benötigt, das nicht installiert ist.
merge-ffmpeg-connect = Oder verbinden Sie in den Einstellungen Ihr Web-Konto, um auf ulazai.com zusammenzufügen.
merge-ffmpeg-macos = { $command } (Homebrew), dann UlazAI Studio neu starten
merge-ffmpeg-windows = { $command } (oder von ffmpeg.org herunterladen und den bin-Ordner zum PATH hinzufügen), dann neu starten

merge-button = Zusammenfügen
merge-button-busy = Wird zusammengefügt …
merge-where =
    { $place ->
        [server] auf ulazai.com
        [trims] auf diesem Computer (mit Trimmungen)
       *[local] auf diesem Computer
    }
merge-button-tip =
    { $place ->
        [server] Auf ulazai.com zusammenfügen
        [trims] Auf diesem Computer zusammenfügen (mit Trimmungen)
       *[local] Auf diesem Computer zusammenfügen
    }
merge-local-button = Auf diesem Computer
merge-server-untrimmed = Auf ulazai.com – ohne Trimmungen
merge-clear = Leeren
merge-cancel = Abbrechen
merge-progress = Fortschritt des Zusammenfügens
merge-blocked-empty = Wählen Sie fertige Clips zum Zusammenfügen aus
merge-blocked-one = Wählen Sie mindestens { $min } fertige Clips aus
merge-stage =
    { $stage ->
        [downloading] Clips werden geladen … { $percent }
        [merging] Clips werden verbunden … { $percent }
        [done] Zusammengefügt
        [cancelled] Abgebrochen
       *[other] Fehlgeschlagen
    }
merge-started-server =
    { $count ->
        [one] { $count } Clip wird auf ulazai.com zusammengefügt – das Ergebnis erscheint als neue Karte
       *[other] { $count } Clips werden auf ulazai.com zusammengefügt – das Ergebnis erscheint als neue Karte
    }
merge-started-local =
    { $count ->
        [one] { $count } Clip wird auf diesem Computer zusammengefügt …
       *[other] { $count } Clips werden auf diesem Computer zusammengefügt …
    }
merge-cleared = Montageleiste geleert
merge-open-settings = Einstellungen öffnen
merge-failed = Zusammenfügen fehlgeschlagen
merge-cancel-failed = Das Zusammenfügen konnte nicht abgebrochen werden
merge-source-removed = { $position }. { $id } (entfernt)

merge-export-label = Export
merge-export-saving = Zuerst in der Bibliothek speichern …
merge-export-copying =
    { $count ->
        [one] { $count } Clip wird exportiert
       *[other] { $count } Clips werden exportiert
    }
merge-export-to = nach { $dir }
merge-export-progress = Exportfortschritt
merge-percent = { $percent }
merge-exported =
    { $count ->
        [one] { $count } Clip nach { $dir } exportiert
       *[other] { $count } Clips nach { $dir } exportiert
    }
merge-export-failed = Export fehlgeschlagen
merge-drag-saving =
    { $count ->
        [one] { $count } Clip wird zuerst in der Bibliothek gespeichert – danach erneut ziehen
       *[other] { $count } Clips werden zuerst in der Bibliothek gespeichert – danach erneut ziehen
    }
merge-drag-failed = Die Clips konnten nicht herausgezogen werden
