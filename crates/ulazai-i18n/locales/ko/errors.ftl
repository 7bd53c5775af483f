# 오류 메시지: 무엇이 잘못되었는지 한 문장으로, 그리고 다음에 할 일.
# $server는 UlazAI 서버의 원문(영어)입니다. 그대로 넣으세요.
# $status는 HTTP 상태 코드입니다.

## UlazAI 서버나 네트워크가 거부함

errors-api-invalid-request = UlazAI가 이 요청을 거부했습니다. 렌더링 설정을 확인하세요.
errors-api-invalid-request-says = UlazAI가 이 요청을 거부했습니다: { $server }
errors-api-unauthorized = UlazAI가 API 키를 받아들이지 않았습니다. 설정 → API 키에서 확인하세요.
errors-api-credits = 이 배치에 필요한 크레딧이 부족합니다. ulazai.com에서 크레딧을 추가한 뒤 다시 시도하세요.
errors-api-credits-says = 이 배치에 필요한 크레딧이 부족합니다. ulazai.com에서 크레딧을 추가한 뒤 다시 시도하세요. (UlazAI 응답: { $server })
errors-api-forbidden = ulazai.com 웹 세션이 만료되었거나 거부되었습니다. 설정 → 웹 계정에서 다시 로그인한 뒤 다시 시도하세요.
errors-api-not-found = UlazAI가 이 모델 또는 렌더링을 알지 못합니다.
errors-api-not-found-says = UlazAI가 이 모델 또는 렌더링을 알지 못합니다. (UlazAI 응답: { $server })
errors-api-rate-limited-at = UlazAI 요청 한도에 도달했습니다. { $wait } 다시 시도할 수 있습니다.
errors-api-rate-limited = UlazAI 요청 한도에 도달했습니다(시간당 새 배치 24개). 몇 분 기다린 뒤 다시 시도하세요.
errors-api-server = UlazAI 쪽에 문제가 생겼습니다(HTTP { $status }). 잠시 후 다시 시도하세요.
errors-api-network-connect = UlazAI에 연결할 수 없습니다. 인터넷 연결을 확인하세요. 앱이 계속 다시 시도합니다.
errors-api-network-timeout = UlazAI가 제때 응답하지 않았습니다. 연결을 확인하세요. 앱이 계속 다시 시도합니다.
errors-api-network-reset = UlazAI와의 연결이 끊어졌습니다. 연결을 확인하세요. 앱이 계속 다시 시도합니다.
errors-api-network-other = 네트워크 문제로 UlazAI 요청이 중단되었습니다. 연결을 확인하세요. 앱이 계속 다시 시도합니다.
errors-api-unreadable = UlazAI가 앱이 읽을 수 없는 응답을 보냈습니다(HTTP { $status }). 잠시 후 다시 시도하세요. 계속 반복되면 앱 업데이트가 필요할 수 있습니다.
errors-api-unexpected = UlazAI가 예상하지 못한 방식으로 응답했습니다(HTTP { $status }). 나중에 다시 시도하세요.
errors-api-no-credentials = API 키가 설정되지 않았습니다. 설정 → API 키에서 UlazAI API 키를 추가하세요.
errors-api-bad-url = 이 서버 주소는 사용할 수 없습니다: { $reason }

## 요청 한도 후 다시 시도할 수 있는 때 (errors-api-rate-limited-at 안에 들어감)

errors-wait-second = 1초 후에
errors-wait-seconds = { $seconds }초 후에
errors-wait-minutes = { $minutes }분 후에
errors-wait-hours = { $hours }시간 후에

## 보내기 전에 양식에서 고쳐야 하는 요청

