# Mensajes de error: qué salió mal, en una frase, y qué hacer.
# $server es la frase original del servidor de UlazAI (en inglés): colócala tal cual.
# $status es un código HTTP.

## El servidor de UlazAI o la red lo rechazó

errors-api-invalid-request = UlazAI rechazó esta solicitud. Revisa los ajustes del render.
errors-api-invalid-request-says = UlazAI rechazó esta solicitud: { $server }
errors-api-unauthorized = UlazAI no aceptó tu clave de API. Revísala en Ajustes → Clave de API.
errors-api-credits = No hay créditos suficientes para este lote. Añade créditos en ulazai.com y vuelve a intentarlo.
errors-api-credits-says = No hay créditos suficientes para este lote. Añade créditos en ulazai.com y vuelve a intentarlo. (UlazAI dice: { $server })
errors-api-forbidden = Tu sesión web de ulazai.com caducó o fue rechazada. Vuelve a iniciar sesión en Ajustes → Cuenta web y vuelve a intentarlo.
errors-api-not-found = UlazAI no conoce este modelo o render.
errors-api-not-found-says = UlazAI no conoce este modelo o render. (UlazAI dice: { $server })
errors-api-rate-limited-at = Se alcanzó el límite de solicitudes de UlazAI. Puedes volver a intentarlo { $wait }.
errors-api-rate-limited = Se alcanzó el límite de solicitudes de UlazAI (24 lotes nuevos por hora). Espera unos minutos y vuelve a intentarlo.
errors-api-server = UlazAI tuvo un problema por su parte (HTTP { $status }). Vuelve a intentarlo en un momento.
errors-api-network-connect = No se pudo conectar con UlazAI. Revisa tu conexión a internet; la app seguirá intentándolo.
errors-api-network-timeout = UlazAI no respondió a tiempo. Revisa tu conexión; la app seguirá intentándolo.
errors-api-network-reset = La conexión con UlazAI se cortó. Revisa tu conexión; la app seguirá intentándolo.
errors-api-network-other = Un problema de red interrumpió la solicitud a UlazAI. Revisa tu conexión; la app seguirá intentándolo.
errors-api-unreadable = UlazAI envió una respuesta que la app no puede leer (HTTP { $status }). Vuelve a intentarlo en un momento; si sigue pasando, puede que la app necesite una actualización.
errors-api-unexpected = UlazAI respondió de forma inesperada (HTTP { $status }). Vuelve a intentarlo más tarde.
errors-api-no-credentials = No hay ninguna clave de API. Añade tu clave de API de UlazAI en Ajustes → Clave de API.
errors-api-bad-url = No se puede usar la dirección del servidor: { $reason }

## Cuándo volver a intentarlo tras un límite de solicitudes (en errors-api-rate-limited-at)

errors-wait-second = en un segundo
errors-wait-seconds = en { $seconds } segundos
errors-wait-minutes =
    { $minutes ->
        [one] en { $minutes } minuto
       *[other] en { $minutes } minutos
    }
errors-wait-hours =
    { $hours ->
        [one] en { $hours } hora
       *[other] en { $hours } horas
    }

## Una solicitud que el formulario debe cambiar antes de enviarla

errors-list-or = { $head } o { $last }
errors-seconds = { $seconds } s
errors-input-image-link = La imagen de entrada { $number } no es un enlace válido: { $reason }.
errors-input-video-link = El vídeo de entrada { $number } no es un enlace válido: { $reason }.
errors-batch-size = Un lote tiene de 1 a 4 renders.
errors-batch-one = { $model } hace un render cada vez; pon el lote en 1.
errors-batch-size-model = Un lote de { $model } tiene de 1 a { $max } renders.
errors-choose-model = Elige un modelo.
errors-unknown-model = UlazAI no tiene ningún modelo «{ $slug }». Elige uno de la lista.
errors-prompt-needed = Escribe un prompt: { $model } necesita uno.
errors-prompt-too-long = { $model } acepta prompts de hasta { $max } caracteres; este tiene { $length }.
errors-ratio-only = { $model } solo renderiza en { $ratio }.
errors-choose-ratio = Elige una relación de aspecto: { $choices }.
errors-duration-only = { $model } solo renderiza clips de { $seconds } s.
errors-choose-duration = Elige una duración: { $choices }.
errors-choose-quality = Elige una calidad: { $choices }.
errors-no-quality = { $model } no tiene modos de calidad; deja la calidad sin definir.
errors-no-sound = { $model } renderiza sin sonido; desactiva el sonido.
errors-input-count =
    { $kind ->
        [image]
            { $count ->
                [one] una imagen de entrada
               *[other] { $count } imágenes de entrada
            }
       *[video]
            { $count ->
                [one] un vídeo de entrada
               *[other] { $count } vídeos de entrada
            }
    }
