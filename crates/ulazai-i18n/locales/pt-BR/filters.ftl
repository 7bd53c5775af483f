filters-folders = Pastas
filters-more =
    { $count ->
        [0] Filtros
       *[other] Filtros ({ $count })
    }
filters-count-clips =
    { $count ->
        [one] { $count } clipe
       *[other] { $count } clipes
    }
filters-count-selected =
    { $count ->
        [one] · { $count } selecionado
       *[other] · { $count } selecionados
    }
filters-count-credits =
    { $count ->
        [one] · { $count } crédito
       *[other] · { $count } créditos
    }
filters-count-credits-title = Quanto estes clipes custaram, descontados os reembolsos
filters-stack = Empilhar takes
filters-stack-tip = Empilhar takes: cada cena como um cartão (o take escolhido; senão, o mais bem avaliado; senão, o primeiro a terminar)
filters-sort = Ordem
filters-sort-label = Ordenar clipes
filters-sort-newest = Mais recentes primeiro
filters-sort-oldest = Mais antigos primeiro
filters-sort-storyboard = Ordem do storyboard
filters-sort-model = Modelo
filters-sort-length = Duração, mais longos primeiro
filters-sort-rating = Avaliação, mais alta primeiro
filters-sort-failed = Não foi possível lembrar a ordem

filters-label = Filtrar clipes
filters-search = Pesquisar nos prompts
filters-status = Status
filters-status-any = Qualquer status
filters-status-other = Outro
filters-model = Modelo
filters-model-any = Qualquer modelo
filters-flag = Marcação
filters-flag-any = Qualquer marcação
filters-flag-picks = Só escolhidos
filters-flag-rejected = Rejeitados
filters-flag-unflagged = Sem marcação
filters-rating = Avaliação
filters-rating-any = Qualquer avaliação
filters-rating-at-least =
    { $stars ->
        [one] { $stars } estrela ou mais
       *[other] { $stars } estrelas ou mais
    }
filters-rating-five = { $stars } estrelas
filters-clear = Limpar
filters-delete-rejected = Excluir rejeitados ({ $count })

filters-spent-today = Gasto hoje
filters-spent-today-credits =
    { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
filters-spent-week = · esta semana
filters-spent-week-credits = { $credits }
filters-spent-title = Créditos cobrados, descontados os reembolsos
filters-spent-title-week = Créditos cobrados, descontados os reembolsos; esta semana começou em { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
