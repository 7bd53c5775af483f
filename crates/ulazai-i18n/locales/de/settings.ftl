settings-title = Einstellungen
settings-close = Einstellungen schließen
settings-close-tip = Schließen (Esc)

## API key

settings-key-title = API-Schlüssel
settings-key-state =
    { $state ->
        [valid] Funktioniert
        [invalid] Vom Server abgelehnt
        [unverified] Noch nicht geprüft
       *[missing] Nicht festgelegt
    }
settings-key-storage =
    { $storage ->
        [keyring] Im Schlüsselbund des Systems gespeichert
        [until_quit] Bis zum Beenden behalten
       *[none] Kein Schlüssel gespeichert
    }
settings-key-placeholder-replace = Neuen Schlüssel einfügen, um ihn zu ersetzen
settings-key-empty = Fügen Sie zuerst Ihren API-Schlüssel ein (er beginnt mit ulazai_).
settings-key-keep-until-quit = Bis zum Beenden behalten
settings-key-replace = Ersetzen
settings-key-save = Speichern
settings-key-verify = Prüfen
settings-key-remove = Schlüssel entfernen
settings-key-hint = Der Schlüssel wird dem sicheren Speicher der App übergeben und nie wieder angezeigt – nur eine kurze Vorschau.
settings-keyring-down = { $problem } Der Schlüssel kann bis zum Beenden im Arbeitsspeicher bleiben.
settings-keyring-unavailable = Der Schlüsselbund des Systems ist nicht verfügbar.

## Notifications

settings-notify-title = Benachrichtigungen
settings-notify-clips = Benachrichtigen, wenn Clips fertig sind oder fehlschlagen
settings-notify-history = Auch für Aufträge, die beim Start im Verlauf gefunden werden

## Web account

settings-web-title = Web-Konto
settings-web-state =
    { $state ->
        [connected] Web-Konto verbunden
        [expired] Web-Sitzung abgelaufen
       *[none] Nicht verbunden
    }
settings-web-why = Ordner auf ulazai.com und das Zusammenfügen auf dem Server setzen voraus, dass Sie auf der Website angemeldet sind (Ihr API-Schlüssel reicht dafür nicht). Ohne Anmeldung bleiben Ordner auf diesem Computer, und Clips werden hier mit ffmpeg zusammengefügt.
settings-web-expired = UlazAI hat die Web-Sitzung beendet. Nichts ist verloren; verbinden Sie sich erneut, um auf dem Server weiterzumachen.
settings-web-disconnect = Trennen
settings-web-reconnect = Erneut verbinden
settings-web-sign-in = Bei UlazAI anmelden
settings-web-signing-in = Schließen Sie die Anmeldung im Fenster „{ $window }“ ab …
settings-web-keyring = Die Sitzung wird nur im Schlüsselbund Ihres Systems gespeichert.

## Library

settings-library-title = Bibliothek
settings-library-folder = Bibliotheksordner
settings-library-change = Ändern …
settings-library-default = Standard verwenden
settings-library-hint = Ein Unterordner pro App-Ordner; Dateinamen aus Datum, Modell und Prompt.
settings-max-download = Größter Download (GiB)
settings-max-download-hint = Ein größeres Ergebnis wird nicht gespeichert (Standard: { $default } GiB).
settings-max-download-refused = Geben Sie eine Größe in GiB ein, mindestens { $min } (1 MiB).
settings-ffmpeg = ffmpeg zum Zusammenfügen auf diesem Computer
settings-ffmpeg-from-path = Das ffmpeg aus dem PATH
settings-ffmpeg-choose = ffmpeg wählen …
settings-ffmpeg-use-path = ffmpeg aus PATH verwenden
settings-ffmpeg-hint = Wählen Sie das ffmpeg-Programm selbst; es wird geprüft (es muss als ffmpeg antworten), bevor es übernommen wird.
settings-marks = Markierungen und Sterne in exportierten Clips
settings-marks-none = Nicht enthalten
settings-marks-names = Am Ende der Dateinamen
settings-marks-sidecar = In einer XMP-Datei neben jedem Clip
settings-marks-hint = Dateinamen enden etwa auf „… [pick, 4 stars].mp4“; eine XMP-Datei enthält Bewertung, Markierung und Prompt für Lightroom, Bridge oder darktable.
settings-auto-download = Fertige Clips automatisch in der Bibliothek speichern

## Updates

settings-updates-title = Updates
settings-updates-check = Nach Updates suchen
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = Jetzt prüfen
settings-updates-hint = Updates sind von UlazAI signiert und werden nur installiert, wenn Sie es wählen. Geprüft wird beim Start und alle paar Stunden.

## Language

settings-language-title = Sprache
settings-language-system = System ({ $language })
settings-language-hint = Fenster, Benachrichtigungen und Tray-Menü wechseln sofort.
settings-language-pinned = ULAZAI_LANG ist gesetzt: Es bestimmt die Sprache, bis es entfernt wird.

## Appearance

settings-appearance-title = Darstellung
settings-theme-system = Wie im System
settings-theme-light = Hell
settings-theme-dark = Dunkel

## Advanced

settings-advanced = Erweitert
settings-base-url = API-Basis-URL
settings-base-url-refused = { $error } Studio verwendet weiter die bisherige Adresse.
settings-base-url-demo = Die Demo läuft mit einem eingebauten Simulator auf diesem Computer, daher wird noch kein Server verwendet. Sobald Sie Ihren API-Schlüssel hinzufügen, verbindet sich Studio mit { $server } oder mit der Adresse oben.
settings-base-url-hint = Leer lassen, um { $server } zu verwenden. Ändern Sie dies nur, wenn der UlazAI-Support Sie darum bittet.
