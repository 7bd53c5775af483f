# Messages d’erreur : ce qui s’est mal passé, en une phrase, et quoi faire.
# $server est la phrase d’origine du serveur UlazAI (en anglais) : à placer telle quelle.
# $status est un code HTTP.

## Le serveur UlazAI ou le réseau a refusé

errors-api-invalid-request = UlazAI a refusé cette demande. Vérifiez les réglages du rendu.
errors-api-invalid-request-says = UlazAI a refusé cette demande : { $server }
errors-api-unauthorized = UlazAI n’a pas accepté votre clé d’API. Vérifiez-la dans Réglages → Clé d’API.
errors-api-credits = Pas assez de crédits pour ce lot. Ajoutez des crédits sur ulazai.com, puis réessayez.
errors-api-credits-says = Pas assez de crédits pour ce lot. Ajoutez des crédits sur ulazai.com, puis réessayez. (Réponse d’UlazAI : { $server })
errors-api-forbidden = Votre session web ulazai.com a expiré ou a été refusée. Reconnectez-vous dans Réglages → Compte web, puis réessayez.
errors-api-not-found = UlazAI ne connaît pas ce modèle ou ce rendu.
errors-api-not-found-says = UlazAI ne connaît pas ce modèle ou ce rendu. (Réponse d’UlazAI : { $server })
errors-api-rate-limited-at = La limite de requêtes d’UlazAI est atteinte. Vous pourrez réessayer { $wait }.
errors-api-rate-limited = La limite de requêtes d’UlazAI est atteinte (24 nouveaux lots par heure). Patientez quelques minutes, puis réessayez.
errors-api-server = UlazAI a rencontré un problème de son côté (HTTP { $status }). Réessayez dans un instant.
errors-api-network-connect = Impossible de joindre UlazAI. Vérifiez votre connexion Internet ; l’app continue d’essayer.
errors-api-network-timeout = UlazAI n’a pas répondu à temps. Vérifiez votre connexion ; l’app continue d’essayer.
errors-api-network-reset = La connexion à UlazAI a été interrompue. Vérifiez votre connexion ; l’app continue d’essayer.
errors-api-network-other = Un problème réseau a interrompu la demande à UlazAI. Vérifiez votre connexion ; l’app continue d’essayer.
errors-api-unreadable = UlazAI a envoyé une réponse que l’app ne sait pas lire (HTTP { $status }). Réessayez dans un instant ; si cela se répète, l’app a peut-être besoin d’une mise à jour.
errors-api-unexpected = UlazAI a répondu de façon inattendue (HTTP { $status }). Réessayez plus tard.
errors-api-no-credentials = Aucune clé d’API n’est définie. Ajoutez votre clé d’API UlazAI dans Réglages → Clé d’API.
errors-api-bad-url = L’adresse du serveur n’est pas utilisable : { $reason }

## Quand réessayer après une limite de requêtes (dans errors-api-rate-limited-at)

errors-wait-second = dans une seconde
errors-wait-seconds = dans { $seconds } secondes
errors-wait-minutes =
    { $minutes ->
        [one] dans { $minutes } minute
       *[other] dans { $minutes } minutes
    }
errors-wait-hours =
    { $hours ->
        [one] dans { $hours } heure
       *[other] dans { $hours } heures
    }

## Une demande que le formulaire doit corriger avant l’envoi

errors-list-or = { $head } ou { $last }
errors-seconds = { $seconds } s
errors-input-image-link = L’image d’entrée { $number } n’est pas un lien utilisable : { $reason }.
errors-input-video-link = La vidéo d’entrée { $number } n’est pas un lien utilisable : { $reason }.
errors-batch-size = Un lot compte de 1 à 4 rendus.
errors-batch-one = { $model } ne fait qu’un rendu à la fois ; réglez le lot sur 1.
errors-batch-size-model = Un lot avec { $model } compte de 1 à { $max } rendus.
errors-choose-model = Choisissez un modèle.
errors-unknown-model = UlazAI n’a pas de modèle « { $slug } ». Choisissez-en un dans la liste.
errors-prompt-needed = Écrivez un prompt : { $model } en demande un.
errors-prompt-too-long = { $model } accepte des prompts de { $max } caractères au plus ; celui-ci en compte { $length }.
errors-ratio-only = { $model } ne rend qu’en { $ratio }.
errors-choose-ratio = Choisissez un format d’image : { $choices }.
errors-duration-only = { $model } ne rend que des clips de { $seconds } s.
errors-choose-duration = Choisissez une durée : { $choices }.
errors-choose-quality = Choisissez une qualité : { $choices }.
errors-no-quality = { $model } n’a pas de modes de qualité ; laissez la qualité vide.
errors-no-sound = { $model } rend sans son ; désactivez le son.
errors-input-count =
    { $kind ->
        [image]
            { $count ->
                [one] une image d’entrée
               *[other] { $count } images d’entrée
            }
       *[video]
            { $count ->
                [one] une vidéo d’entrée
               *[other] { $count } vidéos d’entrée
            }
    }