errors-list-or = { $head } 또는 { $last }
errors-seconds = { $seconds }초
errors-input-image-link = 입력 이미지 { $number }은(는) 사용할 수 있는 링크가 아닙니다: { $reason }.
errors-input-video-link = 입력 동영상 { $number }은(는) 사용할 수 있는 링크가 아닙니다: { $reason }.
errors-batch-size = 배치는 렌더링 1~4개입니다.
errors-batch-one = { $model }은(는) 한 번에 하나만 렌더링합니다. 배치를 1로 설정하세요.
errors-batch-size-model = { $model }의 배치는 1~{ $max }개입니다.
errors-choose-model = 모델을 선택하세요.
errors-unknown-model = UlazAI에 “{ $slug }” 모델이 없습니다. 목록에서 선택하세요.
errors-prompt-needed = 프롬프트를 입력하세요. { $model }에는 프롬프트가 필요합니다.
errors-prompt-too-long = { $model }의 프롬프트는 최대 { $max }자입니다. 이 프롬프트는 { $length }자입니다.
errors-ratio-only = { $model }은(는) { $ratio }만 렌더링합니다.
errors-choose-ratio = 화면 비율을 선택하세요: { $choices }.
errors-duration-only = { $model }은(는) { $seconds }초 클립만 렌더링합니다.
errors-choose-duration = 길이를 선택하세요: { $choices }.
errors-choose-quality = 품질을 선택하세요: { $choices }.
errors-no-quality = { $model }에는 품질 모드가 없습니다. 품질을 비워 두세요.
errors-no-sound = { $model }은(는) 소리 없이 렌더링합니다. 사운드를 끄세요.
errors-input-count =
    { $kind ->
        [image] 입력 이미지 { $count }개
       *[video] 입력 동영상 { $count }개
    }
errors-input-none =
    { $kind ->
        [image] { $model }은(는) 입력 이미지를 받지 않습니다. 이미지를 제거하세요.
       *[video] { $model }은(는) 입력 동영상을 받지 않습니다. 동영상을 제거하세요.
    }
errors-input-exactly =
    { $kind ->
        [image] { $model }에는 정확히 { $inputs }가 필요합니다.
       *[video] { $model }에는 정확히 { $inputs }가 필요합니다.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model }에는 최소 { $inputs }가 필요합니다.
       *[video] { $model }에는 최소 { $inputs }가 필요합니다.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model }은(는) 최대 { $inputs }까지 받습니다.
       *[video] { $model }은(는) 최대 { $inputs }까지 받습니다.
    }
errors-choose-orientation = 캐릭터 방향을 선택하세요: 동영상(클립 최대 30초) 또는 이미지(최대 10초).
errors-orientation-duration =
    { $orientation ->
        [video] 방향이 동영상이면 클립은 최대 { $seconds }초입니다.
        [image] 방향이 이미지이면 클립은 최대 { $seconds }초입니다.
       *[other] 방향이 { $orientation }이면 클립은 최대 { $seconds }초입니다.
    }
errors-orientation-not-motion = 캐릭터 방향은 모션 컨트롤 모델에만 적용됩니다.

## 더 이상 없는 클립, 폴더, 대기열 항목

errors-missing-job = 이 클립은 더 이상 앱에 없습니다.
errors-retry-unknown-settings = 이 클립은 이 앱에서 시작하지 않아 설정을 알 수 없습니다. 양식에서 다시 시작하세요.
errors-queue-empty = 대기열에 추가할 항목이 없습니다.
errors-queue-full = 대기열에는 최대 { $max }개 항목을 넣을 수 있습니다.
errors-folder-gone = 이 폴더는 더 이상 없습니다.
errors-queue-item-gone = 이 클립은 더 이상 대기열에서 기다리고 있지 않습니다.
errors-folder-gone-any-more = 이 폴더는 없습니다(삭제되었을 수 있습니다).
errors-queued-clip-gone = 대기열의 이 클립은 없습니다(삭제되었을 수 있습니다).
errors-merge-gone = 이 병합은 없습니다(삭제되었을 수 있습니다).
errors-fields-highlighted = 이 렌더링의 일부 설정을 바꿔야 합니다(강조 표시된 항목 참고).

## 클립 병합

errors-merge-too-few = 병합할 클립을 두 개 이상 선택하세요.
errors-merge-too-many = 한 번에 최대 { $max }개 클립을 병합할 수 있습니다.
errors-merge-duplicate = 같은 클립이 두 번 들어 있습니다.
errors-merge-not-completed = 완료된 클립만 병합할 수 있습니다.
errors-merge-session-expired = ulazai.com 웹 세션이 만료되었습니다. 설정에서 다시 연결하거나 “이 컴퓨터에서 병합”을 사용하세요.
errors-merge-no-ffmpeg = 이 컴퓨터에서 병합하려면 ffmpeg가 필요하지만 설치되어 있지 않습니다. { $how }

