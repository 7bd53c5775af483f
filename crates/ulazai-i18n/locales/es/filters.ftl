filters-folders = Carpetas
filters-more =
    { $count ->
        [0] Filtros
       *[other] Filtros ({ $count })
    }
filters-count-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
filters-count-selected =
    { $count ->
        [one] · { $count } seleccionado
       *[other] · { $count } seleccionados
    }
filters-count-credits =
    { $count ->
        [one] · { $count } crédito
       *[other] · { $count } créditos
    }
filters-count-credits-title = Lo que costaron estos clips, descontados los reembolsos
filters-stack = Apilar tomas
filters-stack-tip = Apilar tomas: cada plano como una tarjeta (su toma elegida; si no, la mejor valorada; si no, la primera en terminar)
filters-sort = Orden
filters-sort-label = Ordenar clips
filters-sort-newest = Más recientes primero
filters-sort-oldest = Más antiguos primero
filters-sort-storyboard = Orden del guion gráfico
filters-sort-model = Modelo
filters-sort-length = Duración, más largos primero
filters-sort-rating = Valoración, más alta primero
filters-sort-failed = No se pudo recordar el orden

filters-label = Filtrar clips
filters-search = Buscar en los prompts
filters-status = Estado
filters-status-any = Cualquier estado
filters-status-other = Otro
filters-model = Modelo
filters-model-any = Cualquier modelo
filters-flag = Marca
filters-flag-any = Cualquier marca
filters-flag-picks = Solo elegidos
filters-flag-rejected = Descartados
filters-flag-unflagged = Sin marca
filters-rating = Valoración
filters-rating-any = Cualquier valoración
filters-rating-at-least =
    { $stars ->
        [one] { $stars } estrella o más
       *[other] { $stars } estrellas o más
    }
filters-rating-five = { $stars } estrellas
filters-clear = Borrar
filters-delete-rejected = Eliminar descartados ({ $count })

filters-spent-today = Gastado hoy
filters-spent-today-credits =
    { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
filters-spent-week = · esta semana
filters-spent-week-credits = { $credits }
filters-spent-title = Créditos cobrados, descontados los reembolsos
filters-spent-title-week = Créditos cobrados, descontados los reembolsos; esta semana empezó el { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
