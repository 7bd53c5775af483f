generate-title = 새로 생성

generate-field-model = 모델
generate-field-prompt = 프롬프트
generate-field-aspect-ratio = 화면 비율
generate-field-duration = 길이
generate-field-quality = 화질
generate-field-images = 이미지
generate-field-videos = 동영상
generate-field-sound = 사운드
generate-field-orientation = 방향
generate-field-count = 개수

generate-starting = 시작하는 중…
generate-reason-fix-key = 생성하려면 API 키를 수정하세요
generate-reason-add-key = 생성하려면 API 키를 추가하세요(또는 데모를 사용해 보세요)
generate-reason-choose-model = 모델을 선택하세요
generate-reason-hourly-limit = 시간당 한도에 도달했습니다 — { $time }에 초기화됩니다
generate-reason-hourly-limit-hour = 시간당 한도에 도달했습니다 — 다음 정각에 초기화됩니다
generate-reason-prompt-too-long = 이 모델에는 프롬프트가 너무 깁니다
generate-reason-field = { $field }: { $message }
generate-reason-fix-fields = 생성하려면 항목 { $count }개를 수정하세요
generate-reason-checking = 확인하는 중…

generate-models-loading = 모델을 불러오는 중…
generate-models-no-key = 아직 모델이 없습니다: API 키를 추가하세요
generate-models-no-key-why = 모델 목록은 API 키로 UlazAI에서 가져옵니다.
generate-models-failed = 모델을 불러올 수 없습니다
generate-model-option-credits = { $credits }cr
generate-model-engine-unknown = 알 수 없는 엔진
generate-model-price = 클립당 { $credits }크레딧
generate-model-price-unknown = 가격 알 수 없음
generate-demo-try = 데모 사용해 보기
generate-demo-starting = 데모를 시작하는 중…
generate-add-key = API 키 추가

generate-prompt-optional = (선택 사항)
generate-prompt-placeholder = 장면을 설명하세요: 피사체, 동작, 카메라, 조명…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left = { $left }자 남음
generate-prompt-over = 한도 { $max }자를 { $over }자 초과했습니다
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Enter
generate-keys-generate = 생성
generate-keys-recent = 최근 프롬프트
generate-history-open = 최근
generate-history-search = 최근 프롬프트 검색
generate-history-list = 최근 프롬프트
generate-history-none = 일치하는 최근 프롬프트가 없습니다

generate-duration-not-offered = { $seconds }초(제공되지 않음)
generate-orientation-video = 동영상 기준(30초 이하)
generate-orientation-image = 이미지 기준(10초 이하)
generate-sound-hint = 오디오 트랙 생성
generate-count-label = 이 배치의 클립 수
generate-count-fewer = 클립 줄이기
generate-count-more = 클립 늘리기
generate-up-to = 최대 { $max }
generate-urls-at-least = 최소 { $min }
generate-urls-exactly = 정확히 { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = 선택 사항
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] 이미지 { $index } 제거
       *[other] 동영상 { $index } 제거
    }
generate-url-remove-tip = 제거
generate-url-add =
    { $kind ->
        [image] 이미지 URL 추가
       *[other] 동영상 URL 추가
    }

generate-error-dismiss = 닫기
generate-cost-formula = { $credits } × { $count }
generate-cost-label = 비용
generate-cost-unknown = 알 수 없음
generate-submit =
    { $count ->
        [1] 생성
       *[other] 클립 { $count }개 생성
    }

generate-quoted-prompt = “{ $prompt }”
generate-retry-failed-clip = 실패한 클립
generate-retry-no-reason = 이유가 제공되지 않았습니다.
generate-reuse-retry = 실패한 요청을 양식에 채웠습니다. 수정한 뒤 생성을 눌러 다시 시도하세요.
generate-reuse = 이 클립의 프롬프트와 설정을 양식에 채웠습니다. 바로 수정할 수 있습니다.

generate-variations-need-prompt = 먼저 양식에 프롬프트를 작성하세요. 변형은 이 프롬프트를 여러 모델, 화면 비율, 길이로 반복합니다.
generate-variations-models = 모델
generate-variations-unable = 모델 { $count }개는 다른 입력이 필요합니다
generate-variations-pick = { $model }: 변경할 항목
generate-variations-price = 클립당 { $cost }
generate-variations-preview = 변형 { $count }개 미리 보기
