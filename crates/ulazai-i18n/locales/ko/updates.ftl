updates-downloading = 버전 { $version } 다운로드 중…
updates-progress = { $percent }%
updates-installing = 버전 { $version } 설치 중입니다. 완료되면 UlazAI Studio가 다시 시작됩니다.
updates-ready = 버전 { $version }이(가) 준비되었습니다.
updates-whats-new = 새로운 기능
updates-install = 설치 후 다시 시작
updates-later = 나중에
updates-newest = UlazAI Studio { $version }은(는) 최신 버전입니다
