## Statuses and modes

clips-status =
    { $status ->
        [pending] En attente
        [processing] Rendu en cours
        [completed] Terminé
        [failed] Échec
        [unknown] Inconnu
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] Texte vers vidéo
        [image_to_video] Image vers vidéo
        [video_to_video] Vidéo vers vidéo
       *[other] { $raw }
    }
clips-rendered-in = Rendu en { $time }
clips-failed-after = après { $time }
clips-summary = { $status }, { $model }, { $prompt }
clips-summary-no-prompt = sans prompt
clips-unknown-model = Modèle inconnu

## Marks

clips-stars =
    { $rating ->
        [one] { $rating } étoile
       *[other] { $rating } étoiles
    }
clips-marks-picked = Retenu
clips-marks-rejected = Rejeté
clips-marks-both = { $flag }, { $stars }
clips-marks-picked-key = Retenu (P)
clips-marks-rejected-key = Rejeté (X)
clips-star-title = { $stars } ({ $key })
clips-star-clear-title = Retirer les étoiles (0)
clips-announce-picked =
    { $count ->
        [one] { $count } clip retenu
       *[other] { $count } clips retenus
    }
clips-announce-rejected =
    { $count ->
        [one] { $count } clip rejeté
       *[other] { $count } clips rejetés
    }
clips-announce-unflagged =
    { $count ->
        [one] Marque retirée de { $count } clip
       *[other] Marque retirée de { $count } clips
    }
clips-announce-rated =
    { $count ->
        [one] { $count } clip : { $stars }
       *[other] { $count } clips : { $stars }
    }
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = aucune étoile
clips-mark-failed = Impossible de marquer les clips

## Screen reader

clips-announce-finished = Terminé : { $what }
clips-announce-finished-model = Terminé : { $what } ({ $model })
clips-announce-merged-clip = clip fusionné
clips-announce-no-prompt = clip sans prompt
clips-announce-failed = Échec : { $reason }.
clips-announce-failed-about = Échec : { $reason } ({ $about }).
clips-announce-about-both = { $model }, « { $prompt } »
clips-announce-about-prompt = « { $prompt } »
clips-announce-no-reason = aucune raison indiquée
clips-announce-with-refund = { $sentence } Les crédits ont été remboursés.

## A card

clips-no-prompt = Aucun prompt
clips-saving-label = Enregistrement dans votre bibliothèque
clips-saving = Enregistrement…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = Lancé { $started } · terminé { $finished }
clips-card-credits = { $credits } cr
clips-card-saved = Enregistré
clips-card-refunded = Remboursé
clips-card-refunded-title = Les crédits ont été remboursés
clips-card-merge = Fusion
clips-card-merged-here = Fusionné ici
clips-card-not-on-server = Absent du serveur
clips-card-not-on-server-title = Le serveur ne connaît plus cette tâche ; elle n’est plus mise à jour
clips-actions = Actions du clip
clips-open-file = Ouvrir le fichier
clips-save-to-library = Enregistrer dans la bibliothèque
clips-add-to-merge = Ajouter à la fusion
clips-in-merge-tip = Dans la barre de fusion (cliquez pour l’en retirer)
clips-retry = Réessayer
clips-retry-only-here = Seules les tâches lancées dans cette app peuvent être réessayées
clips-edit-retry = Modifier et réessayer
clips-edit-retry-tip = Modifier et réessayer : changez la demande, puis générez
clips-more-actions = Plus d’actions

## Preview

clips-preview-label = Aperçu du résultat
clips-preview-waiting = En attente du fournisseur
clips-preview-rendering = Rendu en cours
clips-preview-not-finished = Pas encore terminé
clips-preview-unsafe = Lien du résultat masqué : URL non sécurisée (pas https)
clips-preview-unplayable = Aperçu illisible ici
clips-preview-length = , durée
clips-play-sound = Lire avec le son

## Takes

clips-stack-takes =
    { $count ->
        [one] { $count } prise
       *[other] { $count } prises
    }
clips-stack-open-tip =
    { $count ->
        [one] Afficher la { $count } prise
       *[other] Afficher les { $count } prises
    }
clips-stack-close-tip = Réempiler les prises (Échap)
clips-takes-title = Prises
clips-take-place = Prise { $n } sur { $of }
clips-take-made-from = Créé à partir de
clips-take-origin-take = la prise { $n }
clips-take-origin-this = ce clip
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = un clip supprimé depuis
clips-take-current = Prise { $n } · ce clip
clips-take-other = Prise { $n } · { $about }
clips-take-picked = retenue
clips-take-rejected = rejetée

## Details

