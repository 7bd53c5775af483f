# The tray icon (tooltip and menu) and the macOS menu bar.

tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — no renders active
        [one] UlazAI Studio — { $active } render active
       *[other] UlazAI Studio — { $active } renders active
    }
tray-menu-active =
    { $active ->
        [0] No renders active
        [one] { $active } render active
       *[other] { $active } renders active
    }
tray-menu-show-window = Show UlazAI Studio
tray-menu-quit-app = Quit

menubar-settings = Settings…
menubar-edit = Edit
menubar-window = Window
menubar-zoom = Zoom
