glossary-clip = 片段
glossary-clip-means = 一次渲染生成的一段视频（或由多个片段合并而成）。结果按片段计数：“3 个片段”。
glossary-render = 渲染
glossary-render-means = 制作片段的过程：进行中的工作（“正在渲染”“等待渲染”）以及这个动作本身。
glossary-generation-request = 生成请求
glossary-generation-request-means = 一次生成请求，可能渲染多个片段；每小时上限按请求数计算。
glossary-credits-term = 积分
glossary-credits-means = 片段的费用：渲染开始时扣除，渲染失败时退还。

glossary-clips = { $count } 个片段
glossary-credits = { $credits } 积分
glossary-cost-unknown = 费用未知
glossary-merged-clip = 合并的片段
glossary-rendering = 正在渲染 { $count } 个片段
glossary-queued = 已将 { $count } 个片段加入队列
glossary-requests-left = 本小时还剩 { $count } 个生成请求

glossary-quality-standard = 标准
glossary-quality-pro = 专业
glossary-quality-hd = 高清

glossary-seconds = { $seconds } 秒
glossary-fps = { $fps } fps
glossary-on = 开
glossary-off = 关
glossary-orientation-image = 取自图像
glossary-orientation-video = 取自视频

glossary-label-model = 模型
glossary-label-aspect-ratio = 宽高比
glossary-label-duration = 时长
glossary-label-quality = 画质
glossary-label-input-images = 输入图像
glossary-label-input-videos = 输入视频
glossary-label-sound = 声音
glossary-label-orientation = 角色朝向
glossary-label-count = 本批片段数
glossary-label-length = 片段长度
glossary-label-frame-rate = 帧率
glossary-label-resolution = 分辨率
