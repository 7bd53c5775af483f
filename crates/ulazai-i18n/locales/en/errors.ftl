# Error messages: what went wrong, in a sentence a creator understands, and what to do.
# $server is the UlazAI server's own sentence (English, ends with a period): place it as
# it is. $status is an HTTP status number (402, 503). "Settings → API key" names the
# Settings panel and its section as the window shows them.

## The UlazAI server or the network refused

errors-api-invalid-request = UlazAI refused this request. Check the settings of the job.
errors-api-invalid-request-says = UlazAI refused this request: { $server }
errors-api-unauthorized = UlazAI did not accept your API key. Check it in Settings → API key.
errors-api-credits = Not enough credits for this batch. Add credits on ulazai.com, then try again.
errors-api-credits-says = Not enough credits for this batch. Add credits on ulazai.com, then try again. (UlazAI says: { $server })
errors-api-forbidden = Your ulazai.com web session has expired or was refused. Sign in again in Settings → Web session, then try again.
errors-api-not-found = UlazAI does not know this model or job.
errors-api-not-found-says = UlazAI does not know this model or job. (UlazAI says: { $server })
# $wait is one of the errors-wait-… messages ("in 12 minutes").
errors-api-rate-limited-at = UlazAI's rate limit was reached. You can try again { $wait }.
errors-api-rate-limited = UlazAI's rate limit was reached (24 new batches per hour). Wait a few minutes, then try again.
errors-api-server = UlazAI had a problem on its side (HTTP { $status }). Try again in a moment.
errors-api-network-connect = Could not reach UlazAI. Check your internet connection; the app will keep trying.
errors-api-network-timeout = UlazAI did not answer in time. Check your connection; the app will keep trying.
errors-api-network-reset = The connection to UlazAI broke off. Check your connection; the app will keep trying.
errors-api-network-other = A network problem interrupted the request to UlazAI. Check your connection; the app will keep trying.
errors-api-unreadable = UlazAI sent an answer the app could not read (HTTP { $status }). Try again in a moment; if it keeps happening, the app may need an update.
errors-api-unexpected = UlazAI answered in an unexpected way (HTTP { $status }). Try again later.
errors-api-no-credentials = No API key is set. Add your UlazAI API key in Settings → API key.
# $reason says why the address was refused (in English, from the address check).
errors-api-bad-url = The server address cannot be used: { $reason }

## When a rate limit lets the creator try again (placed into errors-api-rate-limited-at)

errors-wait-second = in a second
errors-wait-seconds = in { $seconds } seconds
errors-wait-minutes =
    { $minutes ->
        [one] in { $minutes } minute
       *[other] in { $minutes } minutes
    }
errors-wait-hours =
    { $hours ->
        [one] in { $hours } hour
       *[other] in { $hours } hours
    }

## A generate request the form must change before it is sent (shown under the field)
# $model is the model's name ("Veo 3.1 Fast"). $choices is a list already joined with
# errors-list-or ("5 s, 8 s or 10 s").

errors-list-or = { $head } or { $last }
errors-seconds = { $seconds } s
# $number counts the links from 1; $reason says why the link cannot be used (English).
errors-input-image-link = Input image { $number } is not a usable link: { $reason }.
errors-input-video-link = Input video { $number } is not a usable link: { $reason }.
errors-batch-size = A batch is 1 to 4 jobs.
errors-batch-one = { $model } renders one job at a time; set the batch to 1.
errors-batch-size-model = A batch of { $model } is 1 to { $max } jobs.
errors-choose-model = Choose a model.
# $slug is the model id the request named.
errors-unknown-model = UlazAI has no model “{ $slug }”. Choose one from the list.
errors-prompt-needed = Write a prompt: { $model } needs one.
# $max and $length are character counts, already written with digit grouping ("2,731").
errors-prompt-too-long = { $model } accepts prompts up to { $max } characters; this one has { $length }.
# $ratio is an aspect ratio ("16:9").
errors-ratio-only = { $model } renders { $ratio } only.
errors-choose-ratio = Choose an aspect ratio: { $choices }.
errors-duration-only = { $model } renders { $seconds } s clips only.
errors-choose-duration = Choose a duration: { $choices }.
errors-choose-quality = Choose a quality: { $choices }.
errors-no-quality = { $model } has no quality modes; leave quality unset.
errors-no-sound = { $model } renders without sound; turn sound off.
# Reference images or videos a model takes. $kind is "image" or "video".
errors-input-count =
    { $kind ->
        [image]
            { $count ->
                [one] one input image
               *[other] { $count } input images
            }
       *[video]
            { $count ->
                [one] one input video
               *[other] { $count } input videos
            }
    }
