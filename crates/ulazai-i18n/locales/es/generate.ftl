generate-title = Nueva generación

generate-field-model = Modelo
generate-field-prompt = Prompt
generate-field-aspect-ratio = Relación de aspecto
generate-field-duration = Duración
generate-field-quality = Calidad
generate-field-images = Imágenes
generate-field-videos = Vídeos
generate-field-sound = Sonido
generate-field-orientation = Orientación
generate-field-count = Cantidad

generate-starting = Iniciando…
generate-reason-fix-key = Corrige tu clave de API para generar
generate-reason-add-key = Añade tu clave de API (o prueba la demo) para generar
generate-reason-choose-model = Elige un modelo
generate-reason-hourly-limit = Límite por hora alcanzado: se restablece a las { $time }
generate-reason-hourly-limit-hour = Límite por hora alcanzado: se restablece a la hora en punto
generate-reason-prompt-too-long = El prompt es demasiado largo para este modelo
generate-reason-field = { $field }: { $message }
generate-reason-fix-fields =
    { $count ->
        [one] Corrige { $count } campo para generar
       *[other] Corrige { $count } campos para generar
    }
generate-reason-checking = Comprobando…

generate-models-loading = Cargando modelos…
generate-models-no-key = Aún no hay modelos: añade tu clave de API
generate-models-no-key-why = La lista de modelos llega de UlazAI con tu clave de API.
generate-models-failed = No se pudieron cargar los modelos
generate-model-option-credits = { $credits } cr
generate-model-engine-unknown = Motor desconocido
generate-model-price =
    { $credits ->
        [one] { $credits } crédito por clip
       *[other] { $credits } créditos por clip
    }
generate-model-price-unknown = precio desconocido
generate-demo-try = Probar la demo
generate-demo-starting = Iniciando la demo…
generate-add-key = Añadir tu clave de API

generate-prompt-optional = (opcional)
generate-prompt-placeholder = Describe el plano: sujeto, acción, cámara, luz…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left =
    { $left ->
        [one] Queda { $left } carácter
       *[other] Quedan { $left } caracteres
    }
generate-prompt-over =
    { $over ->
        [one] { $over } carácter por encima del límite de { $max }
       *[other] { $over } caracteres por encima del límite de { $max }
    }
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Intro
generate-keys-generate = genera
generate-keys-recent = prompts recientes
generate-history-open = Recientes
generate-history-search = Buscar en prompts recientes
generate-history-list = Prompts recientes
generate-history-none = Ningún prompt reciente coincide

generate-duration-not-offered = { $seconds } s (no disponible)
generate-orientation-video = Desde el vídeo (≤ 30 s)
generate-orientation-image = Desde la imagen (≤ 10 s)
generate-sound-hint = Generar una pista de audio
generate-count-label = Clips en este lote
generate-count-fewer = Menos clips
generate-count-more = Más clips
generate-up-to = hasta { $max }
generate-urls-at-least = al menos { $min }
generate-urls-exactly = exactamente { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = opcional
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] Quitar imagen { $index }
       *[other] Quitar vídeo { $index }
    }
generate-url-remove-tip = Quitar
generate-url-add =
    { $kind ->
        [image] Añadir URL de imagen
       *[other] Añadir URL de vídeo
    }

generate-error-dismiss = Cerrar
generate-cost-formula = { $credits } × { $count }
generate-cost-label = Coste
generate-cost-unknown = desconocido
generate-submit =
    { $count ->
        [1] Generar
       *[other] Generar { $count } clips
    }

generate-quoted-prompt = «{ $prompt }»
generate-retry-failed-clip = un clip fallido
generate-retry-no-reason = No se indicó ningún motivo.
generate-reuse-retry = El formulario contiene la solicitud fallida: edítala y pulsa Generar para volver a intentarlo.
generate-reuse = El formulario contiene el prompt y los ajustes de este clip, listos para editar.

generate-variations-need-prompt = Escribe primero el prompt en el formulario: las variaciones lo repiten en distintos modelos, relaciones de aspecto y duraciones.
generate-variations-models = Modelos
generate-variations-unable =
    { $count ->
        [one] { $count } modelo necesita otra entrada
       *[other] { $count } modelos necesitan otra entrada
    }
generate-variations-pick = { $model }: qué variar
generate-variations-price = { $cost } por clip
generate-variations-preview =
    { $count ->
        [one] Vista previa de { $count } variación
       *[other] Vista previa de { $count } variaciones
    }
