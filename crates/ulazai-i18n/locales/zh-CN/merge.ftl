merge-title = 合并
merge-clips = { $count } 个片段
merge-length-unknown = 时长未知
merge-moved = 已移到第 { $position } 位，共 { $count } 个
merge-taken-out = 已移出合并
merge-keys-drag = 拖动，或按
merge-keys-reorder = 调整顺序
merge-keys-take-out = 移出片段
merge-keys-trim = 修剪
merge-list = 按播放顺序排列的片段
merge-item-position = 第 { $position } 个片段，共 { $count } 个：
merge-item-trimmed = 已修剪
merge-trim-label = 修剪片段 { $position }
merge-trim-tip = 修剪 (Enter)
merge-remove-label = 将片段 { $position } 移出合并
merge-remove-tip = 移出合并 (Delete)
merge-empty = 选择多个已完成的片段，或在片段上点“加入合并”，即可在此排列。
merge-dismiss = 关闭

merge-excluded-rendering = { $count } 个仍在渲染
merge-excluded-failed = { $count } 个失败
merge-excluded-unfinished = { $count } 个未完成
merge-excluded = { $reasons } — 只能合并已完成的片段

merge-ffmpeg-missing = 在此电脑上合并需要 ffmpeg，但尚未安装。
merge-ffmpeg-connect = 或在设置中连接网页账户，在 ulazai.com 上合并。
merge-ffmpeg-macos = { $command }（Homebrew），然后重启 UlazAI Studio
merge-ffmpeg-windows = { $command }（或从 ffmpeg.org 下载，并将其 bin 文件夹加入 PATH），然后重启

merge-button = 合并
merge-button-busy = 正在合并…
merge-where =
    { $place ->
        [server] 在 ulazai.com 上
        [trims] 在此电脑上（保留修剪）
       *[local] 在此电脑上
    }
merge-button-tip =
    { $place ->
        [server] 在 ulazai.com 上合并
        [trims] 在此电脑上合并（保留修剪）
       *[local] 在此电脑上合并
    }
merge-local-button = 在此电脑上合并
merge-server-untrimmed = 在 ulazai.com 上合并 — 忽略修剪
merge-clear = 清空
merge-cancel = 取消
merge-progress = 合并进度
merge-blocked-empty = 选择要合并的已完成片段
merge-blocked-one = 至少选择 { $min } 个已完成的片段
merge-stage =
    { $stage ->
        [downloading] 正在获取片段… { $percent }
        [merging] 正在拼接片段… { $percent }
        [done] 已合并
        [cancelled] 已取消
       *[other] 失败
    }
merge-started-server = 正在 ulazai.com 上合并 { $count } 个片段 — 结果将以新卡片显示
merge-started-local = 正在此电脑上合并 { $count } 个片段…
merge-cleared = 已清空合并栏
merge-open-settings = 打开设置
merge-failed = 无法合并
merge-cancel-failed = 无法取消合并
merge-source-removed = { $position }. { $id }（已移除）

merge-export-label = 导出
merge-export-saving = 正在先保存到素材库…
merge-export-copying = 正在导出 { $count } 个片段
merge-export-to = 到 { $dir }
merge-export-progress = 导出进度
merge-percent = { $percent }
merge-exported = 已将 { $count } 个片段导出到 { $dir }
merge-export-failed = 无法导出
merge-drag-saving = 正在先将 { $count } 个片段保存到素材库 — 保存后请再次拖动
merge-drag-failed = 无法将片段拖出
