# Fehlermeldungen: was schiefging, in einem Satz, und was zu tun ist.
# $server ist der Originalsatz des UlazAI-Servers (Englisch): unverändert einsetzen.
# $status ist ein HTTP-Statuscode.

## Der UlazAI-Server oder das Netzwerk hat abgelehnt

errors-api-invalid-request = UlazAI hat diese Anfrage abgelehnt. Prüfen Sie die Einstellungen des Renderings.
errors-api-invalid-request-says = UlazAI hat diese Anfrage abgelehnt: { $server }
errors-api-unauthorized = UlazAI hat Ihren API-Schlüssel nicht akzeptiert. Prüfen Sie ihn unter Einstellungen → API-Schlüssel.
errors-api-credits = Nicht genug Credits für diesen Batch. Laden Sie Credits auf ulazai.com auf und versuchen Sie es dann erneut.
errors-api-credits-says = Nicht genug Credits für diesen Batch. Laden Sie Credits auf ulazai.com auf und versuchen Sie es dann erneut. (UlazAI meldet: { $server })
errors-api-forbidden = Ihre Web-Sitzung auf ulazai.com ist abgelaufen oder wurde abgelehnt. Melden Sie sich unter Einstellungen → Web-Konto erneut an und versuchen Sie es dann noch einmal.
errors-api-not-found = UlazAI kennt dieses Modell oder Rendering nicht.
errors-api-not-found-says = UlazAI kennt dieses Modell oder Rendering nicht. (UlazAI meldet: { $server })
errors-api-rate-limited-at = Das Anfragelimit von UlazAI ist erreicht. Sie können es { $wait } erneut versuchen.
errors-api-rate-limited = Das Anfragelimit von UlazAI ist erreicht (24 neue Batches pro Stunde). Warten Sie einige Minuten und versuchen Sie es dann erneut.
errors-api-server = Bei UlazAI ist ein Problem aufgetreten (HTTP { $status }). Versuchen Sie es gleich noch einmal.
errors-api-network-connect = UlazAI ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung; die App versucht es weiter.
errors-api-network-timeout = UlazAI hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung; die App versucht es weiter.
errors-api-network-reset = Die Verbindung zu UlazAI ist abgebrochen. Prüfen Sie Ihre Verbindung; die App versucht es weiter.
errors-api-network-other = Ein Netzwerkproblem hat die Anfrage an UlazAI unterbrochen. Prüfen Sie Ihre Verbindung; die App versucht es weiter.
errors-api-unreadable = UlazAI hat eine Antwort gesendet, die die App nicht lesen kann (HTTP { $status }). Versuchen Sie es gleich noch einmal; passiert es weiterhin, braucht die App vielleicht ein Update.
errors-api-unexpected = UlazAI hat unerwartet geantwortet (HTTP { $status }). Versuchen Sie es später erneut.
errors-api-no-credentials = Kein API-Schlüssel festgelegt. Fügen Sie Ihren UlazAI-API-Schlüssel unter Einstellungen → API-Schlüssel hinzu.
errors-api-bad-url = Die Serveradresse ist nicht verwendbar: { $reason }

## Wann es nach einem Anfragelimit wieder geht (in errors-api-rate-limited-at)

errors-wait-second = in einer Sekunde
errors-wait-seconds = in { $seconds } Sekunden
errors-wait-minutes =
    { $minutes ->
        [one] in { $minutes } Minute
       *[other] in { $minutes } Minuten
    }
errors-wait-hours =
    { $hours ->
        [one] in { $hours } Stunde
       *[other] in { $hours } Stunden
    }

## Eine Anfrage, die das Formular vor dem Senden ändern muss