errors-input-none =
    { $kind ->
        [image] { $model } no admite imágenes de entrada; quítalas.
       *[video] { $model } no admite vídeos de entrada; quítalos.
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } necesita exactamente { $inputs }.
       *[video] { $model } necesita exactamente { $inputs }.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } necesita al menos { $inputs }.
       *[video] { $model } necesita al menos { $inputs }.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } admite como máximo { $inputs }.
       *[video] { $model } admite como máximo { $inputs }.
    }
errors-choose-orientation = Elige una orientación del personaje: vídeo (clips de hasta 30 s) o imagen (hasta 10 s).
errors-orientation-duration =
    { $orientation ->
        [video] Con orientación de vídeo, los clips duran hasta { $seconds } s.
        [image] Con orientación de imagen, los clips duran hasta { $seconds } s.
       *[other] Con orientación { $orientation }, los clips duran hasta { $seconds } s.
    }
errors-orientation-not-motion = La orientación del personaje solo se aplica a los modelos de motion control.

## Un clip, una carpeta o un elemento de la cola que ya no está

errors-missing-job = Este clip ya no está en la app.
errors-retry-unknown-settings = Este clip no se inició desde esta app, así que sus ajustes son desconocidos. Vuelve a iniciarlo desde el formulario.
errors-queue-empty = No hay nada que poner en cola.
errors-queue-full = La cola admite como máximo { $max } elementos.
errors-folder-gone = Esta carpeta ya no existe.
errors-queue-item-gone = Este clip ya no está esperando en la cola.
errors-folder-gone-any-more = Esta carpeta no existe (o ya no existe).
errors-queued-clip-gone = Este clip en cola no existe (o ya no existe).
errors-merge-gone = Esta unión no existe (o ya no existe).
errors-fields-highlighted = Hay que cambiar algunos ajustes de este render (mira los campos resaltados).

## Unir clips

errors-merge-too-few = Elige al menos dos clips para unir.
errors-merge-too-many = Se pueden unir como máximo { $max } clips a la vez.
errors-merge-duplicate = Hay un clip repetido en la lista.
errors-merge-not-completed = Solo se pueden unir clips terminados.
errors-merge-session-expired = Tu sesión web de ulazai.com caducó. Vuelve a conectarte en Ajustes o usa «Unir en este ordenador».
errors-merge-no-ffmpeg = Para unir en este ordenador hace falta ffmpeg, que no está instalado. { $how }

## Marcas (elegir / descartar, estrellas) y nombres de carpeta

errors-marks-stars = Un clip tiene de 1 a { $max } estrellas (0 las quita): { $stars } estrellas no es una valoración.
errors-marks-nothing = Elige una marca o un número de estrellas.
errors-marks-no-clips = Selecciona al menos un clip para marcar.
errors-folder-name-empty = El nombre de la carpeta no puede estar vacío.
errors-folder-name-too-long = El nombre de la carpeta es demasiado largo (máximo { $max } caracteres).

## Abrir el resultado de un clip

errors-no-result-to-open = Este render todavía no tiene un resultado que abrir.

## Escrito por la propia ventana, cuando un error llega sin frase

errors-ui-rate-limited-at = Se alcanzó el límite de solicitudes de UlazAI. Puedes volver a intentarlo a las { $time }, en { $wait }.
errors-ui-rate-limited = Se alcanzó el límite de solicitudes de UlazAI. Espera unos minutos y vuelve a intentarlo.
errors-ui-credits = No hay créditos suficientes para este lote. Añade créditos en ulazai.com o reduce la cantidad.
errors-ui-unknown = Algo salió mal ({ $code }).

