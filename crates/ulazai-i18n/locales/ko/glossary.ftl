glossary-clip = 클립
glossary-clip-means = 렌더링 한 번으로 만들어지는 동영상 하나(또는 여러 클립을 병합한 것)입니다. 결과는 클립 단위로 셉니다: “클립 3개”.
glossary-render = 렌더링
glossary-render-means = 클립을 만드는 일입니다. 진행 중인 작업(“렌더링 중”, “렌더링 대기 중”)과 그 동작을 가리킵니다.
glossary-generation-request = 생성 요청
glossary-generation-request-means = 생성을 위한 요청 한 번으로, 클립 여러 개를 렌더링할 수 있습니다. 시간당 한도는 이 요청 수로 셉니다.
glossary-credits-term = 크레딧
glossary-credits-means = 클립의 비용입니다. 렌더링이 시작될 때 차감되고, 실패하면 환불됩니다.

glossary-clips = 클립 { $count }개
glossary-credits = { $credits }크레딧
glossary-cost-unknown = 비용 알 수 없음
glossary-merged-clip = 병합된 클립
glossary-rendering = 클립 { $count }개 렌더링 중
glossary-queued = 클립 { $count }개를 대기열에 추가했습니다
glossary-requests-left = 이번 시간에 남은 생성 요청 { $count }개

glossary-quality-standard = 표준
glossary-quality-pro = 프로
glossary-quality-hd = HD

glossary-seconds = { $seconds }초
glossary-fps = { $fps }fps
glossary-on = 켬
glossary-off = 끔
glossary-orientation-image = 이미지 기준
glossary-orientation-video = 동영상 기준

glossary-label-model = 모델
glossary-label-aspect-ratio = 화면 비율
glossary-label-duration = 길이
glossary-label-quality = 화질
glossary-label-input-images = 입력 이미지
glossary-label-input-videos = 입력 동영상
glossary-label-sound = 사운드
glossary-label-orientation = 캐릭터 방향
glossary-label-count = 배치의 클립 수
glossary-label-length = 클립 길이
glossary-label-frame-rate = 프레임 속도
glossary-label-resolution = 해상도