errors-input-none =
    { $kind ->
        [image] { $model } n’accepte pas d’images d’entrée ; retirez-les.
       *[video] { $model } n’accepte pas de vidéos d’entrée ; retirez-les.
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } demande exactement { $inputs }.
       *[video] { $model } demande exactement { $inputs }.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } demande au moins { $inputs }.
       *[video] { $model } demande au moins { $inputs }.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } accepte au plus { $inputs }.
       *[video] { $model } accepte au plus { $inputs }.
    }
errors-choose-orientation = Choisissez une orientation du personnage : vidéo (clips jusqu’à 30 s) ou image (jusqu’à 10 s).
errors-orientation-duration =
    { $orientation ->
        [video] Avec l’orientation vidéo, les clips durent { $seconds } s au plus.
        [image] Avec l’orientation image, les clips durent { $seconds } s au plus.
       *[other] Avec l’orientation { $orientation }, les clips durent { $seconds } s au plus.
    }
errors-orientation-not-motion = L’orientation du personnage ne s’applique qu’aux modèles motion control.

## Un clip, un dossier ou un élément de la file qui n’est plus là

errors-missing-job = Ce clip n’est plus dans l’app.
errors-retry-unknown-settings = Ce clip n’a pas été lancé depuis cette app : ses réglages sont inconnus. Relancez-le depuis le formulaire.
errors-queue-empty = Rien à mettre en file.
errors-queue-full = La file contient au plus { $max } éléments.
errors-folder-gone = Ce dossier n’existe plus.
errors-queue-item-gone = Ce clip n’attend plus dans la file.
errors-folder-gone-any-more = Ce dossier n’existe pas (ou plus).
errors-queued-clip-gone = Ce clip en file n’existe pas (ou plus).
errors-merge-gone = Cette fusion n’existe pas (ou plus).
errors-fields-highlighted = Certains réglages de ce rendu doivent être modifiés (voir les champs en surbrillance).

## Fusionner des clips

errors-merge-too-few = Choisissez au moins deux clips à fusionner.
errors-merge-too-many = Vous pouvez fusionner au plus { $max } clips à la fois.
errors-merge-duplicate = Un clip figure deux fois.
errors-merge-not-completed = Seuls les clips terminés peuvent être fusionnés.
errors-merge-session-expired = Votre session web ulazai.com a expiré. Reconnectez-vous dans les Réglages, ou utilisez « Fusionner sur cet ordinateur ».
errors-merge-no-ffmpeg = La fusion sur cet ordinateur nécessite ffmpeg, qui n’est pas installé. { $how }

## Marques (retenir / rejeter, étoiles) et noms de dossiers

errors-marks-stars = Un clip a de 1 à { $max } étoiles (0 les efface) : { $stars } étoiles n’est pas une note.
errors-marks-nothing = Choisissez une marque ou un nombre d’étoiles.
errors-marks-no-clips = Sélectionnez au moins un clip à marquer.
errors-folder-name-empty = Le nom du dossier ne doit pas être vide.
errors-folder-name-too-long = Le nom du dossier est trop long ({ $max } caractères au plus).

## Ouvrir le résultat d’un clip

errors-no-result-to-open = Ce rendu n’a pas encore de résultat à ouvrir.

## Écrit par la fenêtre elle-même, quand une erreur arrive sans phrase

errors-ui-rate-limited-at = La limite de requêtes d’UlazAI est atteinte. Vous pourrez réessayer à { $time }, dans { $wait }.
errors-ui-rate-limited = La limite de requêtes d’UlazAI est atteinte. Patientez quelques minutes, puis réessayez.
errors-ui-credits = Pas assez de crédits pour ce lot. Ajoutez des crédits sur ulazai.com ou réduisez le nombre.
errors-ui-unknown = Un problème est survenu ({ $code }).

## Le système n’a pas pu le faire (ouvrir, afficher, glisser)

