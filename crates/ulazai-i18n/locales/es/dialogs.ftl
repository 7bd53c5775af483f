# Diálogos nativos: los títulos de los selectores de archivos del sistema.

dialogs-pick-library-folder = Elige la carpeta de la biblioteca
dialogs-pick-ffmpeg = Elige el programa ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exportar el clip a
       *[other] Exportar { $count } clips a
    }


dialogs-webview-missing =
    UlazAI Studio necesita Microsoft Edge WebView2 Runtime, que no está instalado en este ordenador.

    Instálalo desde { $url } (el instalador de WebView2 Runtime de Microsoft) y vuelve a abrir UlazAI Studio.
