compare-button = Comparar
compare-button-tip =
    { $count ->
        [one] Comparar { $count } clipe selecionado lado a lado (C)
       *[other] Comparar os { $count } clipes selecionados lado a lado (C)
    }
compare-too-many = Comparar mostra até { $max } clipes: { $count } estão selecionados
compare-not-ready =
    { $others ->
        [one] Comparar precisa de { $min } a { $max } clipes concluídos: { $others } dos { $selected } selecionados não está concluído ou não pode ser reproduzido
       *[other] Comparar precisa de { $min } a { $max } clipes concluídos: { $others } dos { $selected } selecionados não estão concluídos ou não podem ser reproduzidos
    }
compare-select = Selecione de { $min } a { $max } clipes concluídos para comparar
compare-title =
    { $count ->
        [one] Comparar { $count } clipe
       *[other] Comparar { $count } clipes
    }
compare-keys-play = reproduzir
compare-keys-or = ou
compare-keys-frame = um quadro
compare-keys-mark = marcam o clipe destacado
compare-close = Fechar comparação
compare-close-tip = Fechar (Esc)
compare-play-failed = Não foi possível reproduzir os clipes aqui

compare-transport = Reprodução de todos os clipes
compare-back = Um quadro para trás
compare-back-tip = Um quadro para trás (, ou ←)
compare-forward = Um quadro para a frente
compare-forward-tip = Um quadro para a frente (. ou →)
compare-play = Reproduzir
compare-pause = Pausar
compare-play-tip = Reproduzir (Espaço)
compare-pause-tip = Pausar (Espaço)
compare-scrubber = Posição de todos os clipes
compare-scrubber-value = { $time }, quadro { $frame }
compare-position = { $time } · quadro { $frame }
compare-position-of = { $time } / { $end } · quadro { $frame }
compare-fps = { $fps } fps
compare-fps-assumed = { $fps } fps (presumido)
compare-fps-assumed-tip = Os clipes não informam a taxa de quadros: um quadro é considerado 1/{ $fps } s

compare-pane-label = Clipe { $position } de { $count }
compare-cannot-play = Este clipe não pode ser reproduzido aqui.
compare-sound-label = Som do clipe { $position }
compare-mute-tip = Silenciar este clipe
compare-hear-tip = Ouvir este clipe (os outros ficam sem som)
compare-marks-label = Marcações de { $clip }
compare-pick = Escolher
compare-pick-tip = Escolher (P)
compare-reject = Rejeitar
compare-reject-tip = Rejeitar (X)
compare-rate-label = Avaliar com { $stars }
compare-rate-tip = { $stars } ({ $key })
compare-stars-clear-label = Limpar as estrelas (agora { $stars })
compare-stars-clear-tip = Limpar as estrelas (0)
