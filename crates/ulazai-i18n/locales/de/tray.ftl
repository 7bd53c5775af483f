tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — keine Renderings aktiv
        [one] UlazAI Studio — { $active } Rendering aktiv
       *[other] UlazAI Studio — { $active } Renderings aktiv
    }
tray-menu-active =
    { $active ->
        [0] Keine Renderings aktiv
        [one] { $active } Rendering aktiv
       *[other] { $active } Renderings aktiv
    }
tray-menu-show-window = UlazAI Studio anzeigen
tray-menu-quit-app = Beenden

menubar-settings = Einstellungen …
menubar-edit = Bearbeiten
menubar-window = Fenster
menubar-zoom = Zoomen
