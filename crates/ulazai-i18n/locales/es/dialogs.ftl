# Diálogos nativos: los títulos de los selectores de archivos del sistema.

dialogs-pick-library-folder = Elige la carpeta de la biblioteca
dialogs-pick-ffmpeg = Elige el programa ffmpeg
dialogs-export-clips =
    { $count ->
        [one] Exportar el clip a
       *[other] Exportar { $count } clips a
    }