errors-open-file = Impossible d’ouvrir le fichier : { $reason }
errors-reveal-file = Impossible d’afficher le fichier : { $reason }
errors-open-result = Impossible d’ouvrir le résultat : { $reason }
errors-drag-out = Impossible de lancer le glisser-déposer : { $reason }

## Refus des demandes de la fenêtre

errors-still-starting = L’app est encore en train de démarrer.
errors-engine-failed = L’app n’a pas pu connecter son moteur de rendu : { $reason }
errors-delete-none = Sélectionnez au moins un clip à supprimer.
errors-undo-gone = Cette suppression ne peut plus être annulée.
errors-move-none = Sélectionnez au moins un clip à déplacer.
errors-key-empty = Collez votre clé d’API UlazAI.
errors-key-shape = Cela ne ressemble pas à une clé d’API (les clés ressemblent à ulazai_live_…).
errors-sort-place = Un ordre de tri s’applique à tous les clips, à « Sans dossier » ou à un dossier.
errors-sort-order = Ce n’est pas un ordre de tri.
errors-import-kind = Déposez une liste de prompts : un fichier .txt (un prompt par ligne) ou un fichier .csv.
errors-import-too-large = Ce texte dépasse 4 Mo : trop volumineux pour une liste de prompts.

## Mises à jour de l’app : pourquoi une vérification ou une installation a été refusée

errors-update-not-configured = Cette version d’UlazAI Studio n’a pas de serveur de mises à jour configuré.
errors-update-nothing-offered = Aucune mise à jour n’est prête à être installée : recherchez d’abord les mises à jour.
errors-update-merge-running = Une fusion est en cours : installez la mise à jour quand elle sera terminée.
errors-update-submitting = Un rendu est en cours d’envoi : installez la mise à jour dans un instant.
errors-update-installing = La mise à jour est déjà en cours d’installation.
errors-update-older = Le serveur de mises à jour propose la version { $offered }, plus ancienne que celle-ci ({ $running }). Elle a été refusée ; rien n’a été installé.
errors-update-bad-version = Le serveur de mises à jour propose une version qui n’est pas un numéro de version (« { $version } »). Elle a été refusée ; rien n’a été installé.
errors-update-not-manifest = La réponse du serveur de mises à jour n’est pas un manifeste de mise à jour ({ $reason }). Elle a été refusée ; rien n’a été installé.
errors-update-no-package = La mise à jour ne propose aucun paquet pour ce type d’installation ({ $reason }) ; rien n’a été installé.
errors-update-not-https = L’adresse du serveur de mises à jour n’est pas en https : il n’a pas été interrogé ; rien n’a été installé.
errors-update-check-failed = Impossible de rechercher les mises à jour : { $reason }.
errors-update-signed-mismatch = Le paquet téléchargé a été signé pour la version { $signed }, et non pour la { $announced } annoncée par le serveur. Il a été refusé ; rien n’a été installé.
errors-update-bad-signature = La mise à jour téléchargée n’est pas signée avec la clé d’UlazAI Studio ({ $reason }). Elle a été refusée ; rien n’a été installé.
errors-update-cut-short = Le téléchargement de la mise à jour a été interrompu ({ $reason }) ; rien n’a été installé. Réessayez plus tard.
errors-update-network = Impossible de télécharger la mise à jour : { $reason } ; rien n’a été installé.
errors-update-download-failed = Impossible de télécharger la mise à jour ({ $reason }) ; rien n’a été installé.
errors-update-wrong-package = La mise à jour téléchargée n’est pas un paquet pour ce type d’installation (format non valide) ; rien n’a été installé.
errors-update-no-admin = Les droits d’administrateur n’ont pas été accordés ; rien n’a été installé.
errors-update-package-manager = Le gestionnaire de paquets n’a pas installé la mise à jour (annulée ou en échec) ; l’app n’a pas changé.
errors-update-install-failed = Impossible d’installer la mise à jour ({ $reason }) ; l’app n’a pas changé.
errors-import-unreadable = Impossible de lire { $file } : { $reason }.
errors-import-not-file = { $file } n’est pas un fichier ordinaire ; déposez une liste de prompts (un fichier .txt ou .csv).
errors-import-file-too-large = { $file } dépasse 4 Mo : trop volumineux pour une liste de prompts.
errors-import-not-text = { $file } n’est pas du texte brut (UTF-8).

## Le trousseau du système (où est gardée la clé d’API)

