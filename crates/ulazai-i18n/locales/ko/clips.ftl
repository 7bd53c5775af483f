## Statuses and modes

clips-status =
    { $status ->
        [pending] 대기 중
        [processing] 렌더링 중
        [completed] 완료
        [failed] 실패
        [unknown] 알 수 없음
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] 텍스트 → 동영상
        [image_to_video] 이미지 → 동영상
        [video_to_video] 동영상 → 동영상
       *[other] { $raw }
    }
clips-rendered-in = 렌더링 시간 { $time }
clips-failed-after = { $time } 후
clips-summary = { $status }, { $model }, { $prompt }
clips-summary-no-prompt = 프롬프트 없음
clips-unknown-model = 알 수 없는 모델

## Marks

clips-stars = 별 { $rating }개
clips-marks-picked = 채택됨
clips-marks-rejected = 제외됨
clips-marks-both = { $flag }, { $stars }
clips-marks-picked-key = 채택됨(P)
clips-marks-rejected-key = 제외됨(X)
clips-star-title = { $stars }({ $key })
clips-star-clear-title = 별점 지우기(0)
clips-announce-picked = 클립 { $count }개를 채택했습니다
clips-announce-rejected = 클립 { $count }개를 제외했습니다
clips-announce-unflagged = 클립 { $count }개의 플래그를 해제했습니다
clips-announce-rated = 클립 { $count }개: { $stars }
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = 별점 없음
clips-mark-failed = 클립을 표시하지 못했습니다

## Screen reader

clips-announce-finished = 완료: { $what }
clips-announce-finished-model = 완료: { $what }({ $model })
clips-announce-merged-clip = 병합한 클립
clips-announce-no-prompt = 프롬프트 없는 클립
clips-announce-failed = 실패: { $reason }.
clips-announce-failed-about = 실패: { $reason }({ $about }).
clips-announce-about-both = { $model }, “{ $prompt }”
clips-announce-about-prompt = “{ $prompt }”
clips-announce-no-reason = 이유가 제공되지 않음
clips-announce-with-refund = { $sentence } 크레딧이 환불되었습니다.

## A card

clips-no-prompt = 프롬프트 없음
clips-saving-label = 라이브러리에 저장하는 중
clips-saving = 저장 중…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = 시작 { $started } · 완료 { $finished }
clips-card-credits = { $credits }크레딧
clips-card-saved = 저장됨
clips-card-refunded = 환불됨
clips-card-refunded-title = 크레딧이 환불되었습니다
clips-card-merge = 병합
clips-card-merged-here = 여기서 병합
clips-card-not-on-server = 서버에 없음
clips-card-not-on-server-title = 서버가 더 이상 이 작업을 알지 못하므로 업데이트되지 않습니다
clips-actions = 클립 작업
clips-open-file = 파일 열기
clips-save-to-library = 라이브러리에 저장
clips-add-to-merge = 병합에 추가
clips-in-merge-tip = 병합 트레이에 있음(누르면 뺍니다)
clips-retry = 다시 시도
clips-retry-only-here = 이 앱에서 시작한 작업만 다시 시도할 수 있습니다
clips-edit-retry = 편집 후 다시 시도
clips-edit-retry-tip = 편집 후 다시 시도: 요청을 바꾼 다음 생성합니다
clips-more-actions = 더 보기

## Preview

clips-preview-label = 결과 미리 보기
clips-preview-waiting = 제공업체를 기다리는 중
clips-preview-rendering = 렌더링 중
clips-preview-not-finished = 아직 완료되지 않음
clips-preview-unsafe = 결과 링크 숨김: 안전한(https) URL이 아닙니다
clips-preview-unplayable = 여기서는 미리 보기를 재생할 수 없습니다
clips-preview-length = , 길이
clips-play-sound = 소리와 함께 재생

## Takes

clips-stack-takes = 테이크 { $count }개
clips-stack-open-tip = 테이크 { $count }개 보기
clips-stack-close-tip = 테이크 다시 쌓기(Esc)
clips-takes-title = 테이크
clips-take-place = 테이크 { $n }/{ $of }
clips-take-made-from = 원본:
clips-take-origin-take = 테이크 { $n }
clips-take-origin-this = 이 클립
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = 이후 제거된 클립
clips-take-current = 테이크 { $n } · 이 클립
clips-take-other = 테이크 { $n } · { $about }
clips-take-picked = 채택됨
clips-take-rejected = 제외됨

## Details

clips-detail-back = 새 생성
clips-detail-video = 결과 동영상
clips-detail-open = 열기
clips-copy-link = 링크 복사
clips-detail-retry-only-here = 이 앱에서 시작한 작업만 다시 시도할 수 있습니다
clips-use-prompt = 이 프롬프트 사용
clips-detail-move = 이동
clips-detail-remove = 제거
clips-detail-prompt = 프롬프트
clips-detail-made-from = 원본
clips-detail-details = 세부 정보
clips-detail-job-id = 작업 ID
clips-detail-model = 모델
clips-detail-mode = 모드
clips-detail-status = 상태
clips-detail-created = 생성 시간
clips-detail-completed = 완료 시간
clips-detail-length = 클립 길이
clips-detail-credits = 크레딧
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · 환불됨
       *[no] { $credits }
    }
