app-skip-to-clips = Ir a los clips
app-title-all = Todos los clips
app-title-unfiled = Sin carpeta
app-title-folder = Carpeta
app-region-clips = Clips
app-region-details = Detalles del clip
app-region-new = Nueva generación
app-grid-label = { $title }: clips, { $sort }
app-rate-reached-at = Límite por hora alcanzado · se restablece a las { $time }
app-rate-reached = Límite por hora alcanzado
app-rate-limit-tip = Límite: { $limit } por hora
app-conn-reconnecting = Reconectando
app-conn-reconnecting-tip = UlazAI no responde; la app vuelve a intentarlo por sí sola
app-conn-offline = Sin conexión
app-conn-offline-tip = No hay conexión con UlazAI
app-conn-online = En línea
app-conn-online-tip = UlazAI respondió
app-conn-idle = No conectado
app-conn-idle-waiting-tip = Esperando la respuesta de UlazAI
app-conn-idle-no-key-tip = Añade tu clave de API (o prueba la demo) para conectarte a UlazAI
app-demo-badge = Demo
app-demo-tip = Los clips se renderizan en un simulador local; no se usan créditos
app-key-set = Clave configurada
app-key-valid-tip =
    { $storage ->
        [until_quit] Clave de API (guardada hasta que cierres la app)
       *[other] Clave de API en el llavero del sistema
    }
app-key-unverified-tip = Clave de API aún no verificada
app-key-rejected = Clave rechazada
app-key-rejected-tip = El servidor rechazó la clave de API
app-key-none = Sin clave de API
app-key-none-tip = Añade tu clave de API en Ajustes
app-settings = Ajustes
app-settings-tip = Ajustes ({ $keys })
app-menu = Menú
app-menu-tip = Menú: atajos de teclado, ajustes
app-menu-shortcuts = Atajos de teclado
app-menu-settings = Ajustes
app-dismiss = Cerrar
app-try-again = Reintentar
app-banner-boot-error = El backend de la app no respondió.
app-banner-store-notice = Tus trabajos no se están guardando.
app-banner-set-aside-title = Tu biblioteca de clips estaba dañada.
app-banner-set-aside-before = Se ha apartado como
app-banner-set-aside-after = en la carpeta de datos de la app; los clips que el servidor aún conoce han vuelto.
app-banner-offline-title = No tienes conexión.
app-banner-offline = { $reason }. Los renders en curso siguen en UlazAI; sus tarjetas se actualizarán cuando vuelva la conexión.
app-banner-backoff-title = Problemas para conectar con UlazAI
app-banner-backoff-retry = ({ $reason }). Próximo intento:
app-banner-backoff-soon = en breve
app-banner-backoff-countdown = ({ $countdown })
app-banner-backoff-end = .
app-banner-session-title = Tu sesión web de ulazai.com ha caducado.
app-banner-session = Las carpetas y los clips están a salvo aquí; vuelve a conectarte para sincronizar carpetas y unir en el servidor (unir en este equipo sigue funcionando).
app-reconnect = Volver a conectar
app-banner-key-invalid-title = Tu clave de API fue rechazada.
app-banner-key-invalid = Las actualizaciones están en pausa hasta que se configure una clave válida.
app-fix-key = Corregir clave
app-banner-keyring-title = El llavero del sistema no está disponible.
app-banner-keyring-default = Tu clave de API no se puede guardar de forma segura en este equipo.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] Tu clave se guarda hasta que cierres la app.
       *[other] Puedes guardar tu clave hasta que cierres la app.
    }
app-open-settings = Abrir Ajustes
app-banner-rate-title = Límite de generación por hora alcanzado.
app-banner-rate-retry = Podrás generar de nuevo a las { $time } ({ $countdown }).
app-banner-rate-running = Los renders en curso no se ven afectados.
app-banner-models-title = No se pudo cargar la lista de modelos.
app-toast-error = Error
app-toast-notice = Aviso
app-toast-undo = Deshacer
app-web-connected = Cuenta web conectada
app-web-disconnected = Cuenta web desconectada
app-signin-failed = No se pudo abrir la ventana de inicio de sesión
app-disconnect-failed = No se pudo desconectar
app-folder-sync-failed = La carpeta «{ $name }» aún no está en ulazai.com: { $message }
app-folder-sync-retrying = La carpeta «{ $name }» aún no está en ulazai.com: { $message } Reintentando…
app-download-failed = Falló una descarga a tu biblioteca: { $message }
app-export-failed = La exportación falló: { $message }
app-merge-failed = La unión falló: { $message }
app-unknown-error = error desconocido
app-merged-local = Unido en este equipo
app-merged-local-copied = Unido en este equipo (sin recodificar)
app-merge-cancelled = Unión cancelada
app-demo-started = Demo iniciada: los clips se renderizan en un simulador local, sin usar créditos
app-demo-failed = No se pudo iniciar la demo
app-key-kept = Clave de API guardada hasta que cierres la app
app-key-saved = Clave de API guardada en el llavero del sistema
app-key-removed = Clave de API eliminada
app-settings-not-saved = Ajustes no guardados: { $error }
app-something-wrong = Algo salió mal.

app-failed-because = { $what }: { $why }