errors-input-none =
    { $kind ->
        [image] { $model } does not take input images; remove them.
       *[video] { $model } does not take input videos; remove them.
    }
# $inputs is errors-input-count ("2 input images"); $kind is "image" or "video".
errors-input-exactly =
    { $kind ->
        [image] { $model } needs exactly { $inputs }.
       *[video] { $model } needs exactly { $inputs }.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } needs at least { $inputs }.
       *[video] { $model } needs at least { $inputs }.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } takes at most { $inputs }.
       *[video] { $model } takes at most { $inputs }.
    }
errors-choose-orientation = Choose a character orientation: video (clips up to 30 s) or image (up to 10 s).
# $orientation is "video" or "image" (the API's words); $seconds the longest clip.
errors-orientation-duration = With { $orientation } orientation, clips are up to { $seconds } s.
errors-orientation-not-motion = Character orientation applies to motion-control models only.

## A clip, a folder or a queued item that is not there (any more)

errors-missing-job = This clip is no longer in the app.
errors-retry-unknown-settings = This clip was not started from this app, so its settings are unknown. Start it again from the form.
errors-queue-empty = Nothing to queue.
# $max is the most items the render queue holds (5000).
errors-queue-full = The queue holds at most { $max } items.
errors-folder-gone = This folder no longer exists.
errors-queue-item-gone = This clip is no longer waiting in the queue.
errors-folder-gone-any-more = This folder does not exist (any more).
errors-queued-clip-gone = This queued clip does not exist (any more).
errors-merge-gone = This merge does not exist (any more).
# Over the form when more than one field needs a change (each field shows its own).
errors-fields-highlighted = Some settings of this job need a change (see the highlighted fields).

## Merging clips into one video

errors-merge-too-few = Choose at least two clips to merge.
# $max is the most clips one merge takes (20).
errors-merge-too-many = At most { $max } clips can be merged at once.
errors-merge-duplicate = A clip is listed twice.
errors-merge-not-completed = Only completed clips can be merged.
# “Merge on this computer” is the merge tray's button of that name.
errors-merge-session-expired = Your ulazai.com web session has expired. Reconnect in Settings, or use “Merge on this computer”.
# $how says how to install ffmpeg on this system (English, one or two sentences).
errors-merge-no-ffmpeg = Merging on this computer needs ffmpeg, which is not installed. { $how }

## Marks on clips (pick / reject, stars) and folder names

# $max is the most stars (5); $stars the number that was asked for.
errors-marks-stars = A clip has 1 to { $max } stars (0 clears them): { $stars } stars is not a rating.
errors-marks-nothing = Choose a flag or a number of stars to set.
errors-marks-no-clips = Select at least one clip to mark.
errors-folder-name-empty = The folder name must not be empty.
# $max is the longest name in characters (80).
errors-folder-name-too-long = The folder name is too long (at most { $max } characters).

## Opening a clip's result

errors-no-result-to-open = This job has no result to open yet.

## Written by the window itself, when an error came without a sentence
# $time is a clock time ("14:05"); $wait a duration ("12 min").
errors-ui-rate-limited-at = UlazAI's rate limit was reached. You can try again at { $time }, in { $wait }.
errors-ui-rate-limited = UlazAI's rate limit was reached. Wait a few minutes, then try again.
errors-ui-credits = Not enough credits for this batch. Add credits on ulazai.com, or lower the count.
# $code is the error's code name (for support: keyring_unavailable); keep it as it is.
errors-ui-unknown = Something went wrong ({ $code }).

## The system could not do what was asked (open, show, drag); $reason is the system's own
## words (often English), placed as they are.

errors-open-file = Could not open the file: { $reason }
errors-reveal-file = Could not show the file: { $reason }
errors-open-result = Could not open the result: { $reason }
errors-drag-out = Could not start the drag: { $reason }

