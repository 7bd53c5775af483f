# The library sidebar: all clips, clips in no folder, and the creator's folders (their
# names are the creator's own text, never translated). Also the library's files.

# The sidebar's name and its first section's heading.
folders-library = Library
folders-all = All clips
# Clips that are in no folder.
folders-unfiled = Unfiled
folders-heading = Folders
# The number of clips beside a place in the sidebar.
folders-count = { $count }
# A place's tooltip: how many clips it holds and what they cost in credits.
folders-summary =
    { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } · { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }
folders-new = New folder
# The field where a folder's name is typed (placeholder and label).
folders-name = Folder name
folders-new-name = New folder name
# $name is the folder's name.
folders-rename-label = Rename { $name }
folders-rename-tip = Rename (F2)
folders-delete-label = Delete { $name }
folders-delete-tip = Delete folder
# While there are no folders: a link, then the rest of its sentence.
folders-empty-create = Create a folder
folders-empty-rest = to group clips. Drag cards onto it.
# While cards are dragged; $count is how many.
folders-drop-hint =
    { $count ->
        [one] Drop on a folder to move the clip
       *[other] Drop on a folder to move { $count } clips
    }
folders-created = Folder “{ $name }” created
# Toasts of a failure: the reason follows after a colon.
folders-create-failed = Couldn't create the folder
folders-rename-failed = Couldn't rename the folder

## The library's folder on disk and a clip's file in it

folders-library-dir-failed = Couldn't change the library folder
# $name is the saved file's name.
folders-saved = Saved into the library: { $name }
folders-save-failed = Couldn't save the clip
folders-open-failed = Couldn't open the file
folders-reveal-failed = Couldn't show the file
folders-copy-unsafe = This URL is not a safe https link, so it was not copied.
folders-link-copied = Link copied
folders-path-copied = File path copied
