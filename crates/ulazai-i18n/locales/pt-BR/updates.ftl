updates-downloading = Baixando a versão { $version }…
updates-progress = { $percent }%
updates-installing = Instalando a versão { $version }; o UlazAI Studio reinicia quando terminar.
updates-ready = A versão { $version } está pronta.
updates-whats-new = Novidades
updates-install = Instalar e reiniciar
updates-later = Mais tarde
updates-newest = O UlazAI Studio { $version } é a versão mais recente
