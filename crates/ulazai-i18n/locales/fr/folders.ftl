folders-library = Bibliothèque
folders-all = Tous les clips
folders-unfiled = Sans dossier
folders-heading = Dossiers
folders-count = { $count }
folders-summary =
    { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } · { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }
folders-new = Nouveau dossier
folders-name = Nom du dossier
folders-new-name = Nom du nouveau dossier
folders-rename-label = Renommer { $name }
folders-rename-tip = Renommer (F2)
folders-delete-label = Supprimer { $name }
folders-delete-tip = Supprimer le dossier
folders-empty-create = Créez un dossier
folders-empty-rest = pour regrouper des clips. Faites-y glisser des cartes.
folders-drop-hint =
    { $count ->
        [one] Déposez sur un dossier pour y déplacer le clip
       *[other] Déposez sur un dossier pour y déplacer { $count } clips
    }
folders-created = Dossier « { $name } » créé
folders-create-failed = Impossible de créer le dossier
folders-rename-failed = Impossible de renommer le dossier

folders-library-dir-failed = Impossible de changer le dossier de la bibliothèque
folders-saved = Enregistré dans la bibliothèque : { $name }
folders-save-failed = Impossible d’enregistrer le clip
folders-open-failed = Impossible d’ouvrir le fichier
folders-reveal-failed = Impossible d’afficher le fichier
folders-copy-unsafe = Cette URL n’est pas un lien https sûr : elle n’a pas été copiée.
folders-link-copied = Lien copié
folders-path-copied = Chemin du fichier copié
