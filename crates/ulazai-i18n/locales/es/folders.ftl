folders-library = Biblioteca
folders-all = Todos los clips
folders-unfiled = Sin carpeta
folders-heading = Carpetas
folders-count = { $count }
folders-summary =
    { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } · { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
folders-new = Nueva carpeta
folders-name = Nombre de la carpeta
folders-new-name = Nombre de la nueva carpeta
folders-rename-label = Cambiar nombre de { $name }
folders-rename-tip = Cambiar nombre (F2)
folders-delete-label = Eliminar { $name }
folders-delete-tip = Eliminar carpeta
folders-empty-create = Crea una carpeta
folders-empty-rest = para agrupar clips. Arrastra tarjetas sobre ella.
folders-drop-hint =
    { $count ->
        [one] Suelta sobre una carpeta para mover el clip
       *[other] Suelta sobre una carpeta para mover { $count } clips
    }
folders-created = Carpeta «{ $name }» creada
folders-create-failed = No se pudo crear la carpeta
folders-rename-failed = No se pudo cambiar el nombre de la carpeta

folders-library-dir-failed = No se pudo cambiar la carpeta de la biblioteca
folders-saved = Guardado en la biblioteca: { $name }
folders-save-failed = No se pudo guardar el clip
folders-open-failed = No se pudo abrir el archivo
folders-reveal-failed = No se pudo mostrar el archivo
folders-copy-unsafe = Esta URL no es un enlace https seguro, así que no se copió.
folders-link-copied = Enlace copiado
folders-path-copied = Ruta del archivo copiada
