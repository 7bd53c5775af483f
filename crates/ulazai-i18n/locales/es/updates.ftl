updates-downloading = Descargando la versión { $version }…
updates-progress = { $percent }%
updates-installing = Instalando la versión { $version }; UlazAI Studio se reiniciará al terminar.
updates-ready = La versión { $version } está lista.
updates-whats-new = Novedades
updates-install = Instalar y reiniciar
updates-later = Más tarde
updates-newest = UlazAI Studio { $version } es la versión más reciente
