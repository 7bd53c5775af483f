## Statuses and modes

clips-status =
    { $status ->
        [pending] Wartet
        [processing] Wird gerendert
        [completed] Fertig
        [failed] Fehlgeschlagen
        [unknown] Unbekannt
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] Text zu Video
        [image_to_video] Bild zu Video
        [video_to_video] Video zu Video
       *[other] { $raw }
    }
clips-rendered-in = Gerendert in { $time }
clips-failed-after = nach { $time }
clips-summary = { $status }, { $model }, { $prompt }
clips-summary-no-prompt = kein Prompt
clips-unknown-model = Unbekanntes Modell

## Marks

clips-stars =
    { $rating ->
        [one] { $rating } Stern
       *[other] { $rating } Sterne
    }
clips-marks-picked = Markiert
clips-marks-rejected = Abgelehnt
clips-marks-both = { $flag }, { $stars }
clips-marks-picked-key = Markiert (P)
clips-marks-rejected-key = Abgelehnt (X)
clips-star-title = { $stars } ({ $key })
clips-star-clear-title = Sterne entfernen (0)
clips-announce-picked =
    { $count ->
        [one] { $count } Clip markiert
       *[other] { $count } Clips markiert
    }
clips-announce-rejected =
    { $count ->
        [one] { $count } Clip abgelehnt
       *[other] { $count } Clips abgelehnt
    }
clips-announce-unflagged =
    { $count ->
        [one] Markierung von { $count } Clip entfernt
       *[other] Markierung von { $count } Clips entfernt
    }
clips-announce-rated =
    { $count ->
        [one] { $count } Clip: { $stars }
       *[other] { $count } Clips: { $stars }
    }
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = keine Sterne
clips-mark-failed = Markierung und Sterne konnten nicht gesetzt werden

## Screen reader

clips-announce-finished = Fertig: { $what }
clips-announce-finished-model = Fertig: { $what } ({ $model })
clips-announce-merged-clip = zusammengefügter Clip
clips-announce-no-prompt = Clip ohne Prompt
clips-announce-failed = Fehlgeschlagen: { $reason }.
clips-announce-failed-about = Fehlgeschlagen: { $reason } ({ $about }).
clips-announce-about-both = { $model }, „{ $prompt }“
clips-announce-about-prompt = „{ $prompt }“
clips-announce-no-reason = kein Grund angegeben
clips-announce-with-refund = { $sentence } Die Credits wurden erstattet.

## A card

clips-no-prompt = Kein Prompt
clips-saving-label = Wird in Ihrer Bibliothek gespeichert
clips-saving = Wird gespeichert …
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = Gestartet { $started } · fertig { $finished }
clips-card-credits = { $credits } Cr.
clips-card-saved = Gespeichert
clips-card-refunded = Erstattet
clips-card-refunded-title = Die Credits wurden erstattet
clips-card-merge = Zusammengefügt
clips-card-merged-here = Hier zusammengefügt
clips-card-not-on-server = Nicht auf dem Server
clips-card-not-on-server-title = Der Server kennt diesen Auftrag nicht mehr; er wird nicht aktualisiert
clips-actions = Clip-Aktionen
clips-open-file = Datei öffnen
clips-save-to-library = In der Bibliothek speichern
clips-add-to-merge = Zur Montageleiste hinzufügen
clips-in-merge-tip = In der Montageleiste (klicken zum Herausnehmen)
clips-retry = Erneut versuchen
clips-retry-only-here = Nur Aufträge, die in dieser App gestartet wurden, können erneut versucht werden
clips-edit-retry = Bearbeiten & erneut versuchen
clips-edit-retry-tip = Bearbeiten & erneut versuchen: Anfrage ändern, dann generieren
clips-more-actions = Weitere Aktionen

## Preview

clips-preview-label = Vorschau des Ergebnisses
clips-preview-waiting = Wartet auf den Anbieter
clips-preview-rendering = Wird gerendert
clips-preview-not-finished = Noch nicht fertig
clips-preview-unsafe = Ergebnislink ausgeblendet: keine sichere (https-)URL
clips-preview-unplayable = Vorschau hier nicht abspielbar
clips-preview-length = , Länge
clips-play-sound = Mit Ton abspielen

## Takes

clips-stack-takes =
    { $count ->
        [one] { $count } Take
       *[other] { $count } Takes
    }
clips-stack-open-tip =
    { $count ->
        [one] Den { $count } Take zeigen
       *[other] Die { $count } Takes zeigen
    }
clips-stack-close-tip = Takes wieder stapeln (Esc)
clips-takes-title = Takes
clips-take-place = Take { $n } von { $of }
clips-take-made-from = Erstellt aus
clips-take-origin-take = Take { $n }
clips-take-origin-this = diesem Clip
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = einem inzwischen entfernten Clip
clips-take-current = Take { $n } · dieser Clip
clips-take-other = Take { $n } · { $about }
clips-take-picked = markiert
clips-take-rejected = abgelehnt

## Details

