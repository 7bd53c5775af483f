merge-title = 병합
merge-clips = 클립 { $count }개
merge-length-unknown = 길이 알 수 없음
merge-moved = { $count }개 중 { $position }번째로 옮겼습니다
merge-taken-out = 병합에서 뺐습니다
merge-keys-drag = 드래그 또는
merge-keys-reorder = 로 순서 변경
merge-keys-take-out = 로 클립 빼기
merge-keys-trim = 로 트리밍
merge-list = 재생 순서대로 놓인 클립
merge-item-position = 클립 { $position }/{ $count }:
merge-item-trimmed = 트리밍됨
merge-trim-label = 클립 { $position } 트리밍
merge-trim-tip = 트리밍 (Enter)
merge-remove-label = 클립 { $position }을(를) 병합에서 빼기
merge-remove-tip = 병합에서 빼기 (Delete)
merge-empty = 완료된 클립을 여러 개 선택하거나 클립에서 “병합에 추가”를 누르면 여기에 나란히 놓입니다.
merge-dismiss = 닫기

merge-excluded-rendering = { $count }개 렌더링 중
merge-excluded-failed = { $count }개 실패
merge-excluded-unfinished = { $count }개 미완료
merge-excluded = { $reasons } — 완료된 클립만 병합할 수 있습니다

merge-ffmpeg-missing = 이 컴퓨터에서 병합하려면 ffmpeg가 필요하지만 설치되어 있지 않습니다.
merge-ffmpeg-connect = 또는 설정에서 웹 계정을 연결하면 ulazai.com에서 병합할 수 있습니다.
merge-ffmpeg-macos = { $command } (Homebrew) 실행 후 UlazAI Studio 다시 시작
merge-ffmpeg-windows = { $command } 실행 (또는 ffmpeg.org에서 내려받아 bin 폴더를 PATH에 추가) 후 다시 시작

merge-button = 병합
merge-button-busy = 병합 중…
merge-where =
    { $place ->
        [server] ulazai.com에서
        [trims] 이 컴퓨터에서 (트리밍 유지)
       *[local] 이 컴퓨터에서
    }
merge-button-tip =
    { $place ->
        [server] ulazai.com에서 병합
        [trims] 이 컴퓨터에서 병합 (트리밍 유지)
       *[local] 이 컴퓨터에서 병합
    }
merge-local-button = 이 컴퓨터에서 병합
merge-server-untrimmed = ulazai.com에서 병합 — 트리밍 무시
merge-clear = 비우기
merge-cancel = 취소
merge-progress = 병합 진행률
merge-blocked-empty = 병합할 완료된 클립을 선택하세요
merge-blocked-one = 완료된 클립을 { $min }개 이상 선택하세요
merge-stage =
    { $stage ->
        [downloading] 클립 가져오는 중… { $percent }
        [merging] 클립 잇는 중… { $percent }
        [done] 병합 완료
        [cancelled] 취소됨
       *[other] 실패
    }
merge-started-server = ulazai.com에서 클립 { $count }개를 병합하는 중입니다 — 결과는 새 카드로 나타납니다
merge-started-local = 이 컴퓨터에서 클립 { $count }개를 병합하는 중입니다…
merge-cleared = 병합 트레이를 비웠습니다
merge-open-settings = 설정 열기
merge-failed = 병합할 수 없습니다
merge-cancel-failed = 병합을 취소할 수 없습니다
merge-source-removed = { $position }. { $id } (제거됨)

merge-export-label = 내보내기
merge-export-saving = 먼저 라이브러리에 저장하는 중…
merge-export-copying = 클립 { $count }개 내보내는 중
merge-export-to = 위치: { $dir }
merge-export-progress = 내보내기 진행률
merge-percent = { $percent }
merge-exported = 클립 { $count }개를 { $dir }(으)로 내보냈습니다
merge-export-failed = 내보낼 수 없습니다
merge-drag-saving = 먼저 클립 { $count }개를 라이브러리에 저장하는 중입니다 — 저장되면 다시 드래그하세요
merge-drag-failed = 클립을 밖으로 끌어낼 수 없습니다
