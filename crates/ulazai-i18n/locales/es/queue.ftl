queue-add = Añadir a la cola
queue-adding = Añadiendo…
queue-import = Importar lista…
queue-variations = Variaciones…

queue-title = Cola
queue-show = Mostrar la cola
queue-hide = Ocultar la cola
queue-requests-used = { $used }/{ $limit } solicitudes usadas esta hora
queue-pause = Pausar
queue-resume = Reanudar
queue-list = Solicitudes en cola, en el orden en que se envían (el asa de un elemento lo mueve con las flechas)
queue-reorder = Reordenar «{ $prompt }», elemento { $position } de { $total } (las flechas lo mueven; Inicio y Fin, a un extremo)
queue-reorder-tip = Arrastra o usa las flechas para reordenar
queue-move-front = Mover al principio
queue-submit-now = Enviar ahora
queue-remove = Quitar
queue-state =
    { $state ->
        [submitting] Enviando
        [refused] Rechazado
       *[other] En cola
    }
queue-when-sending = Enviando…
queue-when-refused = Rechazado: { $error }
queue-when-refused-unknown = Rechazado por UlazAI
queue-when-paused = En espera: la cola está en pausa
queue-when-now = Empieza ahora
queue-when-around = Empieza hacia las { $time }
queue-paused-credits = La cola está en pausa: no hay créditos suficientes. Añade créditos en ulazai.com y reanúdala.
queue-paused-credits-message = La cola está en pausa: no hay créditos suficientes. { $message } Añade créditos en ulazai.com y reanúdala.
queue-paused-key = La cola está en pausa hasta que se configure una clave de API válida.
queue-paused-user = La cola está en pausa. No se envía nada nuevo hasta que la reanudes.
queue-submit-blocked = Se alcanzó el límite por hora ({ $used } de { $limit } solicitudes): «Enviar ahora» será posible a las { $time }, dentro de { $wait }.
queue-usually-seconds = normalmente { $seconds } s con este modelo
queue-usually-minutes = normalmente { $minutes } min con este modelo

queue-import-title = Importar una lista de prompts
queue-variations-title = Variaciones de este prompt
queue-confirm-prompts = ¿Poner estos prompts en cola?
queue-confirm-variations = ¿Poner estas variaciones en cola?
queue-close = Cerrar
queue-close-tip = Cerrar (Esc)
queue-import-hint-lines = Un prompt por línea (se omiten las líneas vacías y las que empiezan por #), o un CSV con fila de encabezado:
queue-import-hint-optional = y, opcionalmente,
queue-import-hint-defaults = Los valores que falten se toman del formulario.
queue-choose-file = Elegir un archivo…
queue-paste-label = O pega la lista
queue-preview = Vista previa
queue-list-too-large = { $file } ocupa más de { $megabytes } MB: demasiado grande para una lista de prompts.
queue-read-failed = No se pudo leer la lista: { $error }

queue-source-pasted = Lista pegada
queue-source-variations = Variaciones
queue-summary = { $source }: { $summary }
queue-count-prompts =
    { $count ->
        [one] { $count } prompt
       *[other] { $count } prompts
    }
queue-count-variations =
    { $count ->
        [one] { $count } variación
       *[other] { $count } variaciones
    }
queue-left-out-lines =
    { $count ->
        [one] Se omite { $count } línea
       *[other] Se omiten { $count } líneas
    }
queue-left-out-combinations =
    { $count ->
        [one] Se omite { $count } combinación
       *[other] Se omiten { $count } combinaciones
    }
queue-items = Prompts para la cola
queue-folder-label = Poner los clips en una carpeta nueva (opcional)
queue-folder-placeholder = Nombre de la carpeta
queue-back = Atrás
queue-confirm = Poner en cola { $what } · { $cost }
queue-queued = En cola: { $what }

queue-fail-read-list = No se pudo leer la lista
queue-fail-read-dropped = No se pudo leer el archivo soltado
queue-fail-variation-models = No se pudieron listar los modelos para las variaciones
queue-fail-variations = No se pudieron preparar las variaciones
queue-fail-queue-list = No se pudo poner la lista en cola
queue-fail-pause = No se pudo pausar la cola
queue-fail-resume = No se pudo reanudar la cola
queue-fail-move = No se pudo mover el elemento
queue-fail-remove = No se pudo quitar el elemento
queue-fail-submit-now = No se pudo enviar ahora
