filters-folders = Ordner
filters-more =
    { $count ->
        [0] Filter
       *[other] Filter ({ $count })
    }
filters-count-clips =
    { $count ->
        [one] { $count } Clip
       *[other] { $count } Clips
    }
filters-count-selected = · { $count } ausgewählt
filters-count-credits =
    { $count ->
        [one] · { $count } Credit
       *[other] · { $count } Credits
    }
filters-count-credits-title = Was diese Clips gekostet haben, Erstattungen abgezogen
filters-stack = Takes stapeln
filters-stack-tip = Takes stapeln: jede Szene als eine Karte (ihr markierter Take, sonst der am besten bewertete, sonst der zuerst fertige)
filters-sort = Sortierung
filters-sort-label = Clips sortieren
filters-sort-newest = Neueste zuerst
filters-sort-oldest = Älteste zuerst
filters-sort-storyboard = Storyboard-Reihenfolge
filters-sort-model = Modell
filters-sort-length = Länge, längste zuerst
filters-sort-rating = Bewertung, höchste zuerst
filters-sort-failed = Die Sortierung konnte nicht gespeichert werden

filters-label = Clips filtern
filters-search = Prompts durchsuchen
filters-status = Status
filters-status-any = Jeder Status
filters-status-other = Andere
filters-model = Modell
filters-model-any = Jedes Modell
filters-flag = Markierung
filters-flag-any = Jede Markierung
filters-flag-picks = Nur markierte
filters-flag-rejected = Abgelehnt
filters-flag-unflagged = Ohne Markierung
filters-rating = Bewertung
filters-rating-any = Jede Bewertung
filters-rating-at-least =
    { $stars ->
        [one] Ab { $stars } Stern
       *[other] Ab { $stars } Sternen
    }
filters-rating-five = { $stars } Sterne
filters-clear = Zurücksetzen
filters-delete-rejected = Abgelehnte löschen ({ $count })

filters-spent-today = Heute ausgegeben
filters-spent-today-credits =
    { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }
filters-spent-week = · diese Woche
filters-spent-week-credits = { $credits }
filters-spent-title = Berechnete Credits, Erstattungen abgezogen
filters-spent-title-week = Berechnete Credits, Erstattungen abgezogen; diese Woche begann am { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