errors-list-or = { $head } oder { $last }
errors-seconds = { $seconds } s
errors-input-image-link = Eingabebild { $number } ist kein verwendbarer Link: { $reason }.
errors-input-video-link = Eingabevideo { $number } ist kein verwendbarer Link: { $reason }.
errors-batch-size = Ein Batch umfasst 1 bis 4 Renderings.
errors-batch-one = { $model } rendert nur eins auf einmal; setzen Sie den Batch auf 1.
errors-batch-size-model = Ein Batch mit { $model } umfasst 1 bis { $max } Renderings.
errors-choose-model = Wählen Sie ein Modell.
errors-unknown-model = UlazAI hat kein Modell „{ $slug }“. Wählen Sie eines aus der Liste.
errors-prompt-needed = Schreiben Sie einen Prompt: { $model } braucht einen.
errors-prompt-too-long = { $model } akzeptiert Prompts mit bis zu { $max } Zeichen; dieser hat { $length }.
errors-ratio-only = { $model } rendert nur { $ratio }.
errors-choose-ratio = Wählen Sie ein Seitenverhältnis: { $choices }.
errors-duration-only = { $model } rendert nur Clips mit { $seconds } s.
errors-choose-duration = Wählen Sie eine Dauer: { $choices }.
errors-choose-quality = Wählen Sie eine Qualität: { $choices }.
errors-no-quality = { $model } hat keine Qualitätsstufen; lassen Sie die Qualität leer.
errors-no-sound = { $model } rendert ohne Ton; schalten Sie den Ton aus.
errors-input-count =
    { $kind ->
        [image]
            { $count ->
                [one] ein Eingabebild
               *[other] { $count } Eingabebilder
            }
       *[video]
            { $count ->
                [one] ein Eingabevideo
               *[other] { $count } Eingabevideos
            }
    }
errors-input-none =
    { $kind ->
        [image] { $model } nimmt keine Eingabebilder an; entfernen Sie sie.
       *[video] { $model } nimmt keine Eingabevideos an; entfernen Sie sie.
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } braucht genau { $inputs }.
       *[video] { $model } braucht genau { $inputs }.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } braucht mindestens { $inputs }.
       *[video] { $model } braucht mindestens { $inputs }.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } nimmt höchstens { $inputs } an.
       *[video] { $model } nimmt höchstens { $inputs } an.
    }
errors-choose-orientation = Wählen Sie eine Figurenausrichtung: Video (Clips bis 30 s) oder Bild (bis 10 s).
errors-orientation-duration =
    { $orientation ->
        [video] Mit Ausrichtung „Video“ sind Clips bis zu { $seconds } s lang.
        [image] Mit Ausrichtung „Bild“ sind Clips bis zu { $seconds } s lang.
       *[other] Mit Ausrichtung „{ $orientation }“ sind Clips bis zu { $seconds } s lang.
    }
errors-orientation-not-motion = Die Figurenausrichtung gilt nur für Motion-Control-Modelle.

## Ein Clip, Ordner oder Eintrag der Warteschlange, der nicht (mehr) da ist

errors-missing-job = Dieser Clip ist nicht mehr in der App.
errors-retry-unknown-settings = Dieser Clip wurde nicht in dieser App gestartet, daher sind seine Einstellungen unbekannt. Starten Sie ihn erneut über das Formular.
errors-queue-empty = Nichts einzureihen.
errors-queue-full = Die Warteschlange fasst höchstens { $max } Einträge.
errors-folder-gone = Dieser Ordner existiert nicht mehr.
errors-queue-item-gone = Dieser Clip wartet nicht mehr in der Warteschlange.
errors-folder-gone-any-more = Dieser Ordner existiert nicht (mehr).
errors-queued-clip-gone = Dieser Clip in der Warteschlange existiert nicht (mehr).
errors-merge-gone = Diese Zusammenführung existiert nicht (mehr).
errors-fields-highlighted = Einige Einstellungen dieses Renderings müssen geändert werden (siehe die markierten Felder).

## Clips zusammenführen

errors-merge-too-few = Wählen Sie mindestens zwei Clips zum Zusammenführen.
errors-merge-too-many = Höchstens { $max } Clips lassen sich auf einmal zusammenführen.
errors-merge-duplicate = Ein Clip ist doppelt aufgeführt.
errors-merge-not-completed = Nur fertige Clips lassen sich zusammenführen.
errors-merge-session-expired = Ihre Web-Sitzung auf ulazai.com ist abgelaufen. Verbinden Sie sich in den Einstellungen neu oder nutzen Sie „Auf diesem Computer zusammenführen“.
errors-merge-no-ffmpeg = Zum Zusammenführen auf diesem Computer wird ffmpeg benötigt, das nicht installiert ist. { $how }

