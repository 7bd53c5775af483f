notify-finished-title = 렌더링 완료
notify-failed-title = 렌더링 실패
notify-clip-length = { $seconds }초 클립
notify-failed-unknown = 렌더링이 완료되지 않았습니다.
notify-refunded = { $reason } 크레딧이 환불되었습니다.
notify-action-open = 열기

notify-burst-finished = 렌더링 { $finished }개 완료
notify-burst-failed = 렌더링 { $failed }개 실패
notify-burst-mixed = { $finished }개 완료, { $failed }개 실패
notify-burst-more = 외 { $count }개

notify-queue-title = 렌더링 대기열 완료
notify-queue-finished = 클립 { $finished }개 완료.
notify-queue-failed = 클립 { $failed }개 실패.
notify-queue-mixed = 클립 { $finished }개 완료, { $failed }개 실패.
