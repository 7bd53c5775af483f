language-name = Español

desktop-generic-name = Estudio de vídeo con IA
desktop-comment = Renderiza vídeos de IA con UlazAI
