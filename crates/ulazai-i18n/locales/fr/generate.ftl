generate-title = Nouvelle génération

generate-field-model = Modèle
generate-field-prompt = Prompt
generate-field-aspect-ratio = Format d’image
generate-field-duration = Durée
generate-field-quality = Qualité
generate-field-images = Images
generate-field-videos = Vidéos
generate-field-sound = Son
generate-field-orientation = Orientation
generate-field-count = Nombre

generate-starting = Démarrage…
generate-reason-fix-key = Corrigez votre clé d’API pour générer
generate-reason-add-key = Ajoutez votre clé d’API (ou essayez la démo) pour générer
generate-reason-choose-model = Choisissez un modèle
generate-reason-hourly-limit = Limite horaire atteinte — réinitialisée à { $time }
generate-reason-hourly-limit-hour = Limite horaire atteinte — réinitialisée à l’heure pile
generate-reason-prompt-too-long = Le prompt est trop long pour ce modèle
generate-reason-field = { $field } : { $message }
generate-reason-fix-fields =
    { $count ->
        [one] Corrigez { $count } champ pour générer
       *[other] Corrigez { $count } champs pour générer
    }
generate-reason-checking = Vérification…

generate-models-loading = Chargement des modèles…
generate-models-no-key = Aucun modèle : ajoutez votre clé d’API
generate-models-no-key-why = La liste des modèles vient d’UlazAI grâce à votre clé d’API.
generate-models-failed = Impossible de charger les modèles
generate-model-option-credits = { $credits } cr
generate-model-engine-unknown = Moteur inconnu
generate-model-price =
    { $credits ->
        [one] { $credits } crédit par clip
       *[other] { $credits } crédits par clip
    }
generate-model-price-unknown = prix inconnu
generate-demo-try = Essayer la démo
generate-demo-starting = Lancement de la démo…
generate-add-key = Ajouter votre clé d’API

generate-prompt-optional = (facultatif)
generate-prompt-placeholder = Décrivez le plan : sujet, action, caméra, lumière…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left =
    { $left ->
        [one] { $left } caractère restant
       *[other] { $left } caractères restants
    }
generate-prompt-over =
    { $over ->
        [one] { $over } caractère au-delà de la limite de { $max }
       *[other] { $over } caractères au-delà de la limite de { $max }
    }
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Entrée
generate-keys-generate = pour générer
generate-keys-recent = prompts récents
generate-history-open = Récents
generate-history-search = Rechercher dans les prompts récents
generate-history-list = Prompts récents
generate-history-none = Aucun prompt récent ne correspond

generate-duration-not-offered = { $seconds } s (non proposée)
generate-orientation-video = D’après la vidéo (≤ 30 s)
generate-orientation-image = D’après l’image (≤ 10 s)
generate-sound-hint = Générer une piste audio
generate-count-label = Clips dans ce lot
generate-count-fewer = Moins de clips
generate-count-more = Plus de clips
generate-up-to = jusqu’à { $max }
generate-urls-at-least = au moins { $min }
generate-urls-exactly = exactement { $count }
generate-urls-range = { $min } à { $max }
generate-urls-optional = facultatif
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] Retirer l’image { $index }
       *[other] Retirer la vidéo { $index }
    }
generate-url-remove-tip = Retirer
generate-url-add =
    { $kind ->
        [image] Ajouter une URL d’image
       *[other] Ajouter une URL de vidéo
    }

generate-error-dismiss = Fermer
generate-cost-formula = { $credits } × { $count }
generate-cost-label = Coût
generate-cost-unknown = inconnu
generate-submit =
    { $count ->
        [1] Générer
       *[other] Générer { $count } clips
    }

generate-quoted-prompt = « { $prompt } »
generate-retry-failed-clip = un clip en échec
generate-retry-no-reason = Aucune raison n’a été donnée.
generate-reuse-retry = Le formulaire contient la demande en échec : modifiez-la, puis appuyez sur Générer pour réessayer.
generate-reuse = Le formulaire contient le prompt et les réglages de ce clip, prêts à modifier.

generate-variations-need-prompt = Écrivez d’abord le prompt dans le formulaire : les variations le répètent sur plusieurs modèles, formats et durées.
generate-variations-models = Modèles
generate-variations-unable =
    { $count ->
        [one] { $count } modèle demande d’autres entrées
       *[other] { $count } modèles demandent d’autres entrées
    }
generate-variations-pick = { $model } : quoi varier
generate-variations-price = { $cost } par clip
generate-variations-preview =
    { $count ->
        [one] Aperçu de { $count } variation
       *[other] Aperçu de { $count } variations
    }
