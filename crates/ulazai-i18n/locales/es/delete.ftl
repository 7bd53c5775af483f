delete-cancel = Cancelar
delete-clips-title =
    { $count ->
        [one] ¿Eliminar este clip?
       *[other] ¿Eliminar { $count } clips?
    }
delete-rejected-title =
    { $count ->
        [one] ¿Eliminar { $count } clip descartado?
       *[other] ¿Eliminar { $count } clips descartados?
    }
delete-clips-message-saved =
    { $saved ->
        [one] El archivo guardado va
       *[other] { $saved } archivos guardados van
    } a la papelera del sistema, y { $count ->
        [one] este clip sale
       *[other] estos { $count } clips salen
    } de la biblioteca. Puedes deshacerlo justo después.
delete-clips-message-unsaved =
    { $count ->
        [one] No tiene archivo guardado: este clip sale de la biblioteca. Puedes deshacerlo justo después.
       *[other] No tienen archivo guardado: estos { $count } clips salen de la biblioteca. Puedes deshacerlo justo después.
    }
delete-keep-files = Quitar de la biblioteca, conservar archivos
delete-move-to-trash = Mover a la papelera
delete-delete = Eliminar

delete-removed-files-kept =
    { $count ->
        [one] { $count } clip quitado de la biblioteca: el archivo sigue en el disco
       *[other] { $count } clips quitados de la biblioteca: los archivos siguen en el disco
    }
delete-deleted-trashed =
    { $count ->
        [one] { $count } clip eliminado
       *[other] { $count } clips eliminados
    } — { $trashed ->
        [one] su archivo está
       *[other] { $trashed } archivos están
    } en la papelera
delete-deleted =
    { $count ->
        [one] { $count } clip eliminado
       *[other] { $count } clips eliminados
    }
delete-kept =
    { $count ->
        [one] { $count } clip conservado: { $problem }
       *[other] { $count } clips conservados: { $problem }
    }
delete-restored =
    { $count ->
        [one] { $count } clip restaurado
       *[other] { $count } clips restaurados
    }
delete-remove-failed = No se pudieron quitar los clips de la biblioteca
delete-failed = No se pudo eliminar
delete-undo-failed = No se pudo deshacer la eliminación

delete-folder-title = ¿Eliminar la carpeta «{ $name }»?
delete-folder-empty = La carpeta está vacía.
delete-folder-message =
    { $count ->
        [one] Contiene { $count } clip. Devuélvelo a «Sin carpeta» o elimínalo con la carpeta (los archivos guardados van a la papelera del sistema; puedes deshacerlo justo después).
       *[other] Contiene { $count } clips. Devuélvelos a «Sin carpeta» o elimínalos con la carpeta (los archivos guardados van a la papelera del sistema; puedes deshacerlo justo después).
    }
delete-folder = Eliminar carpeta
delete-folder-keep-clips = Dejar los clips en «Sin carpeta»
delete-folder-with-clips =
    { $count ->
        [one] Eliminar también { $count } clip
       *[other] Eliminar también { $count } clips
    }
delete-folder-done-unfiled = «{ $name }» eliminada: sus clips vuelven a «Sin carpeta»
delete-folder-done = «{ $name }» eliminada
delete-folder-failed = No se pudo eliminar la carpeta