## Markierungen (Auswahl / Ablehnen, Sterne) und Ordnernamen

errors-marks-stars = Ein Clip hat 1 bis { $max } Sterne (0 entfernt sie): { $stars } Sterne sind keine Bewertung.
errors-marks-nothing = Wählen Sie eine Markierung oder eine Anzahl Sterne.
errors-marks-no-clips = Wählen Sie mindestens einen Clip zum Markieren aus.
errors-folder-name-empty = Der Ordnername darf nicht leer sein.
errors-folder-name-too-long = Der Ordnername ist zu lang (höchstens { $max } Zeichen).

## Das Ergebnis eines Clips öffnen

errors-no-result-to-open = Dieses Rendering hat noch kein Ergebnis zum Öffnen.

## Vom Fenster selbst geschrieben, wenn ein Fehler ohne Satz kam

errors-ui-rate-limited-at = Das Anfragelimit von UlazAI ist erreicht. Sie können es um { $time } erneut versuchen, in { $wait }.
errors-ui-rate-limited = Das Anfragelimit von UlazAI ist erreicht. Warten Sie einige Minuten und versuchen Sie es dann erneut.
errors-ui-credits = Nicht genug Credits für diesen Batch. Laden Sie Credits auf ulazai.com auf oder verringern Sie die Anzahl.
errors-ui-unknown = Etwas ist schiefgelaufen ({ $code }).

## Das System konnte es nicht ausführen (öffnen, anzeigen, ziehen)

errors-open-file = Die Datei konnte nicht geöffnet werden: { $reason }
errors-reveal-file = Die Datei konnte nicht angezeigt werden: { $reason }
errors-open-result = Das Ergebnis konnte nicht geöffnet werden: { $reason }
errors-drag-out = Das Ziehen konnte nicht gestartet werden: { $reason }

## Abgelehnte Anfragen des Fensters

errors-still-starting = Die App startet noch.
errors-engine-failed = Die App konnte ihre Render-Engine nicht verbinden: { $reason }
errors-delete-none = Wählen Sie mindestens einen Clip zum Löschen aus.
errors-undo-gone = Dieses Löschen lässt sich nicht mehr rückgängig machen.
errors-move-none = Wählen Sie mindestens einen Clip zum Verschieben aus.
errors-key-empty = Fügen Sie Ihren UlazAI-API-Schlüssel ein.
errors-key-shape = Das sieht nicht wie ein API-Schlüssel aus (Schlüssel sehen aus wie ulazai_live_…).
errors-sort-place = Eine Sortierung gilt für alle Clips, „Ohne Ordner“ oder einen Ordner.
errors-sort-order = Das ist keine Sortierung.
errors-import-kind = Legen Sie eine Prompt-Liste ab: eine .txt-Datei (ein Prompt pro Zeile) oder eine .csv-Datei.
errors-import-too-large = Dieser Text ist größer als 4 MB: zu groß für eine Prompt-Liste.

## App-Updates: warum eine Prüfung oder Installation abgelehnt wurde

