compare-button = Vergleichen
compare-button-tip =
    { $count ->
        [one] Den { $count } ausgewählten Clip nebeneinander vergleichen (C)
       *[other] Die { $count } ausgewählten Clips nebeneinander vergleichen (C)
    }
compare-too-many = Vergleichen zeigt bis zu { $max } Clips: { $count } sind ausgewählt
compare-not-ready =
    { $others ->
        [one] Zum Vergleichen braucht es { $min } bis { $max } fertige Clips: { $others } der { $selected } ausgewählten ist nicht fertig oder nicht abspielbar
       *[other] Zum Vergleichen braucht es { $min } bis { $max } fertige Clips: { $others } der { $selected } ausgewählten sind nicht fertig oder nicht abspielbar
    }
compare-select = Wählen Sie { $min } bis { $max } fertige Clips zum Vergleichen aus
compare-title =
    { $count ->
        [one] { $count } Clip vergleichen
       *[other] { $count } Clips vergleichen
    }
compare-keys-play = abspielen
compare-keys-or = oder
compare-keys-frame = ein Frame
compare-keys-mark = kennzeichnen den hervorgehobenen Clip
compare-close = Vergleich schließen
compare-close-tip = Schließen (Esc)
compare-play-failed = Die Clips können hier nicht abgespielt werden

compare-transport = Wiedergabe aller Clips
compare-back = Ein Frame zurück
compare-back-tip = Ein Frame zurück (, oder ←)
compare-forward = Ein Frame vor
compare-forward-tip = Ein Frame vor (. oder →)
compare-play = Abspielen
compare-pause = Pause
compare-play-tip = Abspielen (Leertaste)
compare-pause-tip = Pause (Leertaste)
compare-scrubber = Position aller Clips
compare-scrubber-value = { $time }, Frame { $frame }
compare-position = { $time } · Frame { $frame }
compare-position-of = { $time } / { $end } · Frame { $frame }
compare-fps = { $fps } fps
compare-fps-assumed = { $fps } fps (angenommen)
compare-fps-assumed-tip = Die Clips nennen keine Bildrate: Ein Frame gilt als 1/{ $fps } s

compare-pane-label = Clip { $position } von { $count }
compare-cannot-play = Dieser Clip kann hier nicht abgespielt werden.
compare-sound-label = Ton von Clip { $position }
compare-mute-tip = Diesen Clip stummschalten
compare-hear-tip = Diesen Clip hören (die anderen sind stumm)
compare-marks-label = Markierung und Sterne: { $clip }
compare-pick = Markieren
compare-pick-tip = Markieren (P)
compare-reject = Ablehnen
compare-reject-tip = Ablehnen (X)
compare-rate-label = Bewertung: { $stars }
compare-rate-tip = { $stars } ({ $key })
compare-stars-clear-label = Sterne entfernen (jetzt { $stars })
compare-stars-clear-tip = Sterne entfernen (0)
