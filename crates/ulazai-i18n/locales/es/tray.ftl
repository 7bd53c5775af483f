tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — ningún render activo
        [one] UlazAI Studio — { $active } render activo
       *[other] UlazAI Studio — { $active } renders activos
    }
tray-menu-active =
    { $active ->
        [0] Ningún render activo
        [one] { $active } render activo
       *[other] { $active } renders activos
    }
tray-menu-show-window = Mostrar UlazAI Studio
tray-menu-quit-app = Salir

menubar-settings = Ajustes…
menubar-edit = Edición
menubar-window = Ventana
menubar-zoom = Zoom
