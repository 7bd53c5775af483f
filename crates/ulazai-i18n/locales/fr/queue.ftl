queue-add = Ajouter à la file
queue-adding = Ajout…
queue-import = Importer une liste…
queue-variations = Variations…

queue-title = File
queue-show = Afficher la file
queue-hide = Masquer la file
queue-requests-used = { $used }/{ $limit } demandes utilisées cette heure-ci
queue-pause = Suspendre
queue-resume = Reprendre
queue-list = Demandes en file, dans l’ordre d’envoi (la poignée d’un élément le déplace avec les flèches)
queue-reorder = Déplacer « { $prompt } », élément { $position } sur { $total } (les flèches le déplacent, Début et Fin vers une extrémité)
queue-reorder-tip = Faites glisser, ou utilisez les flèches, pour réordonner
queue-move-front = Placer en tête
queue-submit-now = Envoyer maintenant
queue-remove = Retirer
queue-state =
    { $state ->
        [submitting] Envoi
        [refused] Refusé
       *[other] En file
    }
queue-when-sending = Envoi…
queue-when-refused = Refusé : { $error }
queue-when-refused-unknown = Refusé par UlazAI
queue-when-paused = En attente : la file est suspendue
queue-when-now = Démarre maintenant
queue-when-around = Démarre vers { $time }
queue-paused-credits = La file est suspendue : crédits insuffisants. Ajoutez des crédits sur ulazai.com, puis reprenez.
queue-paused-credits-message = La file est suspendue : crédits insuffisants. { $message } Ajoutez des crédits sur ulazai.com, puis reprenez.
queue-paused-key = La file est suspendue jusqu’à ce qu’une clé d’API valide soit définie.
queue-paused-user = La file est suspendue. Rien de nouveau n’est envoyé tant que vous ne reprenez pas.
queue-submit-blocked = La limite horaire est atteinte ({ $used } demandes sur { $limit }) : « Envoyer maintenant » sera possible à { $time }, dans { $wait }.
queue-usually-seconds = généralement { $seconds } s pour ce modèle
queue-usually-minutes = généralement { $minutes } min pour ce modèle

queue-import-title = Importer une liste de prompts
queue-variations-title = Variations de ce prompt
queue-confirm-prompts = Mettre ces prompts en file ?
queue-confirm-variations = Mettre ces variations en file ?
queue-close = Fermer
queue-close-tip = Fermer (Échap)
queue-import-hint-lines = Un prompt par ligne (les lignes vides et celles qui commencent par # sont ignorées), ou un CSV avec une ligne d’en-tête :
queue-import-hint-optional = et, au choix,
queue-import-hint-defaults = Les valeurs manquantes viennent du formulaire.
queue-choose-file = Choisir un fichier…
queue-paste-label = Ou collez la liste
queue-preview = Aperçu
queue-list-too-large = { $file } dépasse { $megabytes } Mo : trop volumineux pour une liste de prompts.
queue-read-failed = Impossible de lire la liste : { $error }

queue-source-pasted = Liste collée
queue-source-variations = Variations
queue-summary = { $source } : { $summary }
queue-count-prompts =
    { $count ->
        [one] { $count } prompt
       *[other] { $count } prompts
    }
queue-count-variations =
    { $count ->
        [one] { $count } variation
       *[other] { $count } variations
    }
queue-left-out-lines =
    { $count ->
        [one] { $count } ligne est écartée
       *[other] { $count } lignes sont écartées
    }
queue-left-out-combinations =
    { $count ->
        [one] { $count } combinaison est écartée
       *[other] { $count } combinaisons sont écartées
    }
queue-items = Prompts à mettre en file
queue-folder-label = Placer les clips dans un nouveau dossier (facultatif)
queue-folder-placeholder = Nom du dossier
queue-back = Retour
queue-confirm = Mettre en file { $what } · { $cost }
queue-queued = Ajouté à la file : { $what }

queue-fail-read-list = Impossible de lire la liste
queue-fail-read-dropped = Impossible de lire le fichier déposé
queue-fail-variation-models = Impossible de lister les modèles pour les variations
queue-fail-variations = Impossible de préparer les variations
queue-fail-queue-list = Impossible de mettre la liste en file
queue-fail-pause = Impossible de suspendre la file
queue-fail-resume = Impossible de reprendre la file
queue-fail-move = Impossible de déplacer l’élément
queue-fail-remove = Impossible de retirer l’élément
queue-fail-submit-now = Impossible d’envoyer maintenant
