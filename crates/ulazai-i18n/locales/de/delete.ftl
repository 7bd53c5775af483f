delete-cancel = Abbrechen
delete-clips-title =
    { $count ->
        [one] Diesen Clip löschen?
       *[other] { $count } Clips löschen?
    }
delete-rejected-title =
    { $count ->
        [one] { $count } abgelehnten Clip löschen?
       *[other] { $count } abgelehnte Clips löschen?
    }
delete-clips-message-saved =
    { $saved ->
        [one] Die gespeicherte Datei kommt
       *[other] { $saved } gespeicherte Dateien kommen
    } in den Papierkorb des Systems, und { $count ->
        [one] dieser Clip verlässt
       *[other] diese { $count } Clips verlassen
    } die Bibliothek. Sie können das direkt danach rückgängig machen.
delete-clips-message-unsaved =
    { $count ->
        [one] Es gibt keine gespeicherte Datei: Dieser Clip verlässt die Bibliothek. Sie können das direkt danach rückgängig machen.
       *[other] Es gibt keine gespeicherten Dateien: Diese { $count } Clips verlassen die Bibliothek. Sie können das direkt danach rückgängig machen.
    }
delete-keep-files = Aus Bibliothek entfernen, Dateien behalten
delete-move-to-trash = In den Papierkorb
delete-delete = Löschen

delete-removed-files-kept =
    { $count ->
        [one] { $count } Clip aus der Bibliothek entfernt – die Datei bleibt auf dem Datenträger
       *[other] { $count } Clips aus der Bibliothek entfernt – die Dateien bleiben auf dem Datenträger
    }
delete-deleted-trashed =
    { $count ->
        [one] { $count } Clip gelöscht
       *[other] { $count } Clips gelöscht
    } – { $trashed ->
        [one] die Datei liegt
       *[other] { $trashed } Dateien liegen
    } im Papierkorb
delete-deleted =
    { $count ->
        [one] { $count } Clip gelöscht
       *[other] { $count } Clips gelöscht
    }
delete-kept =
    { $count ->
        [one] { $count } Clip behalten: { $problem }
       *[other] { $count } Clips behalten: { $problem }
    }
delete-restored =
    { $count ->
        [one] { $count } Clip wiederhergestellt
       *[other] { $count } Clips wiederhergestellt
    }
delete-remove-failed = Die Clips konnten nicht aus der Bibliothek entfernt werden
delete-failed = Löschen fehlgeschlagen
delete-undo-failed = Das Löschen konnte nicht rückgängig gemacht werden

delete-folder-title = Ordner „{ $name }“ löschen?
delete-folder-empty = Der Ordner ist leer.
delete-folder-message =
    { $count ->
        [one] Er enthält { $count } Clip. Verschieben Sie ihn zurück nach „Ohne Ordner“ oder löschen Sie ihn mit dem Ordner (gespeicherte Dateien kommen in den Papierkorb des Systems; Sie können das direkt danach rückgängig machen).
       *[other] Er enthält { $count } Clips. Verschieben Sie sie zurück nach „Ohne Ordner“ oder löschen Sie sie mit dem Ordner (gespeicherte Dateien kommen in den Papierkorb des Systems; Sie können das direkt danach rückgängig machen).
    }
delete-folder = Ordner löschen
delete-folder-keep-clips = Clips nach „Ohne Ordner“
delete-folder-with-clips =
    { $count ->
        [one] { $count } Clip mitlöschen
       *[other] { $count } Clips mitlöschen
    }
delete-folder-done-unfiled = „{ $name }“ gelöscht – die Clips sind wieder unter „Ohne Ordner“
delete-folder-done = „{ $name }“ gelöscht
delete-folder-failed = Der Ordner konnte nicht gelöscht werden
