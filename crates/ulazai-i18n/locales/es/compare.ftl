compare-button = Comparar
compare-button-tip =
    { $count ->
        [one] Comparar { $count } clip seleccionado lado a lado (C)
       *[other] Comparar los { $count } clips seleccionados lado a lado (C)
    }
compare-too-many = Comparar muestra hasta { $max } clips: hay { $count } seleccionados
compare-not-ready =
    { $others ->
        [one] Comparar necesita de { $min } a { $max } clips terminados: { $others } de los { $selected } seleccionados no está terminado o no se puede reproducir
       *[other] Comparar necesita de { $min } a { $max } clips terminados: { $others } de los { $selected } seleccionados no están terminados o no se pueden reproducir
    }
compare-select = Selecciona de { $min } a { $max } clips terminados para comparar
compare-title =
    { $count ->
        [one] Comparar { $count } clip
       *[other] Comparar { $count } clips
    }
compare-keys-play = reproducir
compare-keys-or = o
compare-keys-frame = un fotograma
compare-keys-mark = marcan el clip resaltado
compare-close = Cerrar comparación
compare-close-tip = Cerrar (Esc)
compare-play-failed = No se pudieron reproducir los clips aquí

compare-transport = Reproducción de todos los clips
compare-back = Un fotograma atrás
compare-back-tip = Un fotograma atrás (, o ←)
compare-forward = Un fotograma adelante
compare-forward-tip = Un fotograma adelante (. o →)
compare-play = Reproducir
compare-pause = Pausa
compare-play-tip = Reproducir (Espacio)
compare-pause-tip = Pausa (Espacio)
compare-scrubber = Posición de todos los clips
compare-scrubber-value = { $time }, fotograma { $frame }
compare-position = { $time } · fotograma { $frame }
compare-position-of = { $time } / { $end } · fotograma { $frame }
compare-fps = { $fps } fps
compare-fps-assumed = { $fps } fps (supuesto)
compare-fps-assumed-tip = Los clips no indican su velocidad de fotogramas: un fotograma se toma como 1/{ $fps } s

compare-pane-label = Clip { $position } de { $count }
compare-cannot-play = Este clip no se puede reproducir aquí.
compare-sound-label = Sonido del clip { $position }
compare-mute-tip = Silenciar este clip
compare-hear-tip = Escuchar este clip (los demás se silencian)
compare-marks-label = Marcas de { $clip }
compare-pick = Elegir
compare-pick-tip = Elegir (P)
compare-reject = Descartar
compare-reject-tip = Descartar (X)
compare-rate-label = Valorar con { $stars }
compare-rate-tip = { $stars } ({ $key })
compare-stars-clear-label = Quitar las estrellas (ahora { $stars })
compare-stars-clear-tip = Quitar las estrellas (0)
