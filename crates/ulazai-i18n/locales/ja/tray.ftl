tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — 実行中のレンダリングはありません
       *[other] UlazAI Studio — { $active } 件のレンダリングを実行中
    }
tray-menu-active =
    { $active ->
        [0] 実行中のレンダリングはありません
       *[other] { $active } 件のレンダリングを実行中
    }
tray-menu-show-window = UlazAI Studio を表示
tray-menu-quit-app = 終了

menubar-settings = 設定…
menubar-edit = 編集
menubar-window = ウインドウ
menubar-zoom = 拡大/縮小