## El sistema no pudo hacerlo (abrir, mostrar, arrastrar)

errors-open-file = No se pudo abrir el archivo: { $reason }
errors-reveal-file = No se pudo mostrar el archivo: { $reason }
errors-open-result = No se pudo abrir el resultado: { $reason }
errors-drag-out = No se pudo empezar a arrastrar: { $reason }

## Rechazos de las peticiones de la ventana

errors-still-starting = La app todavía se está iniciando.
errors-engine-failed = La app no pudo conectar su motor de render: { $reason }
errors-delete-none = Selecciona al menos un clip para eliminar.
errors-undo-gone = Esta eliminación ya no se puede deshacer.
errors-move-none = Selecciona al menos un clip para mover.
errors-key-empty = Pega tu clave de API de UlazAI.
errors-key-shape = Esto no parece una clave de API (las claves son como ulazai_live_…).
errors-sort-place = Un orden se aplica a todos los clips, a «Sin carpeta» o a una carpeta.
errors-sort-order = Esto no es un orden.
errors-import-kind = Suelta una lista de prompts: un archivo .txt (un prompt por línea) o un archivo .csv.
errors-import-too-large = Este texto supera los 4 MB: es demasiado grande para una lista de prompts.

## Actualizaciones de la app: por qué se rechazó una comprobación o una instalación

errors-update-not-configured = Esta versión de UlazAI Studio no tiene ningún servidor de actualizaciones configurado.
errors-update-nothing-offered = No hay ninguna actualización lista para instalar: busca actualizaciones primero.
errors-update-merge-running = Hay una unión en curso: instala la actualización cuando termine.
errors-update-submitting = Se está enviando un render: instala la actualización en un momento.
errors-update-installing = La actualización ya se está instalando.
errors-update-older = El servidor de actualizaciones ofrece la versión { $offered }, anterior a esta ({ $running }). Se rechazó; no se instaló nada.
errors-update-bad-version = El servidor de actualizaciones ofrece una versión que no es un número de versión («{ $version }»). Se rechazó; no se instaló nada.
errors-update-not-manifest = La respuesta del servidor de actualizaciones no es un manifiesto de actualización ({ $reason }). Se rechazó; no se instaló nada.
errors-update-no-package = La actualización no incluye ningún paquete para este tipo de instalación ({ $reason }); no se instaló nada.
errors-update-not-https = La dirección del servidor de actualizaciones no es https, así que no se consultó; no se instaló nada.
errors-update-check-failed = No se pudieron buscar actualizaciones: { $reason }.
errors-update-signed-mismatch = El paquete descargado se firmó para la versión { $signed }, no para la { $announced } que anunció el servidor. Se rechazó; no se instaló nada.
errors-update-bad-signature = La actualización descargada no está firmada con la clave de UlazAI Studio ({ $reason }). Se rechazó; no se instaló nada.
errors-update-cut-short = La descarga de la actualización se interrumpió ({ $reason }); no se instaló nada. Vuelve a intentarlo más tarde.
errors-update-network = No se pudo descargar la actualización: { $reason }; no se instaló nada.
errors-update-download-failed = No se pudo descargar la actualización ({ $reason }); no se instaló nada.
errors-update-wrong-package = La actualización descargada no es un paquete para este tipo de instalación (formato no válido); no se instaló nada.
errors-update-no-admin = No se concedieron permisos de administrador; no se instaló nada.
errors-update-package-manager = El gestor de paquetes no instaló la actualización (cancelada o fallida); la app no ha cambiado.
errors-update-install-failed = No se pudo instalar la actualización ({ $reason }); la app no ha cambiado.
errors-import-unreadable = No se puede leer { $file }: { $reason }.
errors-import-not-file = { $file } no es un archivo normal; suelta una lista de prompts (un archivo .txt o .csv).
errors-import-file-too-large = { $file } supera los 4 MB: es demasiado grande para una lista de prompts.
errors-import-not-text = { $file } no es texto sin formato (UTF-8).

## El llavero del sistema (donde se guarda la clave de API)