clips-detail-back = Neue Generierung
clips-detail-video = Ergebnisvideo
clips-detail-open = Öffnen
clips-copy-link = Link kopieren
clips-detail-retry-only-here = Nur Aufträge, die in dieser App gestartet wurden, können erneut versucht werden
clips-use-prompt = Diesen Prompt verwenden
clips-detail-move = Verschieben
clips-detail-remove = Entfernen
clips-detail-prompt = Prompt
clips-detail-made-from = Erstellt aus
clips-detail-details = Details
clips-detail-job-id = Auftrags-ID
clips-detail-model = Modell
clips-detail-mode = Modus
clips-detail-status = Status
clips-detail-created = Erstellt
clips-detail-completed = Abgeschlossen
clips-detail-length = Cliplänge
clips-detail-credits = Credits
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · erstattet
       *[no] { $credits }
    }
clips-detail-folder = Ordner
clips-detail-origin = Herkunft
clips-detail-origin-app = In dieser App gestartet
clips-detail-origin-history = Aus Ihrem UlazAI-Verlauf
clips-detail-origin-local-merge = Auf diesem Computer zusammengefügt
clips-detail-origin-merge = Ergebnis des Zusammenfügens
clips-detail-server = Server
clips-detail-unknown-to-server = Dem Server unbekannt (wird nicht mehr aktualisiert)
clips-detail-updated = Letzte Änderung
clips-detail-result = Ergebnis
clips-detail-not-https = kein https – nicht geöffnet
clips-detail-settings = Einstellungen
clips-detail-provider = Angaben des Anbieters
clips-detail-none-reported = Keine Angaben.

## Clip menu

clips-menu-title = Clip-Aktionen
clips-unfiled = Ohne Ordner
clips-menu-details = Details anzeigen
clips-menu-reveal = Im Ordner zeigen
clips-menu-copy-path = Dateipfad kopieren
clips-menu-open-browser = Im Browser öffnen
clips-menu-export =
    { $count ->
        [one] Exportieren …
       *[other] { $count } Clips exportieren …
    }
clips-menu-take-out-of-merge = Aus der Montageleiste nehmen
clips-menu-compare = { $count } Clips vergleichen
clips-menu-pick = Markieren
clips-menu-reject = Ablehnen
clips-menu-unflag = Markierung entfernen
clips-menu-rate =
    { $rating ->
        [one] Mit { $rating } Stern bewerten
       *[other] Mit { $rating } Sternen bewerten
    }
clips-menu-clear-stars = Sterne entfernen
clips-menu-delete =
    { $count ->
        [one] Clip löschen …
       *[other] { $count } Clips löschen …
    }
clips-menu-remove-from-library =
    { $count ->
        [one] Aus der Bibliothek entfernen
       *[other] { $count } Clips aus der Bibliothek entfernen
    }
clips-menu-move =
    { $count ->
        [one] Verschieben nach
       *[other] { $count } Clips verschieben nach
    }
clips-menu-move-to =
    { $count ->
        [one] Nach „{ $folder }“ verschieben
       *[other] { $count } Clips nach „{ $folder }“ verschieben
    }
clips-menu-remove-from-view = Aus der Ansicht entfernen
clips-key-enter = Eingabe
clips-key-delete = Entf
clips-key-shift-delete = Umschalt+Entf
clips-menu-current = (aktuell)

## After an action

clips-rendering-again =
    { $count ->
        [one] Der Clip wird erneut gerendert
       *[other] { $count } Clips werden erneut gerendert
    }
clips-retry-failed = Erneuter Versuch nicht möglich
clips-removed-from-view = Aus der Ansicht entfernt
clips-remove-failed = Entfernen nicht möglich
clips-moved =
    { $count ->
        [one] { $count } Clip nach „{ $folder }“ verschoben
       *[other] { $count } Clips nach „{ $folder }“ verschoben
    }
clips-a-folder = Ordner
clips-move-failed = Verschieben nicht möglich
clips-open-failed = Das Ergebnis konnte nicht geöffnet werden

## Empty grid

clips-empty-loading = Ihre Clips werden geladen …
clips-card-loading = Clip wird geladen
clips-empty-welcome = Willkommen bei UlazAI Studio
clips-empty-intro = Rendern Sie KI-Videos mit den Modellen von UlazAI, verfolgen Sie jeden Auftrag bis zum Ende und ordnen Sie die Clips in Ordner oder fügen Sie sie zusammen.
clips-empty-starting-demo = Demo wird gestartet …
clips-empty-try-demo = Demo ausprobieren
clips-empty-add-key = API-Schlüssel hinzufügen
clips-empty-fine = Die Demo läuft auf einem lokalen Simulator: kein Konto, keine Credits. Ihren Schlüssel finden Sie in Ihrem UlazAI-Dashboard; er wird im Schlüsselbund des Systems gespeichert.
clips-empty-no-match = Keine Clips passen zu diesen Filtern
clips-empty-clear-filters = Filter zurücksetzen
clips-empty-folder = Dieser Ordner ist leer
clips-empty-folder-before = Ziehen Sie Karten aus
clips-empty-folder-link = Alle Clips
clips-empty-folder-after = auf einen Ordner, um sie hier abzulegen.
clips-empty-none = Noch keine Clips
clips-empty-none-before = Beschreiben Sie im Bereich rechts eine Szene und klicken Sie auf
clips-empty-none-button = Generieren
clips-empty-none-after = . Die Karten erscheinen hier und werden live aktualisiert.

## Edit & retry

clips-retrying = Erneuter Versuch:
clips-retry-why = Fehlgeschlagen: { $reason }
clips-retry-cancel = Erneuten Versuch abbrechen