errors-update-not-configured = Für diesen Build von UlazAI Studio ist kein Update-Server eingerichtet.
errors-update-nothing-offered = Kein Update ist zur Installation bereit: Suchen Sie zuerst nach Updates.
errors-update-merge-running = Eine Zusammenführung läuft: Installieren Sie das Update, wenn sie fertig ist.
errors-update-submitting = Ein Rendering wird gerade gesendet: Installieren Sie das Update gleich.
errors-update-installing = Das Update wird bereits installiert.
errors-update-older = Der Update-Server bietet Version { $offered } an, die älter ist als diese ({ $running }). Sie wurde abgelehnt; nichts wurde installiert.
errors-update-bad-version = Der Update-Server bietet eine Version an, die keine Versionsnummer ist („{ $version }“). Sie wurde abgelehnt; nichts wurde installiert.
errors-update-not-manifest = Die Antwort des Update-Servers ist kein Update-Manifest ({ $reason }). Sie wurde abgelehnt; nichts wurde installiert.
errors-update-no-package = Das Update enthält kein Paket für diese Installationsart ({ $reason }); nichts wurde installiert.
errors-update-not-https = Die Adresse des Update-Servers ist nicht https, daher wurde er nicht gefragt; nichts wurde installiert.
errors-update-check-failed = Die Suche nach Updates ist fehlgeschlagen: { $reason }.
errors-update-signed-mismatch = Das heruntergeladene Paket wurde für Version { $signed } signiert, nicht für die vom Update-Server angekündigte { $announced }. Es wurde abgelehnt; nichts wurde installiert.
errors-update-bad-signature = Das heruntergeladene Update ist nicht mit dem Schlüssel von UlazAI Studio signiert ({ $reason }). Es wurde abgelehnt; nichts wurde installiert.
errors-update-cut-short = Der Download des Updates wurde abgebrochen ({ $reason }); nichts wurde installiert. Versuchen Sie es später erneut.
errors-update-network = Das Update konnte nicht heruntergeladen werden: { $reason }; nichts wurde installiert.
errors-update-download-failed = Das Update konnte nicht heruntergeladen werden ({ $reason }); nichts wurde installiert.
errors-update-wrong-package = Das heruntergeladene Update ist kein Paket für diese Installationsart (ungültiges Format); nichts wurde installiert.
errors-update-no-admin = Administratorrechte wurden nicht erteilt; nichts wurde installiert.
errors-update-package-manager = Die Paketverwaltung hat das Update nicht installiert (abgebrochen oder fehlgeschlagen); die App ist unverändert.
errors-update-install-failed = Das Update konnte nicht installiert werden ({ $reason }); die App ist unverändert.
errors-import-unreadable = { $file } kann nicht gelesen werden: { $reason }.
errors-import-not-file = { $file } ist keine normale Datei; legen Sie eine Prompt-Liste ab (eine .txt- oder .csv-Datei).
errors-import-file-too-large = { $file } ist größer als 4 MB: zu groß für eine Prompt-Liste.
errors-import-not-text = { $file } ist kein reiner Text (UTF-8).

## Der Schlüsselbund des Systems (dort liegt der API-Schlüssel)

errors-keyring-unavailable =
    { $system ->
        [macos] Der macOS-Schlüsselbund konnte nicht verwendet werden. Erlauben Sie UlazAI Studio den Zugriff auf den Schlüsselbund oder behalten Sie den Schlüssel bis zum Beenden.
        [windows] Die Windows-Anmeldeinformationsverwaltung konnte nicht verwendet werden. Prüfen Sie, ob sie läuft, oder behalten Sie den Schlüssel bis zum Beenden.
       *[other] Kein Schlüsselbund des Systems verfügbar. Installieren und entsperren Sie GNOME Keyring oder KWallet oder behalten Sie den Schlüssel bis zum Beenden.
    }
errors-keyring-no-entry = Der Schlüssel wurde im Schlüsselbund nicht gefunden.
errors-keyring-unreadable = Der Schlüsselbund enthält einen unlesbaren Wert für den Schlüssel.
errors-keyring-refused = Der Schlüsselbund hat „{ $attribute }“ abgelehnt.
errors-keyring-refused-why = Der Schlüsselbund hat „{ $attribute }“ abgelehnt: { $reason }.
errors-keyring-ambiguous = Der Schlüsselbund enthält mehrere UlazAI-Schlüssel; entfernen Sie sie mit Ihrer Schlüsselbundverwaltung.
errors-keyring-failed = Der Schlüsselbund des Systems ist fehlgeschlagen.
errors-keyring-partial = Der Schlüsselbund enthält nur einen Teil eines gespeicherten Geheimnisses.
errors-keyring-interrupted = Der Zugriff auf den Schlüsselbund wurde unterbrochen.

## Das Video eines Clips in der Bibliothek speichern

