language-name = 日本語

desktop-generic-name = AI 動画スタジオ
desktop-comment = UlazAI で AI 動画をレンダリング
