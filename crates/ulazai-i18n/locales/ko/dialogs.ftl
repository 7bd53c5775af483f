# 기본 대화 상자: 시스템 파일 선택기의 제목.

dialogs-pick-library-folder = 라이브러리 폴더 선택
dialogs-pick-ffmpeg = ffmpeg 프로그램 선택
dialogs-export-clips = 클립 { $count }개를 내보낼 위치
