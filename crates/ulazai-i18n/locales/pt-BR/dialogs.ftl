# Diálogos nativos: os títulos dos seletores de arquivos do sistema.

dialogs-pick-library-folder = Escolha a pasta da biblioteca
dialogs-pick-ffmpeg = Escolha o programa ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exportar o clipe para
       *[other] Exportar { $count } clipes para
    }


dialogs-webview-missing =
    O UlazAI Studio precisa do Microsoft Edge WebView2 Runtime, que não está instalado neste computador.

    Instale-o a partir de { $url } (o instalador do WebView2 Runtime da Microsoft) e abra o UlazAI Studio de novo.