errors-keyring-unavailable =
    { $system ->
        [macos] Le trousseau macOS n’a pas pu être utilisé. Autorisez UlazAI Studio à accéder au trousseau, ou gardez la clé jusqu’à la fermeture de l’app.
        [windows] Le Gestionnaire d’identification Windows n’a pas pu être utilisé. Vérifiez qu’il fonctionne, ou gardez la clé jusqu’à la fermeture de l’app.
       *[other] Aucun trousseau système n’est disponible. Installez et déverrouillez GNOME Keyring ou KWallet, ou gardez la clé jusqu’à la fermeture de l’app.
    }
errors-keyring-no-entry = La clé est introuvable dans le trousseau.
errors-keyring-unreadable = Le trousseau contient une valeur illisible pour la clé.
errors-keyring-refused = Le trousseau a refusé « { $attribute } ».
errors-keyring-refused-why = Le trousseau a refusé « { $attribute } » : { $reason }.
errors-keyring-ambiguous = Le trousseau contient plusieurs clés UlazAI ; supprimez-les avec votre gestionnaire de trousseau.
errors-keyring-failed = Le trousseau du système a échoué.
errors-keyring-partial = Le trousseau ne contient qu’une partie d’un secret enregistré.
errors-keyring-interrupted = L’accès au trousseau a été interrompu.

## Enregistrer la vidéo d’un clip dans la bibliothèque

errors-download-http-expired = Le lien de téléchargement a expiré ou n’est pas autorisé (HTTP { $status }). Actualisez le rendu et réessayez.
errors-download-http-gone = La vidéo n’est plus disponible sur le serveur (HTTP { $status }).
errors-download-http-server = Le serveur a rencontré un problème en envoyant la vidéo (HTTP { $status }). Réessayez plus tard.
errors-download-http-refused = Le serveur a refusé le téléchargement (HTTP { $status }).
errors-download-network = Le téléchargement a échoué : { $reason }. Vérifiez votre connexion Internet et réessayez.
errors-download-incomplete = Le téléchargement est incomplet ({ $got } octets sur { $expected }). Réessayez.
errors-download-io = Impossible d’enregistrer la vidéo : { $reason }
errors-download-cancelled = Le téléchargement a été annulé.
errors-download-bad-url = Impossible de télécharger depuis cette adresse vidéo : { $reason }
errors-download-not-video = Le serveur a envoyé autre chose qu’une vidéo (ni MP4, ni MOV, ni Matroska, ni WebM) ; rien n’a été enregistré.
errors-download-too-large = La vidéo est trop volumineuse pour être téléchargée (plus de { $limit }) ; rien n’a été enregistré.
errors-download-timed-out = Le téléchargement a pris trop de temps (plus de { $took }) et a été arrêté. Réessayez.
errors-took-second = une seconde
errors-took-seconds = { $seconds } secondes
errors-took-minutes = { $minutes } minutes
errors-download-no-result = Ce clip n’a pas encore de résultat à télécharger.
errors-download-folder = Impossible d’enregistrer le clip dans { $folder } : { $reason }
errors-clip-not-saved = Ce clip n’est pas (encore) dans la bibliothèque.
errors-clip-file-refused = Le fichier de ce clip n’est pas une vidéo du dossier de la bibliothèque ; il n’est pas utilisé.

errors-sign-in-window = Impossible d’ouvrir la fenêtre de connexion : { $reason }

## Importing a prompt list
errors-import-line = Ligne { $line }
errors-import-prompt-empty = Le prompt est vide.
errors-import-duration = La durée « { $value } » n’est pas un nombre de secondes.
errors-import-count = Le nombre « { $value } » n’est pas un nombre de clips (de 1 à 4).
errors-import-too-many = Seuls les { $max } premiers prompts d’un fichier sont lus ; répartissez le reste dans un autre fichier.
errors-import-empty = Le fichier ne contient aucun prompt (les lignes vides et celles qui commencent par # sont ignorées).
errors-import-csv-unreadable = Cette ligne ne peut pas être lue comme CSV : { $reason }.
errors-import-csv-no-prompt = La première ligne doit nommer les colonnes, dont une colonne « prompt » (les colonnes : { $columns }).
errors-import-csv-unknown = La colonne { $columns } n’est pas utilisée (les colonnes : { $known }).
errors-import-csv-twice = La colonne { $columns } est nommée deux fois ; la première est utilisée.
errors-import-csv-extra = Cette ligne a plus de cellules que l’en-tête n’en nomme ({ $count }).
errors-variations-too-many = Au plus { $max } variations à la fois.
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } (le plus proche de { $asked }, que { $model } ne propose pas)

