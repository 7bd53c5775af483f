glossary-clip = clip
glossary-clip-means = Un vídeo que produce un render (o una unión de clips). Los resultados se cuentan en clips: «3 clips».
glossary-render = render
glossary-render-means = La creación de un clip: el trabajo en curso («Renderizando», «En espera de render») y el verbo.
glossary-generation-request = solicitud de generación
glossary-generation-request-means = Una solicitud de generación, que puede renderizar varios clips; el límite por hora cuenta estas solicitudes.
glossary-credits-term = créditos
glossary-credits-means = Lo que cuesta un clip: se cobra cuando empieza su render y se reembolsa si falla.

glossary-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
glossary-credits =
    { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
glossary-cost-unknown = coste desconocido
glossary-merged-clip = Clip unido
glossary-rendering =
    { $count ->
        [one] Renderizando { $count } clip
       *[other] Renderizando { $count } clips
    }
glossary-queued =
    { $count ->
        [one] { $count } clip añadido a la cola
       *[other] { $count } clips añadidos a la cola
    }
glossary-requests-left =
    { $count ->
        [one] Queda { $count } solicitud de generación esta hora
       *[other] Quedan { $count } solicitudes de generación esta hora
    }

glossary-quality-standard = Estándar
glossary-quality-pro = Pro
glossary-quality-hd = HD

glossary-seconds = { $seconds } s
glossary-fps = { $fps } fps
glossary-on = Sí
glossary-off = No
glossary-orientation-image = Desde la imagen
glossary-orientation-video = Desde el vídeo

glossary-label-model = Modelo
glossary-label-aspect-ratio = Relación de aspecto
glossary-label-duration = Duración
glossary-label-quality = Calidad
glossary-label-input-images = Imágenes de entrada
glossary-label-input-videos = Vídeos de entrada
glossary-label-sound = Sonido
glossary-label-orientation = Orientación del personaje
glossary-label-count = Clips del lote
glossary-label-length = Duración del clip
glossary-label-frame-rate = Velocidad de fotogramas
glossary-label-resolution = Resolución
