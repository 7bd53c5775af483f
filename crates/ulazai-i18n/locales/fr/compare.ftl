compare-button = Comparer
compare-button-tip =
    { $count ->
        [one] Comparer côte à côte le clip sélectionné ({ $count }) (C)
       *[other] Comparer côte à côte les { $count } clips sélectionnés (C)
    }
compare-too-many = Comparer affiche jusqu’à { $max } clips : { $count } sont sélectionnés
compare-not-ready =
    { $others ->
        [one] Comparer nécessite { $min } à { $max } clips terminés : { $others } des { $selected } sélectionnés n’est pas terminé ou ne peut pas être lu
       *[other] Comparer nécessite { $min } à { $max } clips terminés : { $others } des { $selected } sélectionnés ne sont pas terminés ou ne peuvent pas être lus
    }
compare-select = Sélectionnez { $min } à { $max } clips terminés à comparer
compare-title =
    { $count ->
        [one] Comparer { $count } clip
       *[other] Comparer { $count } clips
    }
compare-keys-play = lecture
compare-keys-or = ou
compare-keys-frame = une image
compare-keys-mark = marquent le clip en surbrillance
compare-close = Fermer la comparaison
compare-close-tip = Fermer (Échap)
compare-play-failed = Impossible de lire les clips ici

compare-transport = Lecture de tous les clips
compare-back = Image précédente
compare-back-tip = Image précédente (, ou ←)
compare-forward = Image suivante
compare-forward-tip = Image suivante (. ou →)
compare-play = Lire
compare-pause = Pause
compare-play-tip = Lire (Espace)
compare-pause-tip = Pause (Espace)
compare-scrubber = Position de tous les clips
compare-scrubber-value = { $time }, image { $frame }
compare-position = { $time } · image { $frame }
compare-position-of = { $time } / { $end } · image { $frame }
compare-fps = { $fps } i/s
compare-fps-assumed = { $fps } i/s (supposé)
compare-fps-assumed-tip = Les clips n’indiquent pas leur fréquence d’images : une image compte pour 1/{ $fps } s

compare-pane-label = Clip { $position } sur { $count }
compare-cannot-play = Ce clip ne peut pas être lu ici.
compare-sound-label = Son du clip { $position }
compare-mute-tip = Couper le son de ce clip
compare-hear-tip = Écouter ce clip (les autres sont muets)
compare-marks-label = Marques de { $clip }
compare-pick = Retenir
compare-pick-tip = Retenir (P)
compare-reject = Rejeter
compare-reject-tip = Rejeter (X)
compare-rate-label = Noter { $stars }
compare-rate-tip = { $stars } ({ $key })
compare-stars-clear-label = Retirer les étoiles ({ $stars } actuellement)
compare-stars-clear-tip = Retirer les étoiles (0)
