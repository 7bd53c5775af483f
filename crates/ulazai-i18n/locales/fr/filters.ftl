filters-folders = Dossiers
filters-more =
    { $count ->
        [0] Filtres
       *[other] Filtres ({ $count })
    }
filters-count-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
filters-count-selected =
    { $count ->
        [one] · { $count } sélectionné
       *[other] · { $count } sélectionnés
    }
filters-count-credits =
    { $count ->
        [one] · { $count } crédit
       *[other] · { $count } crédits
    }
filters-count-credits-title = Ce que ces clips ont coûté, remboursements déduits
filters-stack = Empiler les prises
filters-stack-tip = Empiler les prises : chaque plan en une carte (sa prise retenue, sinon la mieux notée, sinon la première terminée)
filters-sort = Tri
filters-sort-label = Trier les clips
filters-sort-newest = Plus récents d’abord
filters-sort-oldest = Plus anciens d’abord
filters-sort-storyboard = Ordre du storyboard
filters-sort-model = Modèle
filters-sort-length = Durée, plus longs d’abord
filters-sort-rating = Note, plus haute d’abord
filters-sort-failed = Impossible de mémoriser le tri

filters-label = Filtrer les clips
filters-search = Rechercher dans les prompts
filters-status = État
filters-status-any = Tous les états
filters-status-other = Autre
filters-model = Modèle
filters-model-any = Tous les modèles
filters-flag = Marque
filters-flag-any = Toutes les marques
filters-flag-picks = Retenus seulement
filters-flag-rejected = Rejetés
filters-flag-unflagged = Sans marque
filters-rating = Note
filters-rating-any = Toutes les notes
filters-rating-at-least =
    { $stars ->
        [one] { $stars } étoile et plus
       *[other] { $stars } étoiles et plus
    }
filters-rating-five = { $stars } étoiles
filters-clear = Effacer
filters-delete-rejected = Supprimer les rejetés ({ $count })

filters-spent-today = Dépensé aujourd’hui
filters-spent-today-credits =
    { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }
filters-spent-week = · cette semaine
filters-spent-week-credits = { $credits }
filters-spent-title = Crédits facturés, remboursements déduits
filters-spent-title-week = Crédits facturés, remboursements déduits ; cette semaine a commencé le { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