errors-download-http-expired = Der Download-Link ist abgelaufen oder nicht erlaubt (HTTP { $status }). Aktualisieren Sie das Rendering und versuchen Sie es erneut.
errors-download-http-gone = Das Video ist auf dem Server nicht mehr verfügbar (HTTP { $status }).
errors-download-http-server = Beim Senden des Videos ist auf dem Server ein Problem aufgetreten (HTTP { $status }). Versuchen Sie es später erneut.
errors-download-http-refused = Der Server hat den Download abgelehnt (HTTP { $status }).
errors-download-network = Der Download ist fehlgeschlagen: { $reason }. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
errors-download-incomplete = Der Download war unvollständig ({ $got } von { $expected } Bytes). Versuchen Sie es erneut.
errors-download-io = Das Video konnte nicht gespeichert werden: { $reason }
errors-download-cancelled = Der Download wurde abgebrochen.
errors-download-bad-url = Von dieser Videoadresse kann nicht heruntergeladen werden: { $reason }
errors-download-not-video = Der Server hat etwas gesendet, das kein Video ist (keine MP4-, MOV-, Matroska- oder WebM-Datei); es wurde nicht gespeichert.
errors-download-too-large = Das Video ist zu groß zum Herunterladen (über { $limit }); es wurde nicht gespeichert.
errors-download-timed-out = Der Download hat zu lange gedauert (über { $took }) und wurde gestoppt. Versuchen Sie es erneut.
errors-took-second = eine Sekunde
errors-took-seconds = { $seconds } Sekunden
errors-took-minutes = { $minutes } Minuten
errors-download-no-result = Dieser Clip hat noch kein Ergebnis zum Herunterladen.
errors-download-folder = Der Clip kann nicht in { $folder } gespeichert werden: { $reason }
errors-clip-not-saved = Dieser Clip ist (noch) nicht in der Bibliothek.
errors-clip-file-refused = Die Datei dieses Clips ist kein Video im Bibliotheksordner; sie wird nicht verwendet.

errors-sign-in-window = Das Anmeldefenster konnte nicht geöffnet werden: { $reason }

## Importing a prompt list
errors-import-line = Zeile { $line }
errors-import-prompt-empty = Der Prompt ist leer.
errors-import-duration = Die Dauer „{ $value }“ ist keine Zahl von Sekunden.
errors-import-count = Die Anzahl „{ $value }“ ist keine Zahl von Clips (1 bis 4).
errors-import-too-many = Nur die ersten { $max } Prompts einer Datei werden gelesen; verteilen Sie den Rest auf eine weitere Datei.
errors-import-empty = Die Datei enthält keine Prompts (leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen).
errors-import-csv-unreadable = Diese Zeile lässt sich nicht als CSV lesen: { $reason }.
errors-import-csv-no-prompt = Die erste Zeile muss die Spalten benennen, darunter eine Spalte „prompt“ (die Spalten: { $columns }).
errors-import-csv-unknown = Spalte { $columns } wird nicht verwendet (die Spalten: { $known }).
errors-import-csv-twice = Spalte { $columns } ist doppelt benannt; die erste wird verwendet.
errors-import-csv-extra = Diese Zeile hat mehr Zellen, als die Kopfzeile benennt ({ $count }).
errors-variations-too-many = Höchstens { $max } Variationen auf einmal.
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } (am nächsten an { $asked }, das { $model } nicht anbietet)

## Außerhalb einer Befehlsantwort ans Fenster gesendet.

