# The Settings dialog (SettingsPanel, LibrarySettings, WebAccountSettings).

settings-title = Settings
# The dialog's close button: its accessible name, and its tooltip.
settings-close = Close settings
settings-close-tip = Close (Esc)

## API key

settings-key-title = API key
# The key's state, in a small badge.
settings-key-state =
    { $state ->
        [valid] Working
        [invalid] Rejected by the server
        [unverified] Not verified yet
       *[missing] Not set
    }
# Where the key is kept, beside the badge.
settings-key-storage =
    { $storage ->
        [keyring] Stored in the system keyring
        [until_quit] Kept until you quit
       *[none] No key stored
    }
settings-key-placeholder-replace = Paste a new key to replace it
settings-key-empty = Paste your API key first (it starts with ulazai_).
# The save button: when the system keyring cannot be used, the key is kept in memory.
settings-key-keep-until-quit = Keep until I quit
settings-key-replace = Replace
settings-key-save = Save
settings-key-verify = Verify
settings-key-remove = Remove key
settings-key-hint = The key is handed to the app's secure storage and never shown again — only a short preview.
# $problem: why the keyring cannot be used (a sentence from the system, or settings-keyring-unavailable).
settings-keyring-down = { $problem } The key can be kept in memory until you quit.
settings-keyring-unavailable = The system keyring is not available.

## Notifications

settings-notify-title = Notifications
settings-notify-clips = Notify when clips finish or fail
settings-notify-history = Also for jobs found in history at start-up

## Web account (the ulazai.com website session)

settings-web-title = Web account
settings-web-state =
    { $state ->
        [connected] Web account connected
        [expired] Web session expired
       *[none] Not connected
    }
settings-web-why = Folders on ulazai.com and merging on the server need you to be signed in to the website (your API key is not enough). Without it, folders stay on this computer and clips are merged here with ffmpeg.
settings-web-expired = UlazAI ended the web session. Nothing was lost; reconnect to continue on the server.
settings-web-disconnect = Disconnect
settings-web-reconnect = Reconnect
# The button, and the title of the window it opens.
settings-web-sign-in = Sign in to UlazAI
# $window: the sign-in window's title (settings-web-sign-in).
settings-web-signing-in = Finish signing in in the “{ $window }” window…
settings-web-keyring = The session is kept in your system keyring only.

## Library

settings-library-title = Library
settings-library-folder = Library folder
settings-library-change = Change…
settings-library-default = Use default
settings-library-hint = One sub-folder per app folder; file names from date, model and prompt.
settings-max-download = Largest download (GiB)
# $default: the default size in GiB (2).
settings-max-download-hint = A result bigger than this is not saved (default { $default } GiB).
# $min: the smallest size in GiB (0.001).
settings-max-download-refused = Enter a size in GiB, at least { $min } (1 MiB).
settings-ffmpeg = ffmpeg for merging on this computer
# Shown in place of a path when no ffmpeg was chosen.
settings-ffmpeg-from-path = The one found on PATH
settings-ffmpeg-choose = Choose ffmpeg…
settings-ffmpeg-use-path = Use ffmpeg from PATH
settings-ffmpeg-hint = Choose the ffmpeg program itself; it is checked (it must answer as ffmpeg) before it is kept.
settings-marks = Flags and stars in exported clips
settings-marks-none = Not included
settings-marks-names = At the end of the file names
settings-marks-sidecar = In an XMP file beside each clip
# “… [pick, 4 stars].mp4” is how exported file names really end (always in English).
settings-marks-hint = File names end like “… [pick, 4 stars].mp4”; an XMP file holds the rating, the flag and the prompt for Lightroom, Bridge or darktable.
settings-auto-download = Save finished clips into the library automatically

## Updates

settings-updates-title = Updates
settings-updates-check = Check for updates
# $version: the app's version ("0.4.1").
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = Check now
settings-updates-hint = Updates are signed by UlazAI and installed only when you choose to. Checks run at start and every few hours.

## Language

settings-language-title = Language
# The picker's first choice: follow the system; $language is the system's language in itself ("Deutsch").
settings-language-system = System ({ $language })
settings-language-hint = The window, notifications and the tray change at once.
# When ULAZAI_LANG is set, it wins over the choice here.
settings-language-pinned = ULAZAI_LANG is set: it decides the language until it is removed.

## Appearance

settings-appearance-title = Appearance
settings-theme-system = Match system
settings-theme-light = Light
settings-theme-dark = Dark

## Advanced

settings-advanced = Advanced
settings-base-url = API base URL
# $error: why the address was refused.
settings-base-url-refused = { $error } Studio keeps using the previous address.
# $server: the real service's address.
settings-base-url-demo = The demo runs on a built-in simulator on this computer, so no server is used yet. Once you add your API key, Studio talks to { $server }, or to the address above.
settings-base-url-hint = Leave empty to use { $server }. Only change this if UlazAI support asks you to.