## Refusals of the window's own requests

errors-still-starting = The app is still starting.
# $reason is the engine's own error (English).
errors-engine-failed = The app could not connect its job engine: { $reason }
errors-delete-none = Select at least one clip to delete.
errors-undo-gone = This delete can no longer be undone.
errors-move-none = Select at least one job to move.
errors-key-empty = Paste your UlazAI API key.
errors-key-shape = This does not look like an API key (keys look like ulazai_live_…).
# "Unfiled" is the library's place for clips in no folder, as the sidebar names it.
errors-sort-place = A sort order belongs to all clips, Unfiled or a folder.
errors-sort-order = This is not a sort order.
errors-import-kind = Drop a prompt list: a .txt file (one prompt a line) or a .csv file.
errors-import-too-large = This text is larger than 4 MB: too large for a prompt list.

## Updates of the app: why a check or an install was refused. $reason is the updater's own
## error (English); $offered, $running, $signed, $announced and $version are version numbers.

errors-update-not-configured = This build of UlazAI Studio has no update server configured.
errors-update-nothing-offered = No update is ready to install: check for updates first.
errors-update-merge-running = A merge is running: install the update when it has finished.
errors-update-submitting = A render is being submitted: install the update in a moment.
errors-update-installing = The update is already being installed.
errors-update-older = The update server offers version { $offered }, which is older than this one ({ $running }). It was refused; nothing was installed.
errors-update-bad-version = The update server offers a version that is not a version number ("{ $version }"). It was refused; nothing was installed.
errors-update-not-manifest = The update server's answer is not an update manifest ({ $reason }). It was refused; nothing was installed.
# $reason names the kinds of install the update has packages for.
errors-update-no-package = The update offers no package for this kind of install ({ $reason }); nothing was installed.
errors-update-not-https = The update server's address is not https, so it was not asked; nothing was installed.
errors-update-check-failed = Could not check for updates: { $reason }.
errors-update-signed-mismatch = The downloaded package was signed for version { $signed }, not for the { $announced } the update server announced. It was refused; nothing was installed.
errors-update-bad-signature = The downloaded update is not signed with UlazAI Studio's key ({ $reason }). It was refused; nothing was installed.
errors-update-cut-short = The download of the update was cut short ({ $reason }); nothing was installed. Try again later.
errors-update-network = The update could not be downloaded: { $reason }; nothing was installed.
errors-update-download-failed = The update could not be downloaded ({ $reason }); nothing was installed.
errors-update-wrong-package = The downloaded update is not a package for this kind of install (invalid updater binary format); nothing was installed.
errors-update-no-admin = Administrator rights were not given; nothing was installed.
errors-update-package-manager = The package manager did not install the update (cancelled or failed); the app is unchanged.
errors-update-install-failed = The update could not be installed ({ $reason }); the app is unchanged.
# A prompt list dropped on the window that cannot be used; $file is its file name,
# $reason the system's own words.
errors-import-unreadable = { $file } cannot be read: { $reason }.
errors-import-not-file = { $file } is not a regular file; drop a prompt list (a .txt or .csv file).
errors-import-file-too-large = { $file } is larger than 4 MB: too large for a prompt list.
errors-import-not-text = { $file } is not plain text (UTF-8).

## The system keyring (where the API key is kept). $system is macos, windows or linux;
## $attribute and $reason are the keyring's own words (English).

errors-keyring-unavailable =
    { $system ->
        [macos] The macOS Keychain could not be used. Allow UlazAI Studio to access the Keychain, or keep the key until you quit.
        [windows] The Windows Credential Manager could not be used. Check that it is running, or keep the key until you quit.
       *[other] No system keyring is available. Install and unlock GNOME Keyring or KWallet, or keep the key until you quit.
    }
errors-keyring-no-entry = The key was not found in the keyring.
errors-keyring-unreadable = The keyring holds an unreadable value for the key.
errors-keyring-refused = The keyring refused the { $attribute }.
errors-keyring-refused-why = The keyring refused the { $attribute }: { $reason }.
errors-keyring-ambiguous = The keyring holds several UlazAI keys; remove them with your keyring manager.
errors-keyring-failed = The system keyring failed.
errors-keyring-partial = The keyring holds only part of a stored secret.
errors-keyring-interrupted = The keyring call was interrupted.

