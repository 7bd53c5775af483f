folders-library = Bibliothek
folders-all = Alle Clips
folders-unfiled = Ohne Ordner
folders-heading = Ordner
folders-count = { $count }
folders-summary =
    { $clips ->
        [one] { $clips } Clip
       *[other] { $clips } Clips
    } · { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }
folders-new = Neuer Ordner
folders-name = Ordnername
folders-new-name = Name des neuen Ordners
folders-rename-label = { $name } umbenennen
folders-rename-tip = Umbenennen (F2)
folders-delete-label = { $name } löschen
folders-delete-tip = Ordner löschen
folders-empty-create = Legen Sie einen Ordner an,
folders-empty-rest = um Clips zu gruppieren. Ziehen Sie Karten darauf.
folders-drop-hint =
    { $count ->
        [one] Auf einem Ordner ablegen, um den Clip zu verschieben
       *[other] Auf einem Ordner ablegen, um { $count } Clips zu verschieben
    }
folders-created = Ordner „{ $name }“ angelegt
folders-create-failed = Der Ordner konnte nicht angelegt werden
folders-rename-failed = Der Ordner konnte nicht umbenannt werden

folders-library-dir-failed = Der Bibliotheksordner konnte nicht geändert werden
folders-saved = In der Bibliothek gespeichert: { $name }
folders-save-failed = Der Clip konnte nicht gespeichert werden
folders-open-failed = Die Datei konnte nicht geöffnet werden
folders-reveal-failed = Die Datei konnte nicht angezeigt werden
folders-copy-unsafe = Diese URL ist kein sicherer https-Link und wurde daher nicht kopiert.
folders-link-copied = Link kopiert
folders-path-copied = Dateipfad kopiert