## 표시(채택 / 제외, 별점)와 폴더 이름

errors-marks-stars = 클립의 별점은 1~{ $max }개입니다(0은 지우기). 별 { $stars }개는 평점이 아닙니다.
errors-marks-nothing = 설정할 표시나 별점을 선택하세요.
errors-marks-no-clips = 표시할 클립을 하나 이상 선택하세요.
errors-folder-name-empty = 폴더 이름은 비워 둘 수 없습니다.
errors-folder-name-too-long = 폴더 이름이 너무 깁니다(최대 { $max }자).

## 클립 결과 열기

errors-no-result-to-open = 이 렌더링에는 아직 열 수 있는 결과가 없습니다.

## 오류에 문장이 없을 때 창이 직접 쓰는 문구

errors-ui-rate-limited-at = UlazAI 요청 한도에 도달했습니다. { $time }({ $wait } 후)에 다시 시도할 수 있습니다.
errors-ui-rate-limited = UlazAI 요청 한도에 도달했습니다. 몇 분 기다린 뒤 다시 시도하세요.
errors-ui-credits = 이 배치에 필요한 크레딧이 부족합니다. ulazai.com에서 크레딧을 추가하거나 개수를 줄이세요.
errors-ui-unknown = 문제가 발생했습니다({ $code }).

## 시스템이 할 수 없었던 작업(열기, 표시, 끌기)

errors-open-file = 파일을 열 수 없습니다: { $reason }
errors-reveal-file = 파일을 표시할 수 없습니다: { $reason }
errors-open-result = 결과를 열 수 없습니다: { $reason }
errors-drag-out = 끌어서 놓기를 시작할 수 없습니다: { $reason }

## 창의 요청을 거절할 때

errors-still-starting = 앱이 아직 시작하는 중입니다.
errors-engine-failed = 앱이 렌더링 엔진에 연결하지 못했습니다: { $reason }
errors-delete-none = 삭제할 클립을 하나 이상 선택하세요.
errors-undo-gone = 이 삭제는 더 이상 실행 취소할 수 없습니다.
errors-move-none = 이동할 클립을 하나 이상 선택하세요.
errors-key-empty = UlazAI API 키를 붙여 넣으세요.
errors-key-shape = API 키 형식이 아닙니다(키는 ulazai_live_…와 같은 형태입니다).
errors-sort-place = 정렬 순서는 모든 클립, “폴더 없음” 또는 폴더에 적용됩니다.
errors-sort-order = 올바른 정렬 순서가 아닙니다.
errors-import-kind = 프롬프트 목록을 끌어다 놓으세요: .txt 파일(한 줄에 프롬프트 하나) 또는 .csv 파일.
errors-import-too-large = 이 텍스트는 4 MB를 넘습니다. 프롬프트 목록으로는 너무 큽니다.

## 앱 업데이트: 확인이나 설치가 거부된 이유

