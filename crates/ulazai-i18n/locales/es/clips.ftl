## Statuses and modes

clips-status =
    { $status ->
        [pending] En espera
        [processing] Renderizando
        [completed] Completado
        [failed] Fallido
        [unknown] Desconocido
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] Texto a vídeo
        [image_to_video] Imagen a vídeo
        [video_to_video] Vídeo a vídeo
       *[other] { $raw }
    }
clips-rendered-in = Renderizado en { $time }
clips-failed-after = tras { $time }
clips-summary = { $status }, { $model }, { $prompt }
clips-summary-no-prompt = sin prompt
clips-unknown-model = Modelo desconocido

## Marks

clips-stars =
    { $rating ->
        [one] { $rating } estrella
       *[other] { $rating } estrellas
    }
clips-marks-picked = Elegido
clips-marks-rejected = Descartado
clips-marks-both = { $flag }, { $stars }
clips-marks-picked-key = Elegido (P)
clips-marks-rejected-key = Descartado (X)
clips-star-title = { $stars } ({ $key })
clips-star-clear-title = Quitar las estrellas (0)
clips-announce-picked =
    { $count ->
        [one] { $count } clip elegido
       *[other] { $count } clips elegidos
    }
clips-announce-rejected =
    { $count ->
        [one] { $count } clip descartado
       *[other] { $count } clips descartados
    }
clips-announce-unflagged =
    { $count ->
        [one] { $count } clip sin marca
       *[other] { $count } clips sin marca
    }
clips-announce-rated =
    { $count ->
        [one] { $count } clip: { $stars }
       *[other] { $count } clips: { $stars }
    }
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = sin estrellas
clips-mark-failed = No se pudieron marcar los clips

## Screen reader

clips-announce-finished = Terminado: { $what }
clips-announce-finished-model = Terminado: { $what } ({ $model })
clips-announce-merged-clip = clip unido
clips-announce-no-prompt = clip sin prompt
clips-announce-failed = Fallido: { $reason }.
clips-announce-failed-about = Fallido: { $reason } ({ $about }).
clips-announce-about-both = { $model }, «{ $prompt }»
clips-announce-about-prompt = «{ $prompt }»
clips-announce-no-reason = sin motivo indicado
clips-announce-with-refund = { $sentence } Se reembolsaron los créditos.

## A card

clips-no-prompt = Sin prompt
clips-saving-label = Guardando en tu biblioteca
clips-saving = Guardando…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = Iniciado { $started } · terminado { $finished }
clips-card-credits = { $credits } cr
clips-card-saved = Guardado
clips-card-refunded = Reembolsado
clips-card-refunded-title = Se reembolsaron los créditos
clips-card-merge = Unión
clips-card-merged-here = Unido aquí
clips-card-not-on-server = No está en el servidor
clips-card-not-on-server-title = El servidor ya no conoce este trabajo; no se actualiza
clips-actions = Acciones del clip
clips-open-file = Abrir archivo
clips-save-to-library = Guardar en la biblioteca
clips-add-to-merge = Añadir a la unión
clips-in-merge-tip = En la bandeja de unión (pulsa para quitarlo)
clips-retry = Reintentar
clips-retry-only-here = Solo se pueden reintentar los trabajos iniciados en esta app
clips-edit-retry = Editar y reintentar
clips-edit-retry-tip = Editar y reintentar: cambia la solicitud y vuelve a generar
clips-more-actions = Más acciones

## Preview

clips-preview-label = Vista previa del resultado
clips-preview-waiting = Esperando al proveedor
clips-preview-rendering = Renderizando
clips-preview-not-finished = Aún no ha terminado
clips-preview-unsafe = Enlace del resultado oculto: no es una URL segura (https)
clips-preview-unplayable = La vista previa no se puede reproducir aquí
clips-preview-length = , duración
clips-play-sound = Reproducir con sonido

## Takes

clips-stack-takes =
    { $count ->
        [one] { $count } toma
       *[other] { $count } tomas
    }
clips-stack-open-tip =
    { $count ->
        [one] Mostrar la { $count } toma
       *[other] Mostrar las { $count } tomas
    }
clips-stack-close-tip = Volver a apilar las tomas (Esc)
clips-takes-title = Tomas
clips-take-place = Toma { $n } de { $of }
clips-take-made-from = Hecho a partir de
clips-take-origin-take = la toma { $n }
clips-take-origin-this = este clip
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = un clip ya eliminado
clips-take-current = Toma { $n } · este clip
clips-take-other = Toma { $n } · { $about }
clips-take-picked = elegida
clips-take-rejected = descartada

## Details

