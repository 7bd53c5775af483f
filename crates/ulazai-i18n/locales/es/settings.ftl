settings-title = Ajustes
settings-close = Cerrar ajustes
settings-close-tip = Cerrar (Esc)

## API key

settings-key-title = Clave de API
settings-key-state =
    { $state ->
        [valid] Funciona
        [invalid] Rechazada por el servidor
        [unverified] Sin verificar
       *[missing] Sin configurar
    }
settings-key-storage =
    { $storage ->
        [keyring] Guardada en el llavero del sistema
        [until_quit] Se conserva hasta que salgas
       *[none] No hay clave guardada
    }
settings-key-placeholder-replace = Pega una clave nueva para reemplazarla
settings-key-empty = Primero pega tu clave de API (empieza por ulazai_).
settings-key-keep-until-quit = Conservar hasta salir
settings-key-replace = Reemplazar
settings-key-save = Guardar
settings-key-verify = Verificar
settings-key-remove = Quitar clave
settings-key-hint = La clave se entrega al almacenamiento seguro de la app y no se vuelve a mostrar; solo una breve vista previa.
settings-keyring-down = { $problem } La clave puede conservarse en memoria hasta que salgas.
settings-keyring-unavailable = El llavero del sistema no está disponible.

## Notifications

settings-notify-title = Notificaciones
settings-notify-clips = Avisar cuando los clips terminen o fallen
settings-notify-history = También para trabajos encontrados en el historial al iniciar

## Web account

settings-web-title = Cuenta web
settings-web-state =
    { $state ->
        [connected] Cuenta web conectada
        [expired] Sesión web caducada
       *[none] Sin conectar
    }
settings-web-why = Las carpetas en ulazai.com y la unión en el servidor requieren que inicies sesión en el sitio web (tu clave de API no basta). Sin ella, las carpetas se quedan en este equipo y los clips se unen aquí con ffmpeg.
settings-web-expired = UlazAI cerró la sesión web. No se ha perdido nada; vuelve a conectarte para seguir en el servidor.
settings-web-disconnect = Desconectar
settings-web-reconnect = Volver a conectar
settings-web-sign-in = Iniciar sesión en UlazAI
settings-web-signing-in = Termina de iniciar sesión en la ventana «{ $window }»…
settings-web-keyring = La sesión se guarda solo en el llavero de tu sistema.

## Library

settings-library-title = Biblioteca
settings-library-folder = Carpeta de la biblioteca
settings-library-change = Cambiar…
settings-library-default = Usar la predeterminada
settings-library-hint = Una subcarpeta por cada carpeta de la app; nombres de archivo con fecha, modelo y prompt.
settings-max-download = Descarga máxima (GiB)
settings-max-download-hint = Un resultado más grande no se guarda (predeterminado: { $default } GiB).
settings-max-download-refused = Introduce un tamaño en GiB, como mínimo { $min } (1 MiB).
settings-ffmpeg = ffmpeg para unir en este equipo
settings-ffmpeg-from-path = El que se encuentre en el PATH
settings-ffmpeg-choose = Elegir ffmpeg…
settings-ffmpeg-use-path = Usar ffmpeg del PATH
settings-ffmpeg-hint = Elige el propio programa ffmpeg; se comprueba (debe responder como ffmpeg) antes de guardarlo.
settings-marks = Marcas y estrellas en los clips exportados
settings-marks-none = No incluidas
settings-marks-names = Al final de los nombres de archivo
settings-marks-sidecar = En un archivo XMP junto a cada clip
settings-marks-hint = Los nombres de archivo terminan como «… [pick, 4 stars].mp4»; un archivo XMP guarda la valoración, la marca y el prompt para Lightroom, Bridge o darktable.
settings-auto-download = Guardar automáticamente los clips terminados en la biblioteca

## Updates

settings-updates-title = Actualizaciones
settings-updates-check = Buscar actualizaciones
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = Comprobar ahora
settings-updates-hint = Las actualizaciones están firmadas por UlazAI y solo se instalan cuando tú lo decides. Se comprueban al iniciar y cada pocas horas.

## Language

settings-language-title = Idioma
settings-language-system = Sistema ({ $language })
settings-language-hint = La ventana, las notificaciones y la bandeja cambian al instante.
settings-language-pinned = ULAZAI_LANG está definido: decide el idioma hasta que se quite.

## Appearance

settings-appearance-title = Apariencia
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro

## Advanced

settings-advanced = Avanzado
settings-base-url = URL base de la API
settings-base-url-refused = { $error } Studio sigue usando la dirección anterior.
settings-base-url-demo = La demo funciona con un simulador integrado en este equipo, así que todavía no se usa ningún servidor. Cuando añadas tu clave de API, Studio se conectará a { $server } o a la dirección de arriba.
settings-base-url-hint = Déjalo vacío para usar { $server }. Cámbialo solo si el soporte de UlazAI te lo pide.