errors-keyring-unavailable =
    { $system ->
        [macos] No se pudo usar el llavero de macOS. Permite que UlazAI Studio acceda al llavero, o guarda la clave hasta que salgas.
        [windows] No se pudo usar el Administrador de credenciales de Windows. Comprueba que esté en marcha, o guarda la clave hasta que salgas.
       *[other] No hay ningún llavero del sistema disponible. Instala y desbloquea GNOME Keyring o KWallet, o guarda la clave hasta que salgas.
    }
errors-keyring-no-entry = No se encontró la clave en el llavero.
errors-keyring-unreadable = El llavero contiene un valor ilegible para la clave.
errors-keyring-refused = El llavero rechazó «{ $attribute }».
errors-keyring-refused-why = El llavero rechazó «{ $attribute }»: { $reason }.
errors-keyring-ambiguous = El llavero contiene varias claves de UlazAI; elimínalas con tu gestor de llaveros.
errors-keyring-failed = El llavero del sistema falló.
errors-keyring-partial = El llavero solo contiene una parte de un secreto guardado.
errors-keyring-interrupted = Se interrumpió el acceso al llavero.

## Guardar el vídeo de un clip en la biblioteca

errors-download-http-expired = El enlace de descarga caducó o no está permitido (HTTP { $status }). Actualiza el render y vuelve a intentarlo.
errors-download-http-gone = El vídeo ya no está disponible en el servidor (HTTP { $status }).
errors-download-http-server = El servidor tuvo un problema al enviar el vídeo (HTTP { $status }). Vuelve a intentarlo más tarde.
errors-download-http-refused = El servidor rechazó la descarga (HTTP { $status }).
errors-download-network = La descarga falló: { $reason }. Revisa tu conexión a internet y vuelve a intentarlo.
errors-download-incomplete = La descarga quedó incompleta ({ $got } de { $expected } bytes). Vuelve a intentarlo.
errors-download-io = No se pudo guardar el vídeo: { $reason }
errors-download-cancelled = Se canceló la descarga.
errors-download-bad-url = No se puede descargar desde esta dirección de vídeo: { $reason }
errors-download-not-video = El servidor envió algo que no es un vídeo (ni MP4, ni MOV, ni Matroska, ni WebM); no se guardó.
errors-download-too-large = El vídeo es demasiado grande para descargarlo (más de { $limit }); no se guardó.
errors-download-timed-out = La descarga tardó demasiado (más de { $took }) y se detuvo. Vuelve a intentarlo.
errors-took-second = un segundo
errors-took-seconds = { $seconds } segundos
errors-took-minutes = { $minutes } minutos
errors-download-no-result = Este clip todavía no tiene un resultado que descargar.
errors-download-folder = No se puede guardar el clip en { $folder }: { $reason }
errors-clip-not-saved = Este clip no está (todavía) en la biblioteca.
errors-clip-file-refused = El archivo de este clip no es un vídeo de la carpeta de la biblioteca; no se usa.

errors-sign-in-window = No se pudo abrir la ventana de inicio de sesión: { $reason }

## Importing a prompt list
errors-import-line = Línea { $line }
errors-import-prompt-empty = El prompt está vacío.
errors-import-duration = La duración «{ $value }» no es un número de segundos.
errors-import-count = La cantidad «{ $value }» no es un número de clips (de 1 a 4).
errors-import-too-many = Solo se leen los primeros { $max } prompts de un archivo; divide el resto en otro archivo.
errors-import-empty = El archivo no contiene prompts (se omiten las líneas vacías y las que empiezan por #).
errors-import-csv-unreadable = Esta línea no se puede leer como CSV: { $reason }.
errors-import-csv-no-prompt = La primera fila debe nombrar las columnas, entre ellas una columna «prompt» (las columnas: { $columns }).
errors-import-csv-unknown = La columna { $columns } no se usa (las columnas: { $known }).
errors-import-csv-twice = La columna { $columns } aparece dos veces; se usa la primera.
errors-import-csv-extra = Esta fila tiene más celdas de las que nombra el encabezado ({ $count }).
errors-variations-too-many = Como máximo { $max } variaciones a la vez.
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } (lo más cercano a { $asked }, que { $model } no ofrece)

