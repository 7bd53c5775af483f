updates-downloading = Version { $version } wird heruntergeladen …
updates-progress = { $percent } %
updates-installing = Version { $version } wird installiert; UlazAI Studio startet danach neu.
updates-ready = Version { $version } ist bereit.
updates-whats-new = Neuigkeiten
updates-install = Installieren und neu starten
updates-later = Später
updates-newest = UlazAI Studio { $version } ist die neueste Version