errors-update-not-configured = 이 UlazAI Studio 빌드에는 업데이트 서버가 설정되어 있지 않습니다.
errors-update-nothing-offered = 설치할 준비가 된 업데이트가 없습니다. 먼저 업데이트를 확인하세요.
errors-update-merge-running = 병합이 진행 중입니다. 병합이 끝나면 업데이트를 설치하세요.
errors-update-submitting = 렌더링을 보내는 중입니다. 잠시 후 업데이트를 설치하세요.
errors-update-installing = 업데이트가 이미 설치되고 있습니다.
errors-update-older = 업데이트 서버가 제공하는 버전 { $offered }은(는) 현재 버전({ $running })보다 오래되었습니다. 거부했으며 아무것도 설치하지 않았습니다.
errors-update-bad-version = 업데이트 서버가 제공하는 버전이 버전 번호가 아닙니다(“{ $version }”). 거부했으며 아무것도 설치하지 않았습니다.
errors-update-not-manifest = 업데이트 서버의 응답이 업데이트 매니페스트가 아닙니다({ $reason }). 거부했으며 아무것도 설치하지 않았습니다.
errors-update-no-package = 이 업데이트에는 이 설치 방식용 패키지가 없습니다({ $reason }). 아무것도 설치하지 않았습니다.
errors-update-not-https = 업데이트 서버 주소가 https가 아니어서 요청하지 않았습니다. 아무것도 설치하지 않았습니다.
errors-update-check-failed = 업데이트를 확인할 수 없습니다: { $reason }.
errors-update-signed-mismatch = 다운로드한 패키지는 업데이트 서버가 알린 { $announced }이(가) 아니라 버전 { $signed }용으로 서명되었습니다. 거부했으며 아무것도 설치하지 않았습니다.
errors-update-bad-signature = 다운로드한 업데이트가 UlazAI Studio의 키로 서명되지 않았습니다({ $reason }). 거부했으며 아무것도 설치하지 않았습니다.
errors-update-cut-short = 업데이트 다운로드가 중간에 끊겼습니다({ $reason }). 아무것도 설치하지 않았습니다. 나중에 다시 시도하세요.
errors-update-network = 업데이트를 다운로드할 수 없습니다: { $reason }. 아무것도 설치하지 않았습니다.
errors-update-download-failed = 업데이트를 다운로드할 수 없습니다({ $reason }). 아무것도 설치하지 않았습니다.
errors-update-wrong-package = 다운로드한 업데이트가 이 설치 방식용 패키지가 아닙니다(잘못된 형식). 아무것도 설치하지 않았습니다.
errors-update-no-admin = 관리자 권한이 주어지지 않았습니다. 아무것도 설치하지 않았습니다.
errors-update-package-manager = 패키지 관리자가 업데이트를 설치하지 않았습니다(취소 또는 실패). 앱은 바뀌지 않았습니다.
errors-update-install-failed = 업데이트를 설치할 수 없습니다({ $reason }). 앱은 바뀌지 않았습니다.
errors-import-unreadable = { $file }을(를) 읽을 수 없습니다: { $reason }.
errors-import-not-file = { $file }은(는) 일반 파일이 아닙니다. 프롬프트 목록(.txt 또는 .csv 파일)을 끌어다 놓으세요.
errors-import-file-too-large = { $file }은(는) 4 MB를 넘습니다. 프롬프트 목록으로는 너무 큽니다.
errors-import-not-text = { $file }은(는) 일반 텍스트(UTF-8)가 아닙니다.

## 시스템 키링(API 키를 보관하는 곳)

errors-keyring-unavailable =
    { $system ->
        [macos] macOS 키체인을 사용할 수 없습니다. UlazAI Studio의 키체인 접근을 허용하거나, 앱을 종료할 때까지 키를 유지하세요.
        [windows] Windows 자격 증명 관리자를 사용할 수 없습니다. 실행 중인지 확인하거나, 앱을 종료할 때까지 키를 유지하세요.
       *[other] 사용할 수 있는 시스템 키링이 없습니다. GNOME Keyring 또는 KWallet을 설치하고 잠금을 해제하거나, 앱을 종료할 때까지 키를 유지하세요.
    }
errors-keyring-no-entry = 키링에서 키를 찾을 수 없습니다.
errors-keyring-unreadable = 키링에 읽을 수 없는 키 값이 있습니다.
errors-keyring-refused = 키링이 “{ $attribute }”을(를) 거부했습니다.
errors-keyring-refused-why = 키링이 “{ $attribute }”을(를) 거부했습니다: { $reason }.
errors-keyring-ambiguous = 키링에 UlazAI 키가 여러 개 있습니다. 키링 관리자에서 삭제하세요.
errors-keyring-failed = 시스템 키링에 오류가 발생했습니다.
errors-keyring-partial = 키링에 저장된 비밀 정보의 일부만 있습니다.
errors-keyring-interrupted = 키링 접근이 중단되었습니다.

## 클립의 동영상을 라이브러리에 저장하기

