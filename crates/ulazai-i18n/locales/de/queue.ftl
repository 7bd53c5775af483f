queue-add = In die Warteschlange
queue-adding = Wird eingereiht …
queue-import = Liste importieren …
queue-variations = Variationen …

queue-title = Warteschlange
queue-show = Warteschlange einblenden
queue-hide = Warteschlange ausblenden
queue-requests-used = { $used }/{ $limit } Anfragen in dieser Stunde genutzt
queue-pause = Pausieren
queue-resume = Fortsetzen
queue-list = Anfragen in der Warteschlange, in der Reihenfolge, in der sie gesendet werden (der Ziehgriff eines Eintrags verschiebt ihn mit den Pfeiltasten)
queue-reorder = „{ $prompt }“ verschieben, Eintrag { $position } von { $total } (Pfeiltasten verschieben ihn, Pos1 und Ende an ein Ende)
queue-reorder-tip = Zum Sortieren ziehen oder Pfeiltasten nutzen
queue-move-front = Nach vorne
queue-submit-now = Jetzt senden
queue-remove = Entfernen
queue-state =
    { $state ->
        [submitting] Wird gesendet
        [refused] Abgelehnt
       *[other] Eingereiht
    }
queue-when-sending = Wird gesendet …
queue-when-refused = Abgelehnt: { $error }
queue-when-refused-unknown = Von UlazAI abgelehnt
queue-when-paused = Wartet: Die Warteschlange ist pausiert
queue-when-now = Startet jetzt
queue-when-around = Startet gegen { $time }
queue-paused-credits = Die Warteschlange ist pausiert: nicht genug Credits. Laden Sie Credits auf ulazai.com auf und setzen Sie dann fort.
queue-paused-credits-message = Die Warteschlange ist pausiert: nicht genug Credits. { $message } Laden Sie Credits auf ulazai.com auf und setzen Sie dann fort.
queue-paused-key = Die Warteschlange ist pausiert, bis ein gültiger API-Schlüssel festgelegt ist.
queue-paused-user = Die Warteschlange ist pausiert. Bis Sie fortsetzen, wird nichts Neues gesendet.
queue-submit-blocked = Das Stundenlimit ist erreicht ({ $used } von { $limit } Anfragen): „Jetzt senden“ ist um { $time } möglich, in { $wait }.
queue-usually-seconds = meist { $seconds } s bei diesem Modell
queue-usually-minutes = meist { $minutes } min bei diesem Modell

queue-import-title = Prompt-Liste importieren
queue-variations-title = Variationen dieses Prompts
queue-confirm-prompts = Diese Prompts einreihen?
queue-confirm-variations = Diese Variationen einreihen?
queue-close = Schließen
queue-close-tip = Schließen (Esc)
queue-import-hint-lines = Ein Prompt pro Zeile (leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen) oder eine CSV mit Kopfzeile:
queue-import-hint-optional = und optional
queue-import-hint-defaults = Fehlende Werte kommen aus dem Formular.
queue-choose-file = Datei wählen …
queue-paste-label = Oder die Liste einfügen
queue-preview = Vorschau
queue-list-too-large = { $file } ist größer als { $megabytes } MB: zu groß für eine Prompt-Liste.
queue-read-failed = Die Liste konnte nicht gelesen werden: { $error }

queue-source-pasted = Eingefügte Liste
queue-source-variations = Variationen
queue-summary = { $source }: { $summary }
queue-count-prompts =
    { $count ->
        [one] { $count } Prompt
       *[other] { $count } Prompts
    }
queue-count-variations =
    { $count ->
        [one] { $count } Variation
       *[other] { $count } Variationen
    }
queue-left-out-lines =
    { $count ->
        [one] { $count } Zeile wird ausgelassen
       *[other] { $count } Zeilen werden ausgelassen
    }
queue-left-out-combinations =
    { $count ->
        [one] { $count } Kombination wird ausgelassen
       *[other] { $count } Kombinationen werden ausgelassen
    }
queue-items = Einzureihende Prompts
queue-folder-label = Clips in einen neuen Ordner legen (optional)
queue-folder-placeholder = Ordnername
queue-back = Zurück
queue-confirm = { $what } einreihen · { $cost }
queue-queued = { $what } eingereiht

queue-fail-read-list = Die Liste konnte nicht gelesen werden
queue-fail-read-dropped = Die abgelegte Datei konnte nicht gelesen werden
queue-fail-variation-models = Die Modelle für Variationen konnten nicht aufgelistet werden
queue-fail-variations = Die Variationen konnten nicht vorbereitet werden
queue-fail-queue-list = Die Liste konnte nicht eingereiht werden
queue-fail-pause = Die Warteschlange konnte nicht pausiert werden
queue-fail-resume = Die Warteschlange konnte nicht fortgesetzt werden
queue-fail-move = Der Eintrag konnte nicht verschoben werden
queue-fail-remove = Der Eintrag konnte nicht entfernt werden
queue-fail-submit-now = Senden fehlgeschlagen