## Saving a clip's video into the library. $status is an HTTP status; $reason the system's
## or the network's own words (English); $limit a size ("2 GiB"); $folder a folder path.

errors-download-http-expired = The download link has expired or is not allowed (HTTP { $status }). Refresh the job and try again.
errors-download-http-gone = The video is no longer available on the server (HTTP { $status }).
errors-download-http-server = The server had a problem sending the video (HTTP { $status }). Please try again later.
errors-download-http-refused = The server refused the download (HTTP { $status }).
errors-download-network = The download failed: { $reason }. Check your internet connection and try again.
# $got and $expected are numbers of bytes.
errors-download-incomplete = The download was incomplete ({ $got } of { $expected } bytes). Please try again.
errors-download-io = The video could not be saved: { $reason }
errors-download-cancelled = The download was cancelled.
errors-download-bad-url = This video address cannot be downloaded: { $reason }
errors-download-not-video = The server sent something that is not a video (not an MP4, MOV, Matroska or WebM file); it was not saved.
errors-download-too-large = The video is too large to download (over { $limit }); it was not saved.
# $took is one of the errors-took-… messages ("45 seconds").
errors-download-timed-out = The download took too long (over { $took }) and was stopped. Please try again.
errors-took-second = a second
errors-took-seconds = { $seconds } seconds
errors-took-minutes = { $minutes } minutes
errors-download-no-result = This clip has no result to download yet.
errors-download-folder = The clip cannot be saved into { $folder }: { $reason }
errors-clip-not-saved = This clip is not in the library (yet).
errors-clip-file-refused = This clip's file is not a video in the library folder; it is not used.

# $reason is the window system's own words (English).
errors-sign-in-window = The sign-in window could not open: { $reason }

## Importing a prompt list: why a line is not queued
# $line: the line number in the file; $value: a cell as written; $columns / $known:
# column names, quoted and listed as written; $reason: the CSV reader's own words.
errors-import-line = Line { $line }
errors-import-prompt-empty = The prompt is empty.
errors-import-duration = The duration “{ $value }” is not a number of seconds.
errors-import-count = The count “{ $value }” is not a number of clips (1 to 4).
errors-import-too-many = Only the first { $max } prompts of a file are read; split the rest into another file.
errors-import-empty = The file holds no prompts (blank lines and lines starting with # are skipped).
errors-import-csv-unreadable = This line cannot be read as CSV: { $reason }.
errors-import-csv-no-prompt = The first row must name the columns, with a “prompt” column among them (the columns: { $columns }).
errors-import-csv-unknown = Column { $columns } is not used (the columns: { $known }).
errors-import-csv-twice = Column { $columns } is named twice; the first is used.
errors-import-csv-extra = This row has more cells than the header names ({ $count }).
errors-variations-too-many = At most { $max } variations at once.
# A sentence that has no message of its own yet, placed as it is.
errors-as-given = { $text }

## A variation's label: the model, then its values ($a, $b: what came before, the next)
# $asked: the values asked for that the model lacks; $label: the variation's label.
errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } (nearest to { $asked }, which { $model } does not offer)

## Sent to the window outside a command's answer: the queue's pause banner, the web
## session's note in Settings, a folder's failed sync, a local merge's note, a refused
## setting. A $reason, $why or $problem is the system's or ffmpeg's own words (English)
## unless it says otherwise.

