language-name = Português (Brasil)

desktop-generic-name = Estúdio de vídeo com IA
desktop-comment = Renderize vídeos de IA com a UlazAI
