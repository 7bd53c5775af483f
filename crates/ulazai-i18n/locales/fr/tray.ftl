tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — aucun rendu en cours
        [one] UlazAI Studio — { $active } rendu en cours
       *[other] UlazAI Studio — { $active } rendus en cours
    }
tray-menu-active =
    { $active ->
        [0] Aucun rendu en cours
        [one] { $active } rendu en cours
       *[other] { $active } rendus en cours
    }
tray-menu-show-window = Afficher UlazAI Studio
tray-menu-quit-app = Quitter

menubar-settings = Réglages…
menubar-edit = Édition
menubar-window = Fenêtre
menubar-zoom = Réduire/agrandir