# The banner of a queue paused because no API key is set.
errors-queue-no-key = Add your UlazAI API key to submit the queue.
# Settings → Web account, after signing in.
errors-web-session-unreadable = Signed in, but the web session could not be read. Try again.
# Settings → Web account. $reason is one of the errors-keyring-… messages.
errors-web-session-until-quit = The web session is kept until you quit: the system keyring could not be used ({ $reason })
errors-web-session-expired = Your ulazai.com web session has expired. Reconnect to sync folders and merge on the server.
# A folder made in the app could not be created on ulazai.com yet.
errors-folder-sync-expired = The web session has expired: the folder is kept here and will be created on ulazai.com when you reconnect.
# A merge on this computer, done: why the clips had to be re-encoded ($why: ffmpeg's check, English).
errors-merge-reencoded = Re-encoded: { $why }.
errors-merge-cancelled = Merge cancelled.
# $number is the clip's place in the merge (1 = first); $reason is why (a sentence).
errors-merge-clip-download = Clip { $number } could not be downloaded: { $reason }
errors-merge-save = The merged video cannot be saved: { $reason }
# Settings refused. $code is the language code asked for.
errors-settings-language = The studio does not speak the language "{ $code }".
errors-settings-server = The server address cannot be used: { $reason }.
# $max is the largest size allowed, in MiB.
errors-settings-max-download = The largest download must be between 1 MiB and { $max } MiB.
# $problem says what is wrong with the program picked (English).
errors-settings-ffmpeg = This ffmpeg cannot be used: { $problem }.
# The app's own settings file could not be written ($reason: the system's words).
errors-settings-save = Could not save the settings: { $reason }
errors-sort-order-save = Could not save the sort order: { $reason }
# The update banner, for a copy that cannot install an update itself. $version is the
# offered version, $url the download page.
errors-update-unpacked = This copy of UlazAI Studio was not installed from a package, so it cannot replace itself. Get version { $version } from { $url }.
# $package is ".deb" or ".rpm"; pkexec is the system's program that asks for an administrator password.
errors-update-no-pkexec = Installing a { $package } package needs administrator rights, and this system has no pkexec to ask for them. Get version { $version } from { $url } and install it with your package manager.
# A banner at the top of the window: the job library cannot be used ($reason: why, English).
errors-store-unusable = Your jobs cannot be saved: { $reason }. They are kept in memory until you quit.

## Deleting clips to the system trash, and undoing it. $reason is the system's own words
## (English); $path a file's path.

errors-trash-move = The clip's file could not be moved to the trash: { $reason }
errors-trash-restore = The clip's file could not be put back from the trash: { $reason }
errors-trash-gone = The clip's file is no longer in the trash.
errors-trash-taken = A file is already at { $path }; the clip's file was left in the trash.
# macOS: the Finder's "Put Back" command restores a file from the Trash.
errors-trash-put-back = The clip's file is in the Trash: use Put Back in the Finder to restore it.

## The offline banner: why polling pauses ($status an HTTP status; $answer the server's
## answer as the app recorded it, technical English). Shown inside the banner's
## app-banner-backoff-retry "({ $reason }). …": a final stop may be left out.

errors-poll-slow-down = The server asked us to slow down (429).
errors-poll-server = The server had a problem ({ $status }).
errors-poll-timeout = The server did not answer in time.
errors-poll-connect = Cannot reach the server.
errors-poll-interrupted = The connection to the server was interrupted.
errors-poll-unreadable = The server sent an answer we could not read.
errors-poll-unexpected = Unexpected answer from the server ({ $answer }).

## Merging on this computer with ffmpeg. $how says how to install ffmpeg (English, from
## the app); $problem, $reason and $tail are ffmpeg's or the system's words (English);
## $code is ffmpeg's exit code.

errors-ffmpeg-not-found = ffmpeg was not found on this computer. { $how }
# “ffmpeg for merging on this computer” and “Use ffmpeg from PATH” are Settings → Library labels.
errors-ffmpeg-chosen = The ffmpeg chosen in Settings cannot be used: { $problem }. Choose another in Settings → Library (“ffmpeg for merging on this computer”), or use the ffmpeg found on this computer (“Use ffmpeg from PATH”).
errors-ffmpeg-probe = A clip could not be read: { $reason }
errors-ffmpeg-failed-code-says = ffmpeg could not merge the clips (exit code { $code }): { $tail }
errors-ffmpeg-failed-code = ffmpeg could not merge the clips (exit code { $code }).
errors-ffmpeg-failed-says = ffmpeg could not merge the clips: { $tail }
errors-ffmpeg-failed = ffmpeg could not merge the clips.
errors-ffmpeg-cancelled = The merge was cancelled.
errors-ffmpeg-io = The merged video could not be saved: { $reason }
errors-ffmpeg-bad-path = A clip cannot be merged: { $reason }
errors-ffmpeg-bad-trim = A trim cannot be used: { $reason }
