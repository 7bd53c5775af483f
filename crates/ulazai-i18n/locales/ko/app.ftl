app-skip-to-clips = 클립으로 건너뛰기
app-title-all = 모든 클립
app-title-unfiled = 미분류
app-title-folder = 폴더
app-region-clips = 클립
app-region-details = 클립 세부 정보
app-region-new = 새 생성
app-grid-label = { $title }: 클립, { $sort }
app-rate-reached-at = 시간당 한도 도달 · { $time }에 재설정
app-rate-reached = 시간당 한도 도달
app-rate-limit-tip = 한도: 시간당 { $limit }회
app-conn-reconnecting = 다시 연결 중
app-conn-reconnecting-tip = UlazAI가 응답하지 않습니다. 앱이 자동으로 다시 시도합니다
app-conn-offline = 오프라인
app-conn-offline-tip = UlazAI에 연결되지 않았습니다
app-conn-online = 온라인
app-conn-online-tip = UlazAI가 응답했습니다
app-conn-idle = 연결 안 됨
app-conn-idle-waiting-tip = UlazAI의 응답을 기다리는 중입니다
app-conn-idle-no-key-tip = UlazAI에 연결하려면 API 키를 추가하세요(또는 데모를 사용해 보세요)
app-demo-badge = 데모
app-demo-tip = 클립이 로컬 시뮬레이터에서 렌더링되며 크레딧이 사용되지 않습니다
app-key-set = 키 설정됨
app-key-valid-tip =
    { $storage ->
        [until_quit] API 키(종료할 때까지 보관)
       *[other] 시스템 키체인에 저장된 API 키
    }
app-key-unverified-tip = API 키가 아직 확인되지 않았습니다
app-key-rejected = 키 거부됨
app-key-rejected-tip = 서버가 API 키를 거부했습니다
app-key-none = API 키 없음
app-key-none-tip = 설정에서 API 키를 추가하세요
app-settings = 설정
app-settings-tip = 설정({ $keys })
app-menu = 메뉴
app-menu-tip = 메뉴: 키보드 단축키, 설정
app-menu-shortcuts = 키보드 단축키
app-menu-settings = 설정
app-dismiss = 닫기
app-try-again = 다시 시도
app-banner-boot-error = 앱 백엔드가 응답하지 않았습니다.
app-banner-store-notice = 클립이 저장되지 않고 있습니다.
app-banner-set-aside-title = 클립 라이브러리가 손상되었습니다.
app-banner-set-aside-before = 앱 데이터 폴더에
app-banner-set-aside-after = (이)라는 이름으로 따로 보관했습니다. 서버가 알고 있는 클립은 복구되었습니다.
app-banner-offline-title = 오프라인 상태입니다.
app-banner-offline = { $reason }. 진행 중인 렌더링은 UlazAI에서 계속되며, 연결이 복구되면 카드가 업데이트됩니다.
app-banner-backoff-title = UlazAI에 연결하는 데 문제가 있습니다
app-banner-backoff-retry = ({ $reason }). 다음 재시도:
app-banner-backoff-soon = 곧
app-banner-backoff-countdown = ({ $countdown })
app-banner-backoff-end = .
app-banner-session-title = ulazai.com 웹 세션이 만료되었습니다.
app-banner-session = 폴더와 클립은 이곳에 안전하게 남아 있습니다. 다시 연결하면 폴더를 동기화하고 서버에서 병합할 수 있습니다(이 컴퓨터에서 병합하는 기능은 계속 사용할 수 있습니다).
app-reconnect = 다시 연결
app-banner-key-invalid-title = API 키가 거부되었습니다.
app-banner-key-invalid = 유효한 키가 설정될 때까지 업데이트가 일시 중지됩니다.
app-fix-key = 키 수정
app-banner-keyring-title = 시스템 키체인을 사용할 수 없습니다.
app-banner-keyring-default = 이 컴퓨터에서는 API 키를 안전하게 저장할 수 없습니다.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] 키는 앱을 종료할 때까지 보관됩니다.
       *[other] 앱을 종료할 때까지 키를 보관할 수 있습니다.
    }
app-open-settings = 설정 열기
app-banner-rate-title = 시간당 생성 한도에 도달했습니다.
app-banner-rate-retry = { $time }부터 새로 생성할 수 있습니다({ $countdown }).
app-banner-rate-running = 진행 중인 렌더링에는 영향이 없습니다.
app-banner-models-title = 모델 목록을 불러오지 못했습니다.
app-toast-error = 오류
app-toast-notice = 알림
app-toast-undo = 실행 취소
app-web-connected = 웹 계정이 연결되었습니다
app-web-disconnected = 웹 계정 연결이 해제되었습니다
app-signin-failed = 로그인 창을 열지 못했습니다
app-disconnect-failed = 연결을 해제하지 못했습니다
app-folder-sync-failed = “{ $name }” 폴더가 아직 ulazai.com에 없습니다: { $message }
app-folder-sync-retrying = “{ $name }” 폴더가 아직 ulazai.com에 없습니다: { $message } 다시 시도하는 중…
app-download-failed = 라이브러리로 다운로드하지 못했습니다: { $message }
app-export-failed = 내보내기에 실패했습니다: { $message }
app-merge-failed = 병합에 실패했습니다: { $message }
app-unknown-error = 알 수 없는 오류
app-merged-local = 이 컴퓨터에서 병합했습니다
app-merged-local-copied = 이 컴퓨터에서 병합했습니다(다시 인코딩하지 않음)
app-merge-cancelled = 병합이 취소되었습니다
app-demo-started = 데모가 시작되었습니다 — 클립이 로컬 시뮬레이터에서 렌더링되며 크레딧이 사용되지 않습니다
app-demo-failed = 데모를 시작하지 못했습니다
app-key-kept = API 키를 종료할 때까지 보관합니다
app-key-saved = API 키를 시스템 키체인에 저장했습니다
app-key-removed = API 키를 제거했습니다
app-settings-not-saved = 설정을 저장하지 못했습니다: { $error }
app-something-wrong = 문제가 발생했습니다.

app-failed-because = { $what }: { $why }