clips-detail-back = Nueva generación
clips-detail-video = Vídeo del resultado
clips-detail-open = Abrir
clips-copy-link = Copiar enlace
clips-detail-retry-only-here = Solo se pueden reintentar los trabajos iniciados en esta app
clips-use-prompt = Usar este prompt
clips-detail-move = Mover
clips-detail-remove = Quitar
clips-detail-prompt = Prompt
clips-detail-made-from = Hecho a partir de
clips-detail-details = Detalles
clips-detail-job-id = ID del trabajo
clips-detail-model = Modelo
clips-detail-mode = Modo
clips-detail-status = Estado
clips-detail-created = Creado
clips-detail-completed = Completado
clips-detail-length = Duración del clip
clips-detail-credits = Créditos
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · reembolsados
       *[no] { $credits }
    }
clips-detail-folder = Carpeta
clips-detail-origin = Origen
clips-detail-origin-app = Iniciado en esta app
clips-detail-origin-history = De tu historial de UlazAI
clips-detail-origin-local-merge = Unido en este equipo
clips-detail-origin-merge = Resultado de una unión
clips-detail-server = Servidor
clips-detail-unknown-to-server = Desconocido para el servidor (ya no se actualiza)
clips-detail-updated = Último cambio
clips-detail-result = Resultado
clips-detail-not-https = no es https: no se abre
clips-detail-settings = Ajustes
clips-detail-provider = Datos del proveedor
clips-detail-none-reported = No informó nada.

## Clip menu

clips-menu-title = Acciones del clip
clips-unfiled = Sin carpeta
clips-menu-details = Ver detalles
clips-menu-reveal = Mostrar en la carpeta
clips-menu-copy-path = Copiar ruta del archivo
clips-menu-open-browser = Abrir en el navegador
clips-menu-export =
    { $count ->
        [one] Exportar…
       *[other] Exportar { $count } clips…
    }
clips-menu-take-out-of-merge = Quitar de la unión
clips-menu-compare = Comparar { $count } clips
clips-menu-pick = Elegir
clips-menu-reject = Descartar
clips-menu-unflag = Quitar marca
clips-menu-rate =
    { $rating ->
        [one] Valorar con { $rating } estrella
       *[other] Valorar con { $rating } estrellas
    }
clips-menu-clear-stars = Quitar las estrellas
clips-menu-delete =
    { $count ->
        [one] Eliminar clip…
       *[other] Eliminar { $count } clips…
    }
clips-menu-remove-from-library =
    { $count ->
        [one] Quitar de la biblioteca
       *[other] Quitar { $count } clips de la biblioteca
    }
clips-menu-move =
    { $count ->
        [one] Mover a
       *[other] Mover { $count } clips a
    }
clips-menu-move-to =
    { $count ->
        [one] Mover a { $folder }
       *[other] Mover { $count } clips a { $folder }
    }
clips-menu-remove-from-view = Quitar de la vista
clips-key-enter = Intro
clips-key-delete = Supr
clips-key-shift-delete = Mayús+Supr
clips-menu-current = (actual)

## After an action

clips-rendering-again =
    { $count ->
        [one] Renderizando el clip de nuevo
       *[other] Renderizando { $count } clips de nuevo
    }
clips-retry-failed = No se pudo reintentar
clips-removed-from-view = Quitado de la vista
clips-remove-failed = No se pudo quitar
clips-moved =
    { $count ->
        [one] { $count } clip movido a { $folder }
       *[other] { $count } clips movidos a { $folder }
    }
clips-a-folder = carpeta
clips-move-failed = No se pudo mover
clips-open-failed = No se pudo abrir el resultado

## Empty grid

clips-empty-loading = Cargando tus clips…
clips-card-loading = Cargando clip
clips-empty-welcome = Te damos la bienvenida a UlazAI Studio
clips-empty-intro = Renderiza vídeo con IA con los modelos de UlazAI, sigue cada trabajo hasta el final, organiza los clips en carpetas y únelos.
clips-empty-starting-demo = Iniciando la demo…
clips-empty-try-demo = Probar la demo
clips-empty-add-key = Añadir tu clave de API
clips-empty-fine = La demo funciona con un simulador local: sin cuenta y sin créditos. Tu clave está en tu panel de UlazAI y se guarda en el llavero del sistema.
clips-empty-no-match = Ningún clip coincide con estos filtros
clips-empty-clear-filters = Borrar filtros
clips-empty-folder = Esta carpeta está vacía
clips-empty-folder-before = Arrastra tarjetas desde
clips-empty-folder-link = Todos los clips
clips-empty-folder-after = a una carpeta para guardarlas aquí.
clips-empty-none = Aún no hay clips
clips-empty-none-before = Describe un plano en el panel de la derecha y pulsa
clips-empty-none-button = Generar
clips-empty-none-after = . Las tarjetas aparecen aquí y se actualizan en directo.

## Edit & retry

clips-retrying = Reintentando
clips-retry-why = Falló: { $reason }
clips-retry-cancel = Cancelar reintento
