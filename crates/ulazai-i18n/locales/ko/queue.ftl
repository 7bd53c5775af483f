queue-add = 대기열에 추가
queue-adding = 추가하는 중…
queue-import = 목록 가져오기…
queue-variations = 변형…

queue-title = 대기열
queue-show = 대기열 보기
queue-hide = 대기열 숨기기
queue-requests-used = 이번 시간에 요청 { $used }/{ $limit }개 사용
queue-pause = 일시 정지
queue-resume = 재개
queue-list = 대기열의 요청(보내는 순서). 항목의 순서 변경 핸들에서 화살표 키로 이동할 수 있습니다
queue-reorder = “{ $prompt }” 순서 변경, { $total }개 중 { $position }번째(화살표 키로 이동, Home과 End로 끝으로 이동)
queue-reorder-tip = 끌거나 화살표 키로 순서 변경
queue-move-front = 맨 앞으로
queue-submit-now = 지금 보내기
queue-remove = 제거
queue-state =
    { $state ->
        [submitting] 보내는 중
        [refused] 거부됨
       *[other] 대기 중
    }
queue-when-sending = 보내는 중…
queue-when-refused = 거부됨: { $error }
queue-when-refused-unknown = UlazAI에서 거부됨
queue-when-paused = 대기 중: 대기열이 일시 정지되었습니다
queue-when-now = 곧 시작
queue-when-around = { $time }쯤 시작
queue-paused-credits = 대기열이 일시 정지되었습니다: 크레딧이 부족합니다. ulazai.com에서 크레딧을 충전한 뒤 재개하세요.
queue-paused-credits-message = 대기열이 일시 정지되었습니다: 크레딧이 부족합니다. { $message } ulazai.com에서 크레딧을 충전한 뒤 재개하세요.
queue-paused-key = 유효한 API 키가 설정될 때까지 대기열이 일시 정지됩니다.
queue-paused-user = 대기열이 일시 정지되었습니다. 재개할 때까지 새 요청을 보내지 않습니다.
queue-submit-blocked = 시간당 한도에 도달했습니다(요청 { $limit }개 중 { $used }개): { $time }({ $wait } 후)부터 지금 보내기를 사용할 수 있습니다.
queue-usually-seconds = 이 모델은 보통 { $seconds }초
queue-usually-minutes = 이 모델은 보통 { $minutes }분

queue-import-title = 프롬프트 목록 가져오기
queue-variations-title = 이 프롬프트의 변형
queue-confirm-prompts = 이 프롬프트를 대기열에 추가할까요?
queue-confirm-variations = 이 변형을 대기열에 추가할까요?
queue-close = 닫기
queue-close-tip = 닫기(Esc)
queue-import-hint-lines = 한 줄에 프롬프트 하나(빈 줄과 #으로 시작하는 줄은 건너뜀) 또는 머리글 행이 있는 CSV:
queue-import-hint-optional = 및 선택적으로
queue-import-hint-defaults = 빠진 값은 양식에서 가져옵니다.
queue-choose-file = 파일 선택…
queue-paste-label = 또는 목록 붙여넣기
queue-preview = 미리 보기
queue-list-too-large = { $file } 파일이 { $megabytes }MB보다 큽니다. 프롬프트 목록으로는 너무 큽니다.
queue-read-failed = 목록을 읽을 수 없습니다: { $error }

queue-source-pasted = 붙여넣은 목록
queue-source-variations = 변형
queue-summary = { $source }: { $summary }
queue-count-prompts = 프롬프트 { $count }개
queue-count-variations = 변형 { $count }개
queue-left-out-lines = { $count }줄이 제외됩니다
queue-left-out-combinations = 조합 { $count }개가 제외됩니다
queue-items = 대기열에 추가할 프롬프트
queue-folder-label = 클립을 새 폴더에 넣기(선택 사항)
queue-folder-placeholder = 폴더 이름
queue-back = 뒤로
queue-confirm = { $what } 대기열에 추가 · { $cost }
queue-queued = { $what }을(를) 대기열에 추가했습니다

queue-fail-read-list = 목록을 읽을 수 없습니다
queue-fail-read-dropped = 끌어다 놓은 파일을 읽을 수 없습니다
queue-fail-variation-models = 변형에 쓸 모델 목록을 가져올 수 없습니다
queue-fail-variations = 변형을 준비할 수 없습니다
queue-fail-queue-list = 목록을 대기열에 추가할 수 없습니다
queue-fail-pause = 대기열을 일시 정지할 수 없습니다
queue-fail-resume = 대기열을 재개할 수 없습니다
queue-fail-move = 항목을 이동할 수 없습니다
queue-fail-remove = 항목을 제거할 수 없습니다
queue-fail-submit-now = 지금 보낼 수 없습니다
