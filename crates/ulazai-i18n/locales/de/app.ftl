app-skip-to-clips = Zu den Clips springen
app-title-all = Alle Clips
app-title-unfiled = Ohne Ordner
app-title-folder = Ordner
app-region-clips = Clips
app-region-details = Clip-Details
app-region-new = Neue Generierung
app-grid-label = { $title }: Clips, { $sort }
app-rate-reached-at = Stundenlimit erreicht · wieder ab { $time }
app-rate-reached = Stundenlimit erreicht
app-rate-limit-tip = Limit: { $limit } pro Stunde
app-conn-reconnecting = Verbindet erneut
app-conn-reconnecting-tip = UlazAI antwortet nicht; die App versucht es selbstständig erneut
app-conn-offline = Offline
app-conn-offline-tip = Keine Verbindung zu UlazAI
app-conn-online = Online
app-conn-online-tip = UlazAI hat geantwortet
app-conn-idle = Nicht verbunden
app-conn-idle-waiting-tip = Warten auf Antwort von UlazAI
app-conn-idle-no-key-tip = Fügen Sie Ihren API-Schlüssel hinzu (oder probieren Sie die Demo aus), um sich mit UlazAI zu verbinden
app-demo-badge = Demo
app-demo-tip = Clips werden von einem lokalen Simulator gerendert; es werden keine Credits verbraucht
app-key-set = Schlüssel gesetzt
app-key-valid-tip =
    { $storage ->
        [until_quit] API-Schlüssel (bis zum Beenden behalten)
       *[other] API-Schlüssel im Schlüsselbund des Systems
    }
app-key-unverified-tip = API-Schlüssel noch nicht geprüft
app-key-rejected = Schlüssel abgelehnt
app-key-rejected-tip = Der Server hat den API-Schlüssel abgelehnt
app-key-none = Kein API-Schlüssel
app-key-none-tip = Fügen Sie Ihren API-Schlüssel in den Einstellungen hinzu
app-settings = Einstellungen
app-settings-tip = Einstellungen ({ $keys })
app-menu = Menü
app-menu-tip = Menü: Tastenkürzel, Einstellungen
app-menu-shortcuts = Tastenkürzel
app-menu-settings = Einstellungen
app-dismiss = Ausblenden
app-try-again = Erneut versuchen
app-banner-boot-error = Das Backend der App hat nicht geantwortet.
app-banner-store-notice = Ihre Aufträge werden nicht gespeichert.
app-banner-set-aside-title = Ihre Clip-Bibliothek war beschädigt.
app-banner-set-aside-before = Sie wurde als
app-banner-set-aside-after = im Datenordner der App beiseitegelegt; Clips, die der Server noch kennt, sind wieder da.
app-banner-offline-title = Sie sind offline.
app-banner-offline = { $reason }. Laufende Renderings gehen auf UlazAI weiter; ihre Karten aktualisieren sich, sobald die Verbindung zurück ist.
app-banner-backoff-title = UlazAI ist schwer erreichbar
app-banner-backoff-retry = ({ $reason }). Nächster Versuch:
app-banner-backoff-soon = gleich
app-banner-backoff-countdown = ({ $countdown })
app-banner-backoff-end = .
app-banner-session-title = Ihre Websitzung bei ulazai.com ist abgelaufen.
app-banner-session = Ordner und Clips sind hier sicher; verbinden Sie sich neu, um Ordner zu synchronisieren und auf dem Server zusammenzufügen (Zusammenfügen auf diesem Computer funktioniert weiterhin).
app-reconnect = Neu verbinden
app-banner-key-invalid-title = Ihr API-Schlüssel wurde abgelehnt.
app-banner-key-invalid = Aktualisierungen sind pausiert, bis ein gültiger Schlüssel gesetzt ist.
app-fix-key = Schlüssel korrigieren
app-banner-keyring-title = Der Schlüsselbund des Systems ist nicht verfügbar.
app-banner-keyring-default = Ihr API-Schlüssel kann auf diesem Computer nicht sicher gespeichert werden.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] Ihr Schlüssel wird bis zum Beenden der App behalten.
       *[other] Sie können Ihren Schlüssel bis zum Beenden der App behalten.
    }
app-open-settings = Einstellungen öffnen
app-banner-rate-title = Stündliches Generierungslimit erreicht.
app-banner-rate-retry = Neue Generierungen sind ab { $time } möglich ({ $countdown }).
app-banner-rate-running = Laufende Renderings sind nicht betroffen.
app-banner-models-title = Die Modellliste konnte nicht geladen werden.
app-toast-error = Fehler
app-toast-notice = Hinweis
app-toast-undo = Rückgängig
app-web-connected = Web-Konto verbunden
app-web-disconnected = Web-Konto getrennt
app-signin-failed = Das Anmeldefenster konnte nicht geöffnet werden
app-disconnect-failed = Trennen fehlgeschlagen
app-folder-sync-failed = Ordner „{ $name }“ ist noch nicht auf ulazai.com: { $message }
app-folder-sync-retrying = Ordner „{ $name }“ ist noch nicht auf ulazai.com: { $message } Neuer Versuch läuft …
app-download-failed = Ein Download in Ihre Bibliothek ist fehlgeschlagen: { $message }
app-export-failed = Der Export ist fehlgeschlagen: { $message }
app-merge-failed = Das Zusammenfügen ist fehlgeschlagen: { $message }
app-unknown-error = unbekannter Fehler
app-merged-local = Auf diesem Computer zusammengefügt
app-merged-local-copied = Auf diesem Computer zusammengefügt (ohne Neucodierung)
app-merge-cancelled = Zusammenfügen abgebrochen
app-demo-started = Demo gestartet – Clips werden von einem lokalen Simulator gerendert, ohne Credits
app-demo-failed = Die Demo konnte nicht gestartet werden
app-key-kept = API-Schlüssel bis zum Beenden behalten
app-key-saved = API-Schlüssel im Schlüsselbund des Systems gespeichert
app-key-removed = API-Schlüssel entfernt
app-settings-not-saved = Einstellungen nicht gespeichert: { $error }
app-something-wrong = Etwas ist schiefgelaufen.

app-failed-because = { $what }: { $why }