clips-detail-back = Nouvelle génération
clips-detail-video = Vidéo du résultat
clips-detail-open = Ouvrir
clips-copy-link = Copier le lien
clips-detail-retry-only-here = Seules les tâches lancées dans cette app peuvent être réessayées
clips-use-prompt = Utiliser ce prompt
clips-detail-move = Déplacer
clips-detail-remove = Retirer
clips-detail-prompt = Prompt
clips-detail-made-from = Créé à partir de
clips-detail-details = Détails
clips-detail-job-id = ID de la tâche
clips-detail-model = Modèle
clips-detail-mode = Mode
clips-detail-status = État
clips-detail-created = Créé
clips-detail-completed = Terminé
clips-detail-length = Durée du clip
clips-detail-credits = Crédits
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · remboursés
       *[no] { $credits }
    }
clips-detail-folder = Dossier
clips-detail-origin = Origine
clips-detail-origin-app = Lancé dans cette app
clips-detail-origin-history = De votre historique UlazAI
clips-detail-origin-local-merge = Fusionné sur cet ordinateur
clips-detail-origin-merge = Résultat d’une fusion
clips-detail-server = Serveur
clips-detail-unknown-to-server = Inconnu du serveur (plus mis à jour)
clips-detail-updated = Dernière modification
clips-detail-result = Résultat
clips-detail-not-https = pas https — non ouvert
clips-detail-settings = Réglages
clips-detail-provider = Infos du fournisseur
clips-detail-none-reported = Rien de signalé.

## Clip menu

clips-menu-title = Actions du clip
clips-unfiled = Sans dossier
clips-menu-details = Afficher les détails
clips-menu-reveal = Afficher dans le dossier
clips-menu-copy-path = Copier le chemin du fichier
clips-menu-open-browser = Ouvrir dans le navigateur
clips-menu-export =
    { $count ->
        [one] Exporter…
       *[other] Exporter { $count } clips…
    }
clips-menu-take-out-of-merge = Retirer de la fusion
clips-menu-compare = Comparer { $count } clips
clips-menu-pick = Retenir
clips-menu-reject = Rejeter
clips-menu-unflag = Retirer la marque
clips-menu-rate =
    { $rating ->
        [one] Noter { $rating } étoile
       *[other] Noter { $rating } étoiles
    }
clips-menu-clear-stars = Retirer les étoiles
clips-menu-delete =
    { $count ->
        [one] Supprimer le clip…
       *[other] Supprimer { $count } clips…
    }
clips-menu-remove-from-library =
    { $count ->
        [one] Retirer de la bibliothèque
       *[other] Retirer { $count } clips de la bibliothèque
    }
clips-menu-move =
    { $count ->
        [one] Déplacer vers
       *[other] Déplacer { $count } clips vers
    }
clips-menu-move-to =
    { $count ->
        [one] Déplacer vers { $folder }
       *[other] Déplacer { $count } clips vers { $folder }
    }
clips-menu-remove-from-view = Retirer de la vue
clips-key-enter = Entrée
clips-key-delete = Suppr
clips-key-shift-delete = Maj+Suppr
clips-menu-current = (actuel)

## After an action

clips-rendering-again =
    { $count ->
        [one] Nouveau rendu du clip
       *[other] Nouveau rendu de { $count } clips
    }
clips-retry-failed = Impossible de réessayer
clips-removed-from-view = Retiré de la vue
clips-remove-failed = Impossible de retirer
clips-moved =
    { $count ->
        [one] { $count } clip déplacé vers { $folder }
       *[other] { $count } clips déplacés vers { $folder }
    }
clips-a-folder = dossier
clips-move-failed = Impossible de déplacer
clips-open-failed = Impossible d’ouvrir le résultat

## Empty grid

clips-empty-loading = Chargement de vos clips…
clips-card-loading = Chargement du clip
clips-empty-welcome = Bienvenue dans UlazAI Studio
clips-empty-intro = Faites le rendu de vidéos IA avec les modèles d’UlazAI, suivez chaque tâche jusqu’au bout et rangez les clips dans des dossiers et fusionnez-les.
clips-empty-starting-demo = Lancement de la démo…
clips-empty-try-demo = Essayer la démo
clips-empty-add-key = Ajouter votre clé d’API
clips-empty-fine = La démo tourne sur un simulateur local : ni compte, ni crédits. Votre clé se trouve dans votre tableau de bord UlazAI et est conservée dans le trousseau du système.
clips-empty-no-match = Aucun clip ne correspond à ces filtres
clips-empty-clear-filters = Effacer les filtres
clips-empty-folder = Ce dossier est vide
clips-empty-folder-before = Faites glisser des cartes depuis
clips-empty-folder-link = Tous les clips
clips-empty-folder-after = vers un dossier pour les y ranger.
clips-empty-none = Aucun clip pour l’instant
clips-empty-none-before = Décrivez un plan dans le panneau de droite et cliquez sur
clips-empty-none-button = Générer
clips-empty-none-after = . Les cartes apparaissent ici et se mettent à jour en direct.

## Edit & retry

clips-retrying = Nouvel essai :
clips-retry-why = Échec : { $reason }
clips-retry-cancel = Annuler le nouvel essai
