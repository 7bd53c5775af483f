# Diálogos nativos: os títulos dos seletores de arquivos do sistema.

dialogs-pick-library-folder = Escolha a pasta da biblioteca
dialogs-pick-ffmpeg = Escolha o programa ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exportar o clipe para
       *[other] Exportar { $count } clipes para
    }