errors-queue-no-key = Fügen Sie Ihren UlazAI-API-Schlüssel hinzu, um die Warteschlange zu senden.
errors-web-session-unreadable = Angemeldet, aber die Web-Sitzung konnte nicht gelesen werden. Versuchen Sie es erneut.
errors-web-session-until-quit = Die Web-Sitzung bleibt nur bis zum Beenden erhalten: Der Schlüsselbund des Systems konnte nicht verwendet werden ({ $reason })
errors-web-session-expired = Ihre Web-Sitzung auf ulazai.com ist abgelaufen. Verbinden Sie sich neu, um Ordner abzugleichen und auf dem Server zusammenzufügen.
errors-folder-sync-expired = Die Web-Sitzung ist abgelaufen: Der Ordner bleibt hier erhalten und wird auf ulazai.com angelegt, sobald Sie sich neu verbinden.
errors-merge-reencoded = Neu codiert: { $why }.
errors-merge-cancelled = Zusammenfügen abgebrochen.
errors-merge-clip-download = Clip { $number } konnte nicht heruntergeladen werden: { $reason }
errors-merge-save = Das zusammengefügte Video kann nicht gespeichert werden: { $reason }
errors-settings-language = Das Studio spricht die Sprache „{ $code }“ nicht.
errors-settings-server = Die Serveradresse ist nicht verwendbar: { $reason }.
errors-settings-max-download = Der größte Download muss zwischen 1 MiB und { $max } MiB liegen.
errors-settings-ffmpeg = Dieses ffmpeg ist nicht verwendbar: { $problem }.
errors-settings-save = Die Einstellungen konnten nicht gespeichert werden: { $reason }
errors-sort-order-save = Die Sortierung konnte nicht gespeichert werden: { $reason }
errors-update-unpacked = Diese Kopie von UlazAI Studio wurde nicht aus einem Paket installiert und kann sich daher nicht selbst ersetzen. Laden Sie Version { $version } von { $url } herunter.
errors-update-no-pkexec = Zum Installieren eines { $package }-Pakets sind Administratorrechte nötig, und auf diesem System gibt es kein pkexec, um sie anzufordern. Laden Sie Version { $version } von { $url } herunter und installieren Sie sie mit Ihrer Paketverwaltung.
errors-store-unusable = Ihre Aufträge können nicht gespeichert werden: { $reason }. Sie bleiben bis zum Beenden im Speicher.

errors-trash-move = Die Datei des Clips konnte nicht in den Papierkorb verschoben werden: { $reason }
errors-trash-restore = Die Datei des Clips konnte nicht aus dem Papierkorb zurückgeholt werden: { $reason }
errors-trash-gone = Die Datei des Clips ist nicht mehr im Papierkorb.
errors-trash-taken = Unter { $path } liegt bereits eine Datei; die Datei des Clips bleibt im Papierkorb.
errors-trash-put-back = Die Datei des Clips liegt im Papierkorb: Stellen Sie sie im Finder mit „Zurücklegen“ wieder her.

errors-poll-slow-down = Der Server bittet um eine Pause (429).
errors-poll-server = Beim Server ist ein Problem aufgetreten ({ $status }).
errors-poll-timeout = Der Server hat nicht rechtzeitig geantwortet.
errors-poll-connect = Der Server ist nicht erreichbar.
errors-poll-interrupted = Die Verbindung zum Server wurde unterbrochen.
errors-poll-unreadable = Der Server hat eine unlesbare Antwort gesendet.
errors-poll-unexpected = Unerwartete Antwort vom Server ({ $answer }).

errors-ffmpeg-not-found = ffmpeg wurde auf diesem Computer nicht gefunden. { $how }
errors-ffmpeg-chosen = Das in den Einstellungen gewählte ffmpeg ist nicht verwendbar: { $problem }. Wählen Sie unter Einstellungen → Bibliothek („ffmpeg zum Zusammenfügen auf diesem Computer“) ein anderes oder nutzen Sie das auf diesem Computer gefundene („ffmpeg aus PATH verwenden“).
errors-ffmpeg-probe = Ein Clip konnte nicht gelesen werden: { $reason }
errors-ffmpeg-failed-code-says = ffmpeg konnte die Clips nicht zusammenfügen (Exit-Code { $code }): { $tail }
errors-ffmpeg-failed-code = ffmpeg konnte die Clips nicht zusammenfügen (Exit-Code { $code }).
errors-ffmpeg-failed-says = ffmpeg konnte die Clips nicht zusammenfügen: { $tail }
errors-ffmpeg-failed = ffmpeg konnte die Clips nicht zusammenfügen.
errors-ffmpeg-cancelled = Das Zusammenfügen wurde abgebrochen.
errors-ffmpeg-io = Das zusammengefügte Video konnte nicht gespeichert werden: { $reason }
errors-ffmpeg-bad-path = Ein Clip kann nicht zusammengeführt werden: { $reason }
errors-ffmpeg-bad-trim = Ein Trimmbereich ist nicht verwendbar: { $reason }
