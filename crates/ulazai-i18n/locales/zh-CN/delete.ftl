delete-cancel = 取消
delete-clips-title =
    { $count ->
        [1] 删除此片段？
       *[other] 删除 { $count } 个片段？
    }
delete-rejected-title = 删除 { $count } 个已排除的片段？
delete-clips-message-saved = { $saved } 个已保存的文件将移到系统回收站，{ $count } 个片段将移出素材库。之后可立即撤销。
delete-clips-message-unsaved = 没有已保存的文件：{ $count } 个片段将移出素材库。之后可立即撤销。
delete-keep-files = 从素材库移除，保留文件
delete-move-to-trash = 移到回收站
delete-delete = 删除

delete-removed-files-kept = 已从素材库移除 { $count } 个片段 — 文件仍保留在磁盘上
delete-deleted-trashed = 已删除 { $count } 个片段 — { $trashed } 个文件在回收站中
delete-deleted = 已删除 { $count } 个片段
delete-kept = 保留了 { $count } 个片段：{ $problem }
delete-restored = 已恢复 { $count } 个片段
delete-remove-failed = 无法从素材库移除片段
delete-failed = 无法删除
delete-undo-failed = 无法撤销删除

delete-folder-title = 删除文件夹“{ $name }”？
delete-folder-empty = 此文件夹为空。
delete-folder-message = 其中有 { $count } 个片段。可将其移回“未归类”，或与文件夹一起删除（已保存的文件会移到系统回收站；之后可立即撤销）。
delete-folder = 删除文件夹
delete-folder-keep-clips = 将片段保留在“未归类”
delete-folder-with-clips = 同时删除 { $count } 个片段
delete-folder-done-unfiled = 已删除“{ $name }” — 其中的片段已回到“未归类”
delete-folder-done = 已删除“{ $name }”
delete-folder-failed = 无法删除文件夹
