merge-title = Unir
merge-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
merge-length-unknown = duración desconocida
merge-moved = Movido a la posición { $position } de { $count }
merge-taken-out = Quitado de la unión
merge-keys-drag = Arrastra, o
merge-keys-reorder = para reordenar
merge-keys-take-out = quita un clip
merge-keys-trim = recorta
merge-list = Clips en orden de reproducción
merge-item-position = Clip { $position } de { $count }:
merge-item-trimmed = recortado
merge-trim-label = Recortar el clip { $position }
merge-trim-tip = Recortar (Intro)
merge-remove-label = Quitar el clip { $position } de la unión
merge-remove-tip = Quitar de la unión (Supr)
merge-empty = Selecciona varios clips terminados, o pulsa «Añadir a la unión» en un clip, para alinearlos aquí.
merge-dismiss = Cerrar

merge-excluded-rendering = { $count } aún en render
merge-excluded-failed =
    { $count ->
        [one] { $count } fallido
       *[other] { $count } fallidos
    }
merge-excluded-unfinished = { $count } sin terminar
merge-excluded = { $reasons }: solo se pueden unir clips terminados

merge-ffmpeg-missing = Para unir en este equipo se necesita ffmpeg, que no está instalado.
merge-ffmpeg-connect = O conecta tu cuenta web en Ajustes para unir en ulazai.com.
merge-ffmpeg-macos = { $command } (Homebrew) y después reinicia UlazAI Studio
merge-ffmpeg-windows = { $command } (o descárgalo de ffmpeg.org y añade su carpeta bin al PATH) y después reinicia

merge-button = Unir
merge-button-busy = Uniendo…
merge-where =
    { $place ->
        [server] en ulazai.com
        [trims] en este equipo (conserva los recortes)
       *[local] en este equipo
    }
merge-button-tip =
    { $place ->
        [server] Unir en ulazai.com
        [trims] Unir en este equipo (conserva los recortes)
       *[local] Unir en este equipo
    }
merge-local-button = Unir en este equipo
merge-server-untrimmed = Unir en ulazai.com, sin recortes
merge-clear = Vaciar
merge-cancel = Cancelar
merge-progress = Progreso de la unión
merge-blocked-empty = Selecciona clips terminados para unir
merge-blocked-one = Selecciona al menos { $min } clips terminados
merge-stage =
    { $stage ->
        [downloading] Obteniendo clips… { $percent }
        [merging] Uniendo clips… { $percent }
        [done] Unido
        [cancelled] Cancelado
       *[other] Falló
    }
merge-started-server =
    { $count ->
        [one] Uniendo { $count } clip en ulazai.com: el resultado aparecerá como una tarjeta nueva
       *[other] Uniendo { $count } clips en ulazai.com: el resultado aparecerá como una tarjeta nueva
    }
merge-started-local =
    { $count ->
        [one] Uniendo { $count } clip en este equipo…
       *[other] Uniendo { $count } clips en este equipo…
    }
merge-cleared = Bandeja de unión vaciada
merge-open-settings = Abrir Ajustes
merge-failed = No se pudo unir
merge-cancel-failed = No se pudo cancelar la unión
merge-source-removed = { $position }. { $id } (eliminado)

merge-export-label = Exportación
merge-export-saving = Guardando primero en la biblioteca…
merge-export-copying =
    { $count ->
        [one] Exportando { $count } clip
       *[other] Exportando { $count } clips
    }
merge-export-to = a { $dir }
merge-export-progress = Progreso de la exportación
merge-percent = { $percent }
merge-exported =
    { $count ->
        [one] { $count } clip exportado a { $dir }
       *[other] { $count } clips exportados a { $dir }
    }
merge-export-failed = No se pudo exportar
merge-drag-saving =
    { $count ->
        [one] Guardando primero { $count } clip en la biblioteca: vuelve a arrastrarlo cuando esté guardado
       *[other] Guardando primero { $count } clips en la biblioteca: vuelve a arrastrarlos cuando estén guardados
    }
merge-drag-failed = No se pudieron arrastrar los clips fuera
