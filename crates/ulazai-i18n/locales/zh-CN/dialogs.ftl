# 原生对话框：系统文件选择器的标题。

dialogs-pick-library-folder = 选择素材库文件夹
dialogs-pick-ffmpeg = 选择 ffmpeg 程序
dialogs-export-clips = 将 { $count } 个片段导出到


dialogs-webview-missing =
    UlazAI Studio 需要 Microsoft Edge WebView2 Runtime，但这台电脑上没有安装。

    请从 { $url }（Microsoft 的 WebView2 Runtime 安装程序）安装，然后重新启动 UlazAI Studio。