clips-detail-folder = 폴더
clips-detail-origin = 출처
clips-detail-origin-app = 이 앱에서 시작
clips-detail-origin-history = UlazAI 기록에서 가져옴
clips-detail-origin-local-merge = 이 컴퓨터에서 병합
clips-detail-origin-merge = 병합 결과
clips-detail-server = 서버
clips-detail-unknown-to-server = 서버에 없음(더 이상 업데이트되지 않음)
clips-detail-updated = 마지막 변경
clips-detail-result = 결과
clips-detail-not-https = https 아님 — 열지 않음
clips-detail-settings = 설정
clips-detail-provider = 제공업체 세부 정보
clips-detail-none-reported = 보고된 정보가 없습니다.

## Clip menu

clips-menu-title = 클립 작업
clips-unfiled = 미분류
clips-menu-details = 세부 정보 보기
clips-menu-reveal = 폴더에서 보기
clips-menu-copy-path = 파일 경로 복사
clips-menu-open-browser = 브라우저에서 열기
clips-menu-export =
    { $count ->
        [1] 내보내기…
       *[other] 클립 { $count }개 내보내기…
    }
clips-menu-take-out-of-merge = 병합에서 빼기
clips-menu-compare = 클립 { $count }개 비교
clips-menu-pick = 채택
clips-menu-reject = 제외
clips-menu-unflag = 플래그 해제
clips-menu-rate = 별 { $rating }개 주기
clips-menu-clear-stars = 별점 지우기
clips-menu-delete =
    { $count ->
        [1] 클립 삭제…
       *[other] 클립 { $count }개 삭제…
    }
clips-menu-remove-from-library =
    { $count ->
        [1] 라이브러리에서 제거
       *[other] 라이브러리에서 클립 { $count }개 제거
    }
clips-menu-move =
    { $count ->
        [1] 이동할 위치
       *[other] 클립 { $count }개를 이동할 위치
    }
clips-menu-move-to =
    { $count ->
        [1] “{ $folder }”(으)로 이동
       *[other] 클립 { $count }개를 “{ $folder }”(으)로 이동
    }
clips-menu-remove-from-view = 보기에서 제거
clips-key-enter = Enter
clips-key-delete = Del
clips-key-shift-delete = Shift+Del
clips-menu-current = (현재)

## After an action

clips-rendering-again =
    { $count ->
        [1] 클립을 다시 렌더링합니다
       *[other] 클립 { $count }개를 다시 렌더링합니다
    }
clips-retry-failed = 다시 시도하지 못했습니다
clips-removed-from-view = 보기에서 제거했습니다
clips-remove-failed = 제거하지 못했습니다
clips-moved = 클립 { $count }개를 “{ $folder }”(으)로 옮겼습니다
clips-a-folder = 폴더
clips-move-failed = 이동하지 못했습니다
clips-open-failed = 결과를 열지 못했습니다

## Empty grid

clips-empty-loading = 클립을 불러오는 중…
clips-card-loading = 클립 불러오는 중
clips-empty-welcome = UlazAI Studio에 오신 것을 환영합니다
clips-empty-intro = UlazAI의 모델로 AI 동영상을 렌더링하고, 모든 작업이 끝나는 것을 지켜보고, 클립을 폴더와 병합으로 정리하세요.
clips-empty-starting-demo = 데모를 시작하는 중…
clips-empty-try-demo = 데모 사용해 보기
clips-empty-add-key = API 키 추가
clips-empty-fine = 데모는 로컬 시뮬레이터에서 실행됩니다. 계정도 크레딧도 필요 없습니다. 키는 UlazAI 대시보드에서 받을 수 있으며 시스템 키체인에 저장됩니다.
clips-empty-no-match = 이 필터에 맞는 클립이 없습니다
clips-empty-clear-filters = 필터 지우기
clips-empty-folder = 이 폴더는 비어 있습니다
clips-empty-folder-before = 카드를
clips-empty-folder-link = 모든 클립
clips-empty-folder-after = 에서 폴더로 드래그하면 여기에 정리됩니다.
clips-empty-none = 아직 클립이 없습니다
clips-empty-none-before = 오른쪽 패널에서 샷을 설명하고
clips-empty-none-button = 생성
clips-empty-none-after = 을 누르세요. 카드가 여기에 나타나고 실시간으로 업데이트됩니다.

## Edit & retry

clips-retrying = 다시 시도 중
clips-retry-why = 실패 이유: { $reason }
clips-retry-cancel = 다시 시도 취소
