# Deleting clips and folders: the question dialog, the toasts after, and Undo.
# A deleted clip's saved file goes to the system trash (the OS's), unless the files are kept.

delete-cancel = Cancel
# The question's title; $count is the number of clips.
delete-clips-title =
    { $count ->
        [one] Delete this clip?
       *[other] Delete { $count } clips?
    }
# The question's title when the rejected clips in view are deleted.
delete-rejected-title =
    { $count ->
        [one] Delete { $count } rejected clip?
       *[other] Delete { $count } rejected clips?
    }
# $saved of the $count clips have a saved file.
delete-clips-message-saved =
    { $saved ->
        [one] Its saved file goes
       *[other] { $saved } saved files go
    } to the system trash, and { $count ->
        [one] this clip leaves
       *[other] these { $count } clips leave
    } the library. You can undo this right after.
delete-clips-message-unsaved =
    { $count ->
        [one] It has no saved file: this clip leaves the library. You can undo this right after.
       *[other] They have no saved file: these { $count } clips leave the library. You can undo this right after.
    }
# The question's buttons.
delete-keep-files = Remove from library, keep files
delete-move-to-trash = Move to trash
delete-delete = Delete

# Toasts after a delete (with Undo).
delete-removed-files-kept =
    { $count ->
        [one] { $count } clip removed from the library — the file stays on disk
       *[other] { $count } clips removed from the library — the files stay on disk
    }
# $trashed is how many files went to the trash.
delete-deleted-trashed =
    { $count ->
        [one] { $count } clip deleted
       *[other] { $count } clips deleted
    } — { $trashed ->
        [one] its file is
       *[other] { $trashed } files are
    } in the trash
delete-deleted =
    { $count ->
        [one] { $count } clip deleted
       *[other] { $count } clips deleted
    }
# Some clips could not be deleted; $problem says why (a sentence).
delete-kept =
    { $count ->
        [one] { $count } clip kept: { $problem }
       *[other] { $count } clips kept: { $problem }
    }
delete-restored =
    { $count ->
        [one] { $count } clip restored
       *[other] { $count } clips restored
    }
# Toasts of a failure: the reason follows after a colon.
delete-remove-failed = Couldn't remove the clips from the library
delete-failed = Couldn't delete
delete-undo-failed = Couldn't undo the delete

## Deleting a folder ($name is the folder's name, the creator's own text)

delete-folder-title = Delete the folder “{ $name }”?
delete-folder-empty = The folder is empty.
# $count clips are in the folder; "Unfiled" is the place of clips in no folder.
delete-folder-message =
    { $count ->
        [one] It holds { $count } clip. Move it back to Unfiled, or delete it with the folder (saved files go to the system trash; you can undo that right after).
       *[other] It holds { $count } clips. Move them back to Unfiled, or delete them with the folder (saved files go to the system trash; you can undo that right after).
    }
delete-folder = Delete folder
delete-folder-keep-clips = Keep the clips in Unfiled
delete-folder-with-clips =
    { $count ->
        [one] Delete { $count } clip too
       *[other] Delete { $count } clips too
    }
delete-folder-done-unfiled = “{ $name }” deleted — its clips are back in Unfiled
delete-folder-done = “{ $name }” deleted
delete-folder-failed = Couldn't delete the folder