## Envoyé à la fenêtre hors de la réponse à une commande.

errors-queue-no-key = Ajoutez votre clé d’API UlazAI pour envoyer la file.
errors-web-session-unreadable = Connecté, mais la session web n’a pas pu être lue. Réessayez.
errors-web-session-until-quit = La session web est conservée jusqu’à ce que vous quittiez l’app : le trousseau du système n’a pas pu être utilisé ({ $reason })
errors-web-session-expired = Votre session web ulazai.com a expiré. Reconnectez-vous pour synchroniser les dossiers et fusionner sur le serveur.
errors-folder-sync-expired = La session web a expiré : le dossier est conservé ici et sera créé sur ulazai.com quand vous vous reconnecterez.
errors-merge-reencoded = Réencodé : { $why }.
errors-merge-cancelled = Fusion annulée.
errors-merge-clip-download = Impossible de télécharger le clip { $number } : { $reason }
errors-merge-save = Impossible d’enregistrer la vidéo fusionnée : { $reason }
errors-settings-language = Le studio ne parle pas la langue « { $code } ».
errors-settings-server = L’adresse du serveur n’est pas utilisable : { $reason }.
errors-settings-max-download = Le plus grand téléchargement doit être compris entre 1 Mio et { $max } Mio.
errors-settings-ffmpeg = Ce ffmpeg n’est pas utilisable : { $problem }.
errors-settings-save = Impossible d’enregistrer les réglages : { $reason }
errors-sort-order-save = Impossible d’enregistrer l’ordre de tri : { $reason }
errors-update-unpacked = Cette copie d’UlazAI Studio n’a pas été installée à partir d’un paquet : elle ne peut pas se remplacer elle-même. Téléchargez la version { $version } sur { $url }.
errors-update-no-pkexec = L’installation d’un paquet { $package } nécessite les droits d’administrateur, et ce système n’a pas pkexec pour les demander. Téléchargez la version { $version } sur { $url } et installez-la avec votre gestionnaire de paquets.
errors-store-unusable = Vos tâches ne peuvent pas être enregistrées : { $reason }. Elles sont conservées en mémoire jusqu’à ce que vous quittiez l’app.

errors-trash-move = Impossible de placer le fichier du clip dans la corbeille : { $reason }
errors-trash-restore = Impossible de récupérer le fichier du clip dans la corbeille : { $reason }
errors-trash-gone = Le fichier du clip n’est plus dans la corbeille.
errors-trash-taken = Un fichier existe déjà à l’emplacement { $path } ; le fichier du clip est resté dans la corbeille.
errors-trash-put-back = Le fichier du clip est dans la Corbeille : utilisez « Remettre » dans le Finder pour le récupérer.

errors-poll-slow-down = Le serveur demande de ralentir (429).
errors-poll-server = Le serveur a rencontré un problème ({ $status }).
errors-poll-timeout = Le serveur n’a pas répondu à temps.
errors-poll-connect = Impossible de joindre le serveur.
errors-poll-interrupted = La connexion au serveur a été interrompue.
errors-poll-unreadable = Le serveur a envoyé une réponse illisible.
errors-poll-unexpected = Réponse inattendue du serveur ({ $answer }).

errors-ffmpeg-not-found = ffmpeg est introuvable sur cet ordinateur. { $how }
errors-ffmpeg-chosen = Le ffmpeg choisi dans les Réglages n’est pas utilisable : { $problem }. Choisissez-en un autre dans Réglages → Bibliothèque (« ffmpeg pour fusionner sur cet ordinateur »), ou utilisez celui trouvé sur cet ordinateur (« Utiliser ffmpeg du PATH »).
errors-ffmpeg-probe = Impossible de lire un clip : { $reason }
errors-ffmpeg-failed-code-says = ffmpeg n’a pas pu fusionner les clips (code de sortie { $code }) : { $tail }
errors-ffmpeg-failed-code = ffmpeg n’a pas pu fusionner les clips (code de sortie { $code }).
errors-ffmpeg-failed-says = ffmpeg n’a pas pu fusionner les clips : { $tail }
errors-ffmpeg-failed = ffmpeg n’a pas pu fusionner les clips.
errors-ffmpeg-cancelled = La fusion a été annulée.
errors-ffmpeg-io = Impossible d’enregistrer la vidéo fusionnée : { $reason }
errors-ffmpeg-bad-path = Un clip ne peut pas être fusionné : { $reason }
errors-ffmpeg-bad-trim = Une découpe n’est pas utilisable : { $reason }
