# 기본 대화 상자: 시스템 파일 선택기의 제목.

dialogs-pick-library-folder = 라이브러리 폴더 선택
dialogs-pick-ffmpeg = ffmpeg 프로그램 선택
dialogs-export-clips = 클립 { $count }개를 내보낼 위치


dialogs-webview-missing =
    UlazAI Studio를 실행하려면 Microsoft Edge WebView2 Runtime이 필요하지만 이 컴퓨터에 설치되어 있지 않습니다.

    { $url }(Microsoft의 WebView2 Runtime 설치 프로그램)에서 설치한 뒤 UlazAI Studio를 다시 시작하세요.
