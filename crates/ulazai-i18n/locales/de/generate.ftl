generate-title = Neue Generierung

generate-field-model = Modell
generate-field-prompt = Prompt
generate-field-aspect-ratio = Seitenverhältnis
generate-field-duration = Dauer
generate-field-quality = Qualität
generate-field-images = Bilder
generate-field-videos = Videos
generate-field-sound = Ton
generate-field-orientation = Ausrichtung
generate-field-count = Anzahl

generate-starting = Wird gestartet …
generate-reason-fix-key = Korrigieren Sie Ihren API-Schlüssel, um zu generieren
generate-reason-add-key = Fügen Sie Ihren API-Schlüssel hinzu (oder probieren Sie die Demo aus), um zu generieren
generate-reason-choose-model = Wählen Sie ein Modell
generate-reason-hourly-limit = Stundenlimit erreicht – wird um { $time } zurückgesetzt
generate-reason-hourly-limit-hour = Stundenlimit erreicht – wird zur vollen Stunde zurückgesetzt
generate-reason-prompt-too-long = Der Prompt ist für dieses Modell zu lang
generate-reason-field = { $field }: { $message }
generate-reason-fix-fields =
    { $count ->
        [one] Korrigieren Sie { $count } Feld, um zu generieren
       *[other] Korrigieren Sie { $count } Felder, um zu generieren
    }
generate-reason-checking = Wird geprüft …

generate-models-loading = Modelle werden geladen …
generate-models-no-key = Noch keine Modelle: API-Schlüssel hinzufügen
generate-models-no-key-why = Die Modellliste kommt mit Ihrem API-Schlüssel von UlazAI.
generate-models-failed = Modelle konnten nicht geladen werden
generate-model-option-credits = { $credits } Cr.
generate-model-engine-unknown = Unbekannte Engine
generate-model-price =
    { $credits ->
        [one] { $credits } Credit pro Clip
       *[other] { $credits } Credits pro Clip
    }
generate-model-price-unknown = Preis unbekannt
generate-demo-try = Demo ausprobieren
generate-demo-starting = Demo wird gestartet …
generate-add-key = API-Schlüssel hinzufügen

generate-prompt-optional = (optional)
generate-prompt-placeholder = Beschreiben Sie die Szene: Motiv, Handlung, Kamera, Licht …
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left =
    { $left ->
        [one] Noch { $left } Zeichen
       *[other] Noch { $left } Zeichen
    }
generate-prompt-over =
    { $over ->
        [one] { $over } Zeichen über dem Limit von { $max }
       *[other] { $over } Zeichen über dem Limit von { $max }
    }
generate-key-ctrl = Strg
generate-key-alt = Alt
generate-key-enter = Eingabe
generate-keys-generate = generiert
generate-keys-recent = letzte Prompts
generate-history-open = Zuletzt
generate-history-search = Letzte Prompts durchsuchen
generate-history-list = Letzte Prompts
generate-history-none = Kein passender Prompt

generate-duration-not-offered = { $seconds } s (nicht angeboten)
generate-orientation-video = Aus dem Video (≤ 30 s)
generate-orientation-image = Aus dem Bild (≤ 10 s)
generate-sound-hint = Eine Tonspur generieren
generate-count-label = Clips in diesem Batch
generate-count-fewer = Weniger Clips
generate-count-more = Mehr Clips
generate-up-to = bis zu { $max }
generate-urls-at-least = mindestens { $min }
generate-urls-exactly = genau { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = optional
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] Bild { $index } entfernen
       *[other] Video { $index } entfernen
    }
generate-url-remove-tip = Entfernen
generate-url-add =
    { $kind ->
        [image] Bild-URL hinzufügen
       *[other] Video-URL hinzufügen
    }

generate-error-dismiss = Schließen
generate-cost-formula = { $credits } × { $count }
generate-cost-label = Kosten
generate-cost-unknown = unbekannt
generate-submit =
    { $count ->
        [1] Generieren
       *[other] { $count } Clips generieren
    }

generate-quoted-prompt = „{ $prompt }“
generate-retry-failed-clip = ein fehlgeschlagener Clip
generate-retry-no-reason = Es wurde kein Grund angegeben.
generate-reuse-retry = Das Formular enthält die fehlgeschlagene Anfrage: Bearbeiten Sie sie und klicken Sie dann auf „Generieren“, um es erneut zu versuchen.
generate-reuse = Das Formular enthält den Prompt und die Einstellungen dieses Clips und kann bearbeitet werden.

generate-variations-need-prompt = Schreiben Sie zuerst den Prompt ins Formular: Variationen wiederholen ihn über Modelle, Seitenverhältnisse und Dauern hinweg.
generate-variations-models = Modelle
generate-variations-unable =
    { $count ->
        [one] { $count } Modell braucht andere Eingaben
       *[other] { $count } Modelle brauchen andere Eingaben
    }
generate-variations-pick = { $model }: was variiert wird
generate-variations-price = { $cost } pro Clip
generate-variations-preview =
    { $count ->
        [one] Vorschau: { $count } Variation
       *[other] Vorschau: { $count } Variationen
    }
