delete-cancel = Annuler
delete-clips-title =
    { $count ->
        [one] Supprimer ce clip ?
       *[other] Supprimer { $count } clips ?
    }
delete-rejected-title =
    { $count ->
        [one] Supprimer { $count } clip rejeté ?
       *[other] Supprimer { $count } clips rejetés ?
    }
delete-clips-message-saved =
    { $saved ->
        [one] Son fichier enregistré va
       *[other] { $saved } fichiers enregistrés vont
    } dans la corbeille du système, et { $count ->
        [one] ce clip quitte
       *[other] ces { $count } clips quittent
    } la bibliothèque. Vous pourrez annuler juste après.
delete-clips-message-unsaved =
    { $count ->
        [one] Il n’a pas de fichier enregistré : ce clip quitte la bibliothèque. Vous pourrez annuler juste après.
       *[other] Ils n’ont pas de fichier enregistré : ces { $count } clips quittent la bibliothèque. Vous pourrez annuler juste après.
    }
delete-keep-files = Retirer de la bibliothèque, garder les fichiers
delete-move-to-trash = Mettre à la corbeille
delete-delete = Supprimer

delete-removed-files-kept =
    { $count ->
        [one] { $count } clip retiré de la bibliothèque — le fichier reste sur le disque
       *[other] { $count } clips retirés de la bibliothèque — les fichiers restent sur le disque
    }
delete-deleted-trashed =
    { $count ->
        [one] { $count } clip supprimé
       *[other] { $count } clips supprimés
    } — { $trashed ->
        [one] son fichier est
       *[other] { $trashed } fichiers sont
    } dans la corbeille
delete-deleted =
    { $count ->
        [one] { $count } clip supprimé
       *[other] { $count } clips supprimés
    }
delete-kept =
    { $count ->
        [one] { $count } clip conservé : { $problem }
       *[other] { $count } clips conservés : { $problem }
    }
delete-restored =
    { $count ->
        [one] { $count } clip restauré
       *[other] { $count } clips restaurés
    }
delete-remove-failed = Impossible de retirer les clips de la bibliothèque
delete-failed = Impossible de supprimer
delete-undo-failed = Impossible d’annuler la suppression

delete-folder-title = Supprimer le dossier « { $name } » ?
delete-folder-empty = Le dossier est vide.
delete-folder-message =
    { $count ->
        [one] Il contient { $count } clip. Remettez-le dans « Sans dossier », ou supprimez-le avec le dossier (les fichiers enregistrés vont dans la corbeille du système ; vous pourrez annuler juste après).
       *[other] Il contient { $count } clips. Remettez-les dans « Sans dossier », ou supprimez-les avec le dossier (les fichiers enregistrés vont dans la corbeille du système ; vous pourrez annuler juste après).
    }
delete-folder = Supprimer le dossier
delete-folder-keep-clips = Garder les clips dans « Sans dossier »
delete-folder-with-clips =
    { $count ->
        [one] Supprimer aussi { $count } clip
       *[other] Supprimer aussi { $count } clips
    }
delete-folder-done-unfiled = « { $name } » supprimé — ses clips sont de retour dans « Sans dossier »
delete-folder-done = « { $name } » supprimé
delete-folder-failed = Impossible de supprimer le dossier
