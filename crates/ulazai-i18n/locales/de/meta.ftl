language-name = Deutsch

desktop-generic-name = KI-Videostudio
desktop-comment = KI-Videos mit UlazAI rendern
