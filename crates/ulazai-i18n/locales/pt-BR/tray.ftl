tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — nenhuma renderização ativa
        [one] UlazAI Studio — { $active } renderização ativa
       *[other] UlazAI Studio — { $active } renderizações ativas
    }
tray-menu-active =
    { $active ->
        [0] Nenhuma renderização ativa
        [one] { $active } renderização ativa
       *[other] { $active } renderizações ativas
    }
tray-menu-show-window = Mostrar o UlazAI Studio
tray-menu-quit-app = Sair

menubar-settings = Ajustes…
menubar-edit = Editar
menubar-window = Janela
menubar-zoom = Zoom
