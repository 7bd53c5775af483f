filters-folders = 폴더
filters-more =
    { $count ->
        [0] 필터
       *[other] 필터 ({ $count })
    }
filters-count-clips = 클립 { $count }개
filters-count-selected = · { $count }개 선택됨
filters-count-credits = · { $count }크레딧
filters-count-credits-title = 이 클립들에 든 크레딧(환불 제외)
filters-stack = 테이크 쌓기
filters-stack-tip = 테이크 쌓기: 샷마다 카드 한 장(채택한 테이크, 없으면 별점이 가장 높은 테이크, 없으면 가장 먼저 끝난 테이크)
filters-sort = 정렬
filters-sort-label = 클립 정렬
filters-sort-newest = 최신순
filters-sort-oldest = 오래된순
filters-sort-storyboard = 스토리보드 순서
filters-sort-model = 모델
filters-sort-length = 길이, 긴 순
filters-sort-rating = 별점, 높은 순
filters-sort-failed = 정렬 순서를 기억하지 못했습니다

filters-label = 클립 필터
filters-search = 프롬프트 검색
filters-status = 상태
filters-status-any = 모든 상태
filters-status-other = 기타
filters-model = 모델
filters-model-any = 모든 모델
filters-flag = 플래그
filters-flag-any = 모든 플래그
filters-flag-picks = 채택만
filters-flag-rejected = 제외됨
filters-flag-unflagged = 플래그 없음
filters-rating = 별점
filters-rating-any = 모든 별점
filters-rating-at-least = 별 { $stars }개 이상
filters-rating-five = 별 { $stars }개
filters-clear = 지우기
filters-delete-rejected = 제외된 클립 삭제({ $count })

filters-spent-today = 오늘 사용량
filters-spent-today-credits = { $credits }크레딧
filters-spent-week = · 이번 주
filters-spent-week-credits = { $credits }
filters-spent-title = 청구된 크레딧(환불 제외)
filters-spent-title-week = 청구된 크레딧(환불 제외). 이번 주 시작: { DATETIME($weekFrom, weekday: "long", month: "short", day: "numeric") }