errors-download-http-expired = 다운로드 링크가 만료되었거나 허용되지 않습니다(HTTP { $status }). 렌더링을 새로 고친 뒤 다시 시도하세요.
errors-download-http-gone = 이 동영상은 더 이상 서버에 없습니다(HTTP { $status }).
errors-download-http-server = 서버가 동영상을 보내는 중 문제가 생겼습니다(HTTP { $status }). 나중에 다시 시도하세요.
errors-download-http-refused = 서버가 다운로드를 거부했습니다(HTTP { $status }).
errors-download-network = 다운로드에 실패했습니다: { $reason }. 인터넷 연결을 확인하고 다시 시도하세요.
errors-download-incomplete = 다운로드가 완료되지 않았습니다({ $expected }바이트 중 { $got }바이트). 다시 시도하세요.
errors-download-io = 동영상을 저장할 수 없습니다: { $reason }
errors-download-cancelled = 다운로드가 취소되었습니다.
errors-download-bad-url = 이 동영상 주소에서는 다운로드할 수 없습니다: { $reason }
errors-download-not-video = 서버가 보낸 파일은 동영상이 아닙니다(MP4, MOV, Matroska, WebM 파일이 아님). 저장하지 않았습니다.
errors-download-too-large = 동영상이 너무 커서 다운로드할 수 없습니다({ $limit } 초과). 저장하지 않았습니다.
errors-download-timed-out = 다운로드가 너무 오래 걸려({ $took } 초과) 중지했습니다. 다시 시도하세요.
errors-took-second = 1초
errors-took-seconds = { $seconds }초
errors-took-minutes = { $minutes }분
errors-download-no-result = 이 클립에는 아직 다운로드할 결과가 없습니다.
errors-download-folder = 클립을 { $folder }에 저장할 수 없습니다: { $reason }
errors-clip-not-saved = 이 클립은 (아직) 라이브러리에 없습니다.
errors-clip-file-refused = 이 클립의 파일은 라이브러리 폴더의 동영상이 아니므로 사용하지 않습니다.

errors-sign-in-window = 로그인 창을 열 수 없습니다: { $reason }

## Importing a prompt list
errors-import-line = { $line }번째 줄
errors-import-prompt-empty = 프롬프트가 비어 있습니다.
errors-import-duration = 길이 값이 초 단위 숫자가 아닙니다: “{ $value }”
errors-import-count = 클립 수 값이 숫자(1~4)가 아닙니다: “{ $value }”
errors-import-too-many = 파일에서 처음 { $max }개의 프롬프트만 읽습니다. 나머지는 다른 파일로 나누세요.
errors-import-empty = 파일에 프롬프트가 없습니다(빈 줄과 #으로 시작하는 줄은 건너뜁니다).
errors-import-csv-unreadable = 이 줄은 CSV로 읽을 수 없습니다: { $reason }.
errors-import-csv-no-prompt = 첫 행에 열 이름을 적고 그중에 “prompt” 열이 있어야 합니다(열: { $columns }).
errors-import-csv-unknown = 사용되지 않는 열: { $columns }(열: { $known })
errors-import-csv-twice = 두 번 지정된 열: { $columns }. 첫 번째 열을 사용합니다.
errors-import-csv-extra = 이 행의 셀이 머리글에 적힌 열({ $count }개)보다 많습니다.
errors-variations-too-many = 한 번에 최대 { $max }개의 변형까지 만들 수 있습니다.
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } ({ $model }에서 지원하지 않는 { $asked } 대신 가장 가까운 값)

## 명령 응답 밖에서 창으로 보내는 텍스트.

