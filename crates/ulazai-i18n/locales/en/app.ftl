# The window's frame: the top bar, the banners above the clips, toasts, and the messages
# of the app as a whole (the demo, the API key, the web account, settings).
# A $message or $reason is a sentence or phrase from the system or the server (it may be
# in English).

## The frame

# A link for keyboard users, shown when it has the focus: jumps past the top bar.
app-skip-to-clips = Skip to clips
# The clip grid's title: every clip, the clips in no folder, or a folder whose name is
# not known (yet).
app-title-all = All clips
app-title-unfiled = Unfiled
app-title-folder = Folder
# Screen-reader names of the window's regions.
app-region-clips = Clips
app-region-details = Clip details
app-region-new = New generation
# The clip grid's name for screen readers. $title: the place in view ("All clips", a
# folder's name); $sort: the sort order, in lower case ("newest first").
app-grid-label = { $title }: clips, { $sort }

## The top bar

# The hourly generation budget once it is used up; $time: when it resets ("14:05").
app-rate-reached-at = Hourly limit reached · resets { $time }
app-rate-reached = Hourly limit reached
# Tooltip of the budget; $limit: generation requests per hour.
app-rate-limit-tip = Limit: { $limit } per hour
# The connection to the UlazAI server (a dot and a word), and its tooltip.
app-conn-reconnecting = Reconnecting
app-conn-reconnecting-tip = UlazAI is not answering; the app retries by itself
app-conn-offline = Offline
app-conn-offline-tip = No connection to UlazAI
app-conn-online = Online
app-conn-online-tip = UlazAI answered
app-conn-idle = Not connected
app-conn-idle-waiting-tip = Waiting for UlazAI to answer
app-conn-idle-no-key-tip = Add your API key (or try the demo) to connect to UlazAI
# The demo badge beside the app's name (shown in capitals), and its tooltip.
app-demo-badge = Demo
app-demo-tip = Jobs render on a local simulator; no credits are used
# The API key chip: a short preview of the key when there is one, else these words.
app-key-set = Key set
# Tooltip of the key chip; $storage is "until_quit" (kept in memory) or another value
# (the system keyring).
app-key-valid-tip =
    { $storage ->
        [until_quit] API key (kept until you quit)
       *[other] API key in system keyring
    }
app-key-unverified-tip = API key not verified yet
app-key-rejected = Key rejected
app-key-rejected-tip = The server rejected the API key
app-key-none = No API key
app-key-none-tip = Add your API key in Settings
# The gear button; $keys is its shortcut ("Ctrl+,").
app-settings = Settings
app-settings-tip = Settings ({ $keys })
# The menu button and its menu.
app-menu = Menu
app-menu-tip = Menu: keyboard shortcuts, settings
app-menu-shortcuts = Keyboard shortcuts
app-menu-settings = Settings

## Banners above the clips (a bold title, then a sentence)

app-dismiss = Dismiss
app-try-again = Try again
app-banner-boot-error = The app's backend did not answer.
app-banner-store-notice = Your jobs are not being saved.
app-banner-set-aside-title = Your clip library was damaged.
# The damaged library's file name is shown between these two phrases, as code:
# "It has been set aside as <file> in the app's data folder; …".
app-banner-set-aside-before = It has been set aside as
app-banner-set-aside-after = in the app's data folder; clips the server still knows are back.
app-banner-offline-title = You're offline.
# $reason: why there is no connection (a short phrase).
app-banner-offline = { $reason }. Running jobs keep rendering on UlazAI; their cards update when the connection returns.
app-banner-backoff-title = Trouble reaching UlazAI
# After the title; the time of the next retry follows in bold, then how long until then
# in brackets, then the end of the sentence.
app-banner-backoff-retry = ({ $reason }). Next retry at
# In place of the retry time when it is not known: it follows app-banner-backoff-retry
# directly, as the time would.
app-banner-backoff-soon = soon
# How long until the retry; $countdown: a duration ("20 s").
app-banner-backoff-countdown = ({ $countdown })
# The end of the retry sentence (after the time and the countdown).
app-banner-backoff-end = .
app-banner-session-title = Your ulazai.com web session has expired.
app-banner-session = Folders and clips are safe here; reconnect to sync folders and merge on the server (merging on this computer still works).
app-reconnect = Reconnect
app-banner-key-invalid-title = Your API key was rejected.
app-banner-key-invalid = Updates are paused until a working key is set.
app-fix-key = Fix key
app-banner-keyring-title = The system keyring is unavailable.
app-banner-keyring-default = Your API key cannot be stored securely on this machine.
# $storage is "until_quit" when the key is already kept in memory until the app quits.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] Your key is kept until you quit.
       *[other] You can keep your key until you quit.
    }
app-open-settings = Open settings
app-banner-rate-title = Hourly generation limit reached.
# $time: a clock time ("14:05"); $countdown: how long until then ("12 min").
app-banner-rate-retry = New generations are possible at { $time } ({ $countdown }).
app-banner-rate-running = Running jobs are not affected.
app-banner-models-title = Couldn't load the model list.

## Toasts (short messages at the bottom of the clips)

# Screen-reader names of a toast, by kind.
app-toast-error = Error
app-toast-notice = Notice
# The button of a toast whose change can be taken back.
app-toast-undo = Undo
app-web-connected = Web account connected
app-web-disconnected = Web account disconnected
app-signin-failed = Couldn't open the sign-in window
app-disconnect-failed = Couldn't disconnect
# $name: the folder's name; $message: why.
app-folder-sync-failed = Folder “{ $name }” is not on ulazai.com yet: { $message }
app-folder-sync-retrying = Folder “{ $name }” is not on ulazai.com yet: { $message } Retrying…
app-download-failed = A download into your library failed: { $message }
app-export-failed = The export failed: { $message }
app-merge-failed = The merge failed: { $message }
# In place of $message when no reason is known.
app-unknown-error = unknown error
app-merged-local = Merged on this computer
# Merged without decoding and encoding the clips again (quick, no loss).
app-merged-local-copied = Merged on this computer (no re-encoding needed)
app-merge-cancelled = Merge cancelled
app-demo-started = Demo started — jobs render on a local simulator, no credits used
# Before a colon and the reason.
app-demo-failed = Couldn't start the demo
app-key-kept = API key kept until you quit
app-key-saved = API key saved to the system keyring
app-key-removed = API key removed
# $error: why the settings file could not be written.
app-settings-not-saved = Settings not saved: { $error }
# When the app could not tell what went wrong.
app-something-wrong = Something went wrong.

# A failed action's toast: what failed ($what, e.g. "Couldn't move the clips") and why
# ($why, a sentence).
app-failed-because = { $what }: { $why }
