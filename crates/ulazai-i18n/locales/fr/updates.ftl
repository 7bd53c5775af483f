updates-downloading = Téléchargement de la version { $version }…
updates-progress = { $percent } %
updates-installing = Installation de la version { $version } ; UlazAI Studio redémarre une fois terminé.
updates-ready = La version { $version } est prête.
updates-whats-new = Nouveautés
updates-install = Installer et redémarrer
updates-later = Plus tard
updates-newest = UlazAI Studio { $version } est la version la plus récente
