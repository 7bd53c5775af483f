tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — 没有进行中的渲染
       *[other] UlazAI Studio — { $active } 个渲染进行中
    }
tray-menu-active =
    { $active ->
        [0] 没有进行中的渲染
       *[other] { $active } 个渲染进行中
    }
tray-menu-show-window = 显示 UlazAI Studio
tray-menu-quit-app = 退出

menubar-settings = 设置…
menubar-edit = 编辑
menubar-window = 窗口
menubar-zoom = 缩放
