settings-title = 설정
settings-close = 설정 닫기
settings-close-tip = 닫기 (Esc)

## API key

settings-key-title = API 키
settings-key-state =
    { $state ->
        [valid] 작동 중
        [invalid] 서버에서 거부됨
        [unverified] 아직 확인 안 됨
       *[missing] 설정 안 됨
    }
settings-key-storage =
    { $storage ->
        [keyring] 시스템 키체인에 저장됨
        [until_quit] 종료할 때까지 보관
       *[none] 저장된 키 없음
    }
settings-key-placeholder-replace = 바꿀 새 키를 붙여 넣으세요
settings-key-empty = 먼저 API 키를 붙여 넣으세요(ulazai_로 시작합니다).
settings-key-keep-until-quit = 종료할 때까지 보관
settings-key-replace = 바꾸기
settings-key-save = 저장
settings-key-verify = 확인
settings-key-remove = 키 삭제
settings-key-hint = 키는 앱의 보안 저장소에 전달되며 다시 표시되지 않습니다. 짧은 미리 보기만 표시됩니다.
settings-keyring-down = { $problem } 종료할 때까지 키를 메모리에 보관할 수 있습니다.
settings-keyring-unavailable = 시스템 키체인을 사용할 수 없습니다.

## Notifications

settings-notify-title = 알림
settings-notify-clips = 클립이 완료되거나 실패하면 알림
settings-notify-history = 시작할 때 기록에서 찾은 작업도 알림

## Web account

settings-web-title = 웹 계정
settings-web-state =
    { $state ->
        [connected] 웹 계정 연결됨
        [expired] 웹 세션 만료됨
       *[none] 연결 안 됨
    }
settings-web-why = ulazai.com의 폴더와 서버에서 병합하려면 웹사이트에 로그인해야 합니다(API 키만으로는 부족합니다). 로그인하지 않으면 폴더는 이 컴퓨터에 남고 클립은 여기에서 ffmpeg로 병합됩니다.
settings-web-expired = UlazAI가 웹 세션을 종료했습니다. 잃어버린 것은 없습니다. 서버에서 계속하려면 다시 연결하세요.
settings-web-disconnect = 연결 해제
settings-web-reconnect = 다시 연결
settings-web-sign-in = UlazAI에 로그인
settings-web-signing-in = “{ $window }” 창에서 로그인을 마치세요…
settings-web-keyring = 세션은 시스템 키체인에만 보관됩니다.

## Library

settings-library-title = 라이브러리
settings-library-folder = 라이브러리 폴더
settings-library-change = 변경…
settings-library-default = 기본값 사용
settings-library-hint = 앱 폴더마다 하위 폴더를 하나씩 만들고, 파일 이름은 날짜·모델·프롬프트로 정합니다.
settings-max-download = 최대 다운로드 크기(GiB)
settings-max-download-hint = 이보다 큰 결과는 저장되지 않습니다(기본값 { $default } GiB).
settings-max-download-refused = GiB 단위로 크기를 입력하세요. 최소 { $min }(1 MiB)입니다.
settings-ffmpeg = 이 컴퓨터에서 병합할 때 쓰는 ffmpeg
settings-ffmpeg-from-path = PATH에서 찾은 것
settings-ffmpeg-choose = ffmpeg 선택…
settings-ffmpeg-use-path = PATH의 ffmpeg 사용
settings-ffmpeg-hint = ffmpeg 프로그램 자체를 선택하세요. 저장하기 전에 확인합니다(ffmpeg로 응답해야 합니다).
settings-marks = 내보낸 클립의 플래그와 별점
settings-marks-none = 포함 안 함
settings-marks-names = 파일 이름 끝에 추가
settings-marks-sidecar = 각 클립 옆의 XMP 파일에 저장
settings-marks-hint = 파일 이름은 “… [pick, 4 stars].mp4”처럼 끝납니다. XMP 파일에는 Lightroom, Bridge, darktable용 별점, 플래그, 프롬프트가 들어갑니다.
settings-auto-download = 완료된 클립을 라이브러리에 자동으로 저장

## Updates

settings-updates-title = 업데이트
settings-updates-check = 업데이트 확인
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = 지금 확인
settings-updates-hint = 업데이트는 UlazAI가 서명하며, 직접 선택할 때만 설치됩니다. 시작할 때와 몇 시간마다 확인합니다.

## Language

settings-language-title = 언어
settings-language-system = 시스템({ $language })
settings-language-hint = 창, 알림, 트레이가 바로 바뀝니다.
settings-language-pinned = ULAZAI_LANG이 설정되어 있어 제거할 때까지 이 값이 언어를 정합니다.

## Appearance

settings-appearance-title = 모양
settings-theme-system = 시스템 설정 따르기
settings-theme-light = 라이트
settings-theme-dark = 다크

## Advanced

settings-advanced = 고급
settings-base-url = API 기본 URL
settings-base-url-refused = { $error } Studio는 이전 주소를 계속 사용합니다.
settings-base-url-demo = 데모는 이 컴퓨터의 내장 시뮬레이터에서 실행되므로 아직 서버를 사용하지 않습니다. API 키를 추가하면 Studio는 { $server } 또는 위의 주소와 통신합니다.
settings-base-url-hint = 비워 두면 { $server }을(를) 사용합니다. UlazAI 지원팀이 요청할 때만 변경하세요.