errors-queue-no-key = 대기열을 제출하려면 UlazAI API 키를 추가하세요.
errors-web-session-unreadable = 로그인했지만 웹 세션을 읽을 수 없습니다. 다시 시도하세요.
errors-web-session-until-quit = 웹 세션은 앱을 종료할 때까지만 유지됩니다. 시스템 키체인을 사용할 수 없습니다({ $reason })
errors-web-session-expired = ulazai.com 웹 세션이 만료되었습니다. 폴더를 동기화하고 서버에서 병합하려면 다시 연결하세요.
errors-folder-sync-expired = 웹 세션이 만료되었습니다. 폴더는 여기에 남아 있으며 다시 연결하면 ulazai.com에 만들어집니다.
errors-merge-reencoded = 다시 인코딩했습니다: { $why }.
errors-merge-cancelled = 병합을 취소했습니다.
errors-merge-clip-download = 클립 { $number }을(를) 다운로드할 수 없습니다: { $reason }
errors-merge-save = 병합한 동영상을 저장할 수 없습니다: { $reason }
errors-settings-language = 스튜디오가 언어 "{ $code }"을(를) 지원하지 않습니다.
errors-settings-server = 이 서버 주소는 사용할 수 없습니다: { $reason }.
errors-settings-max-download = 최대 다운로드 크기는 1 MiB에서 { $max } MiB 사이여야 합니다.
errors-settings-ffmpeg = 이 ffmpeg는 사용할 수 없습니다: { $problem }.
errors-settings-save = 설정을 저장할 수 없습니다: { $reason }
errors-sort-order-save = 정렬 순서를 저장할 수 없습니다: { $reason }
errors-update-unpacked = 이 UlazAI Studio는 패키지로 설치되지 않아 스스로 교체할 수 없습니다. { $url }에서 버전 { $version }을(를) 받으세요.
errors-update-no-pkexec = { $package } 패키지를 설치하려면 관리자 권한이 필요하지만 이 시스템에는 권한을 요청할 pkexec가 없습니다. { $url }에서 버전 { $version }을(를) 받아 패키지 관리자로 설치하세요.
errors-store-unusable = 작업을 저장할 수 없습니다: { $reason }. 앱을 종료할 때까지 메모리에 보관됩니다.

errors-trash-move = 클립 파일을 휴지통으로 옮길 수 없습니다: { $reason }
errors-trash-restore = 클립 파일을 휴지통에서 되돌릴 수 없습니다: { $reason }
errors-trash-gone = 클립 파일이 더 이상 휴지통에 없습니다.
errors-trash-taken = { $path }에 이미 파일이 있습니다. 클립 파일은 휴지통에 남겨 두었습니다.
errors-trash-put-back = 클립 파일이 휴지통에 있습니다. Finder에서 “되돌려 놓기”로 복원하세요.

errors-poll-slow-down = 서버가 요청 속도를 늦춰 달라고 했습니다(429)
errors-poll-server = 서버에 문제가 발생했습니다({ $status })
errors-poll-timeout = 서버가 제시간에 응답하지 않았습니다
errors-poll-connect = 서버에 연결할 수 없습니다
errors-poll-interrupted = 서버 연결이 끊어졌습니다
errors-poll-unreadable = 서버가 읽을 수 없는 응답을 보냈습니다
errors-poll-unexpected = 서버에서 예상치 못한 응답을 받았습니다({ $answer })

errors-ffmpeg-not-found = 이 컴퓨터에서 ffmpeg를 찾을 수 없습니다. { $how }
errors-ffmpeg-chosen = 설정에서 선택한 ffmpeg를 사용할 수 없습니다: { $problem }. 설정 → 라이브러리(“이 컴퓨터에서 병합할 때 쓰는 ffmpeg”)에서 다른 것을 선택하거나 이 컴퓨터에서 찾은 ffmpeg를 사용하세요(“PATH의 ffmpeg 사용”).
errors-ffmpeg-probe = 클립을 읽을 수 없습니다: { $reason }
errors-ffmpeg-failed-code-says = ffmpeg가 클립을 병합하지 못했습니다(종료 코드 { $code }): { $tail }
errors-ffmpeg-failed-code = ffmpeg가 클립을 병합하지 못했습니다(종료 코드 { $code }).
errors-ffmpeg-failed-says = ffmpeg가 클립을 병합하지 못했습니다: { $tail }
errors-ffmpeg-failed = ffmpeg가 클립을 병합하지 못했습니다.
errors-ffmpeg-cancelled = 병합을 취소했습니다.
errors-ffmpeg-io = 병합한 동영상을 저장할 수 없습니다: { $reason }
errors-ffmpeg-bad-path = 병합할 수 없는 클립이 있습니다: { $reason }
errors-ffmpeg-bad-trim = 사용할 수 없는 트리밍이 있습니다: { $reason }
