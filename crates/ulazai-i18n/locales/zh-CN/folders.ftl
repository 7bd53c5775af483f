folders-library = 素材库
folders-all = 全部片段
folders-unfiled = 未归类
folders-heading = 文件夹
folders-count = { $count }
folders-summary = { $clips } 个片段 · { $credits } 积分
folders-new = 新建文件夹
folders-name = 文件夹名称
folders-new-name = 新文件夹名称
folders-rename-label = 重命名 { $name }
folders-rename-tip = 重命名 (F2)
folders-delete-label = 删除 { $name }
folders-delete-tip = 删除文件夹
folders-empty-create = 新建文件夹
folders-empty-rest = 来整理片段。把卡片拖到文件夹上即可。
folders-drop-hint =
    { $count ->
        [1] 放到文件夹上以移动该片段
       *[other] 放到文件夹上以移动 { $count } 个片段
    }
folders-created = 已创建文件夹“{ $name }”
folders-create-failed = 无法创建文件夹
folders-rename-failed = 无法重命名文件夹

folders-library-dir-failed = 无法更改素材库文件夹
folders-saved = 已保存到素材库：{ $name }
folders-save-failed = 无法保存片段
folders-open-failed = 无法打开文件
folders-reveal-failed = 无法显示文件
folders-copy-unsafe = 此 URL 不是安全的 https 链接，因此未复制。
folders-link-copied = 已复制链接
folders-path-copied = 已复制文件路径
