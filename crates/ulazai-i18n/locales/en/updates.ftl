# The line above the clips when a new version of the app is ready, downloads or installs.
# $version: the new version's number ("1.4.0").

updates-downloading = Downloading version { $version }…
# After the line above: how much is downloaded; $percent is a whole number from 0 to 100.
updates-progress = { $percent }%
updates-installing = Installing version { $version }; UlazAI Studio restarts when it is done.
updates-ready = Version { $version } is ready.
# Shows the release notes.
updates-whats-new = What's new
updates-install = Install and restart
# Hides the offer until the next version.
updates-later = Later
# A toast after "Check now" in Settings found nothing newer; $version: the running version.
updates-newest = UlazAI Studio { $version } is the newest version
