tray-tooltip-active =
    { $active ->
        [0] UlazAI Studio — 진행 중인 렌더링 없음
       *[other] UlazAI Studio — 렌더링 { $active }개 진행 중
    }
tray-menu-active =
    { $active ->
        [0] 진행 중인 렌더링 없음
       *[other] 렌더링 { $active }개 진행 중
    }
tray-menu-show-window = UlazAI Studio 보기
tray-menu-quit-app = 종료

menubar-settings = 설정…
menubar-edit = 편집
menubar-window = 윈도우
menubar-zoom = 확대/축소
