language-name = 简体中文

desktop-generic-name = AI 视频工作室
desktop-comment = 使用 UlazAI 渲染 AI 视频
