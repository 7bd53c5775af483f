settings-title = Réglages
settings-close = Fermer les réglages
settings-close-tip = Fermer (Échap)

## API key

settings-key-title = Clé d’API
settings-key-state =
    { $state ->
        [valid] Fonctionne
        [invalid] Refusée par le serveur
        [unverified] Pas encore vérifiée
       *[missing] Non définie
    }
settings-key-storage =
    { $storage ->
        [keyring] Enregistrée dans le trousseau du système
        [until_quit] Conservée jusqu’à la fermeture
       *[none] Aucune clé enregistrée
    }
settings-key-placeholder-replace = Collez une nouvelle clé pour la remplacer
settings-key-empty = Collez d’abord votre clé d’API (elle commence par ulazai_).
settings-key-keep-until-quit = Garder jusqu’à la fermeture
settings-key-replace = Remplacer
settings-key-save = Enregistrer
settings-key-verify = Vérifier
settings-key-remove = Supprimer la clé
settings-key-hint = La clé est confiée au stockage sécurisé de l’app et n’est plus jamais affichée, seulement un court aperçu.
settings-keyring-down = { $problem } La clé peut être gardée en mémoire jusqu’à ce que vous quittiez.
settings-keyring-unavailable = Le trousseau du système n’est pas disponible.

## Notifications

settings-notify-title = Notifications
settings-notify-clips = Prévenir quand des clips sont terminés ou échouent
settings-notify-history = Aussi pour les tâches trouvées dans l’historique au démarrage

## Web account

settings-web-title = Compte web
settings-web-state =
    { $state ->
        [connected] Compte web connecté
        [expired] Session web expirée
       *[none] Non connecté
    }
settings-web-why = Les dossiers sur ulazai.com et l’assemblage sur le serveur exigent que vous soyez connecté au site web (votre clé d’API ne suffit pas). Sans cela, les dossiers restent sur cet ordinateur et les clips sont assemblés ici avec ffmpeg.
settings-web-expired = UlazAI a mis fin à la session web. Rien n’est perdu ; reconnectez-vous pour continuer sur le serveur.
settings-web-disconnect = Déconnecter
settings-web-reconnect = Se reconnecter
settings-web-sign-in = Se connecter à UlazAI
settings-web-signing-in = Terminez la connexion dans la fenêtre « { $window } »…
settings-web-keyring = La session est conservée uniquement dans le trousseau de votre système.

## Library

settings-library-title = Bibliothèque
settings-library-folder = Dossier de la bibliothèque
settings-library-change = Changer…
settings-library-default = Utiliser l’emplacement par défaut
settings-library-hint = Un sous-dossier par dossier de l’app ; noms de fichier tirés de la date, du modèle et du prompt.
settings-max-download = Téléchargement maximal (Gio)
settings-max-download-hint = Un résultat plus volumineux n’est pas enregistré (par défaut : { $default } Gio).
settings-max-download-refused = Saisissez une taille en Gio, au moins { $min } (1 Mio).
settings-ffmpeg = ffmpeg pour assembler sur cet ordinateur
settings-ffmpeg-from-path = Celui trouvé dans le PATH
settings-ffmpeg-choose = Choisir ffmpeg…
settings-ffmpeg-use-path = Utiliser ffmpeg du PATH
settings-ffmpeg-hint = Choisissez le programme ffmpeg lui-même ; il est vérifié (il doit répondre comme ffmpeg) avant d’être retenu.
settings-marks = Drapeaux et étoiles dans les clips exportés
settings-marks-none = Non inclus
settings-marks-names = À la fin des noms de fichier
settings-marks-sidecar = Dans un fichier XMP à côté de chaque clip
settings-marks-hint = Les noms de fichier se terminent ainsi : « … [pick, 4 stars].mp4 » ; un fichier XMP contient la note, le drapeau et le prompt pour Lightroom, Bridge ou darktable.
settings-auto-download = Enregistrer automatiquement les clips terminés dans la bibliothèque

## Updates

settings-updates-title = Mises à jour
settings-updates-check = Rechercher des mises à jour
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = Vérifier maintenant
settings-updates-hint = Les mises à jour sont signées par UlazAI et installées uniquement quand vous le décidez. La vérification a lieu au démarrage et toutes les quelques heures.

## Language

settings-language-title = Langue
settings-language-system = Système ({ $language })
settings-language-hint = La fenêtre, les notifications et l’icône de la barre des tâches changent aussitôt.
settings-language-pinned = ULAZAI_LANG est défini : il choisit la langue tant qu’il n’est pas retiré.

## Appearance

settings-appearance-title = Apparence
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre

## Advanced

settings-advanced = Avancé
settings-base-url = URL de base de l’API
settings-base-url-refused = { $error } Studio continue d’utiliser l’adresse précédente.
settings-base-url-demo = La démo tourne sur un simulateur intégré à cet ordinateur : aucun serveur n’est encore utilisé. Dès que vous ajoutez votre clé d’API, Studio communique avec { $server } ou avec l’adresse ci-dessus.
settings-base-url-hint = Laissez vide pour utiliser { $server }. Ne modifiez ceci que si l’assistance UlazAI vous le demande.
