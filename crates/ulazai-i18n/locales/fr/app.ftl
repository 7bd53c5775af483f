app-skip-to-clips = Aller aux clips
app-title-all = Tous les clips
app-title-unfiled = Sans dossier
app-title-folder = Dossier
app-region-clips = Clips
app-region-details = Détails du clip
app-region-new = Nouvelle génération
app-grid-label = { $title } : clips, { $sort }
app-rate-reached-at = Limite horaire atteinte · réinitialisée à { $time }
app-rate-reached = Limite horaire atteinte
app-rate-limit-tip = Limite : { $limit } par heure
app-conn-reconnecting = Reconnexion
app-conn-reconnecting-tip = UlazAI ne répond pas ; l’app réessaie d’elle-même
app-conn-offline = Hors ligne
app-conn-offline-tip = Aucune connexion à UlazAI
app-conn-online = En ligne
app-conn-online-tip = UlazAI a répondu
app-conn-idle = Non connecté
app-conn-idle-waiting-tip = En attente de la réponse d’UlazAI
app-conn-idle-no-key-tip = Ajoutez votre clé d’API (ou essayez la démo) pour vous connecter à UlazAI
app-demo-badge = Démo
app-demo-tip = Les clips sont rendus par un simulateur local ; aucun crédit n’est utilisé
app-key-set = Clé définie
app-key-valid-tip =
    { $storage ->
        [until_quit] Clé d’API (conservée jusqu’à la fermeture)
       *[other] Clé d’API dans le trousseau du système
    }
app-key-unverified-tip = Clé d’API pas encore vérifiée
app-key-rejected = Clé refusée
app-key-rejected-tip = Le serveur a refusé la clé d’API
app-key-none = Aucune clé d’API
app-key-none-tip = Ajoutez votre clé d’API dans les Réglages
app-settings = Réglages
app-settings-tip = Réglages ({ $keys })
app-menu = Menu
app-menu-tip = Menu : raccourcis clavier, Réglages
app-menu-shortcuts = Raccourcis clavier
app-menu-settings = Réglages
app-dismiss = Fermer
app-try-again = Réessayer
app-banner-boot-error = Le moteur de l’app n’a pas répondu.
app-banner-store-notice = Vos tâches ne sont pas enregistrées.
app-banner-set-aside-title = Votre bibliothèque de clips était endommagée.
app-banner-set-aside-before = Elle a été mise de côté sous le nom
app-banner-set-aside-after = dans le dossier de données de l’app ; les clips encore connus du serveur sont revenus.
app-banner-offline-title = Vous êtes hors ligne.
app-banner-offline = { $reason }. Les rendus en cours continuent sur UlazAI ; leurs cartes se mettront à jour au retour de la connexion.
app-banner-backoff-title = UlazAI est difficile à joindre
app-banner-backoff-retry = ({ $reason }). Prochain essai :
app-banner-backoff-soon = bientôt
app-banner-backoff-countdown = ({ $countdown })
app-banner-backoff-end = .
app-banner-session-title = Votre session web ulazai.com a expiré.
app-banner-session = Vos dossiers et clips sont en sécurité ici ; reconnectez-vous pour synchroniser les dossiers et fusionner sur le serveur (la fusion sur cet ordinateur fonctionne toujours).
app-reconnect = Se reconnecter
app-banner-key-invalid-title = Votre clé d’API a été refusée.
app-banner-key-invalid = Les mises à jour sont suspendues jusqu’à ce qu’une clé valide soit définie.
app-fix-key = Corriger la clé
app-banner-keyring-title = Le trousseau du système est indisponible.
app-banner-keyring-default = Votre clé d’API ne peut pas être stockée de façon sécurisée sur cet ordinateur.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] Votre clé est conservée jusqu’à la fermeture de l’app.
       *[other] Vous pouvez conserver votre clé jusqu’à la fermeture de l’app.
    }
app-open-settings = Ouvrir les Réglages
app-banner-rate-title = Limite horaire de génération atteinte.
app-banner-rate-retry = De nouvelles générations seront possibles à { $time } ({ $countdown }).
app-banner-rate-running = Les rendus en cours ne sont pas affectés.
app-banner-models-title = Impossible de charger la liste des modèles.
app-toast-error = Erreur
app-toast-notice = Information
app-toast-undo = Annuler
app-web-connected = Compte web connecté
app-web-disconnected = Compte web déconnecté
app-signin-failed = Impossible d’ouvrir la fenêtre de connexion
app-disconnect-failed = Impossible de se déconnecter
app-folder-sync-failed = Le dossier « { $name } » n’est pas encore sur ulazai.com : { $message }
app-folder-sync-retrying = Le dossier « { $name } » n’est pas encore sur ulazai.com : { $message } Nouvel essai…
app-download-failed = Un téléchargement vers votre bibliothèque a échoué : { $message }
app-export-failed = L’export a échoué : { $message }
app-merge-failed = La fusion a échoué : { $message }
app-unknown-error = erreur inconnue
app-merged-local = Fusionné sur cet ordinateur
app-merged-local-copied = Fusionné sur cet ordinateur (sans réencodage)
app-merge-cancelled = Fusion annulée
app-demo-started = Démo lancée — les clips sont rendus par un simulateur local, sans crédits
app-demo-failed = Impossible de lancer la démo
app-key-kept = Clé d’API conservée jusqu’à la fermeture
app-key-saved = Clé d’API enregistrée dans le trousseau du système
app-key-removed = Clé d’API supprimée
app-settings-not-saved = Réglages non enregistrés : { $error }
app-something-wrong = Un problème est survenu.

app-failed-because = { $what } : { $why }
