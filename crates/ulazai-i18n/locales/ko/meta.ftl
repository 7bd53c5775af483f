language-name = 한국어

desktop-generic-name = AI 동영상 스튜디오
desktop-comment = UlazAI로 AI 동영상 렌더링