## Enviado a la ventana fuera de la respuesta a un comando.

errors-queue-no-key = Añade tu clave de API de UlazAI para enviar la cola.
errors-web-session-unreadable = Sesión iniciada, pero no se pudo leer la sesión web. Vuelve a intentarlo.
errors-web-session-until-quit = La sesión web se conserva hasta que cierres la app: no se pudo usar el llavero del sistema ({ $reason })
errors-web-session-expired = Tu sesión web de ulazai.com caducó. Vuelve a conectarte para sincronizar carpetas y unir en el servidor.
errors-folder-sync-expired = La sesión web caducó: la carpeta se conserva aquí y se creará en ulazai.com cuando vuelvas a conectarte.
errors-merge-reencoded = Recodificado: { $why }.
errors-merge-cancelled = Unión cancelada.
errors-merge-clip-download = No se pudo descargar el clip { $number }: { $reason }
errors-merge-save = No se puede guardar el vídeo unido: { $reason }
errors-settings-language = El estudio no habla el idioma «{ $code }».
errors-settings-server = La dirección del servidor no se puede usar: { $reason }.
errors-settings-max-download = La descarga máxima debe estar entre 1 MiB y { $max } MiB.
errors-settings-ffmpeg = Este ffmpeg no se puede usar: { $problem }.
errors-settings-save = No se pudieron guardar los ajustes: { $reason }
errors-sort-order-save = No se pudo guardar el orden: { $reason }
errors-update-unpacked = Esta copia de UlazAI Studio no se instaló desde un paquete, así que no puede reemplazarse sola. Descarga la versión { $version } desde { $url }.
errors-update-no-pkexec = Instalar un paquete { $package } requiere permisos de administrador, y este sistema no tiene pkexec para pedirlos. Descarga la versión { $version } desde { $url } e instálala con tu gestor de paquetes.
errors-store-unusable = Tus trabajos no se pueden guardar: { $reason }. Se conservan en memoria hasta que cierres la app.

errors-trash-move = No se pudo mover el archivo del clip a la papelera: { $reason }
errors-trash-restore = No se pudo recuperar el archivo del clip de la papelera: { $reason }
errors-trash-gone = El archivo del clip ya no está en la papelera.
errors-trash-taken = Ya hay un archivo en { $path }; el archivo del clip se quedó en la papelera.
errors-trash-put-back = El archivo del clip está en la Papelera: usa «Devolver» en el Finder para recuperarlo.

errors-poll-slow-down = El servidor pidió ir más despacio (429).
errors-poll-server = El servidor tuvo un problema ({ $status }).
errors-poll-timeout = El servidor no respondió a tiempo.
errors-poll-connect = No se puede conectar con el servidor.
errors-poll-interrupted = Se interrumpió la conexión con el servidor.
errors-poll-unreadable = El servidor envió una respuesta que no se pudo leer.
errors-poll-unexpected = Respuesta inesperada del servidor ({ $answer }).

errors-ffmpeg-not-found = No se encontró ffmpeg en este equipo. { $how }
errors-ffmpeg-chosen = El ffmpeg elegido en Ajustes no se puede usar: { $problem }. Elige otro en Ajustes → Biblioteca («ffmpeg para unir en este equipo») o usa el ffmpeg que hay en este equipo («Usar ffmpeg del PATH»).
errors-ffmpeg-probe = No se pudo leer un clip: { $reason }
errors-ffmpeg-failed-code-says = ffmpeg no pudo unir los clips (código de salida { $code }): { $tail }
errors-ffmpeg-failed-code = ffmpeg no pudo unir los clips (código de salida { $code }).
errors-ffmpeg-failed-says = ffmpeg no pudo unir los clips: { $tail }
errors-ffmpeg-failed = ffmpeg no pudo unir los clips.
errors-ffmpeg-cancelled = Se canceló la unión.
errors-ffmpeg-io = No se pudo guardar el vídeo unido: { $reason }
errors-ffmpeg-bad-path = Un clip no se puede unir: { $reason }
errors-ffmpeg-bad-trim = Un recorte no se puede usar: { $reason }
