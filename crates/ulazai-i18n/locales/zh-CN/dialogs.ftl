# 原生对话框：系统文件选择器的标题。

dialogs-pick-library-folder = 选择素材库文件夹
dialogs-pick-ffmpeg = 选择 ffmpeg 程序
dialogs-export-clips = 将 { $count } 个片段导出到
