language-name = Français

desktop-generic-name = Studio vidéo IA
desktop-comment = Rendu de vidéos IA avec UlazAI
