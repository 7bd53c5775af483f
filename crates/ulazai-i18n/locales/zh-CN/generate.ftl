generate-title = 新建生成

generate-field-model = 模型
generate-field-prompt = 提示词
generate-field-aspect-ratio = 宽高比
generate-field-duration = 时长
generate-field-quality = 画质
generate-field-images = 图像
generate-field-videos = 视频
generate-field-sound = 声音
generate-field-orientation = 朝向
generate-field-count = 数量

generate-starting = 正在开始…
generate-reason-fix-key = 请修正 API 密钥后再生成
generate-reason-add-key = 请添加 API 密钥（或试用演示）后再生成
generate-reason-choose-model = 请选择模型
generate-reason-hourly-limit = 已达每小时上限 — 将于 { $time } 重置
generate-reason-hourly-limit-hour = 已达每小时上限 — 将于下一个整点重置
generate-reason-prompt-too-long = 提示词超出此模型的长度限制
generate-reason-field = { $field }：{ $message }
generate-reason-fix-fields = 请修正 { $count } 个字段后再生成
generate-reason-checking = 正在检查…

generate-models-loading = 正在加载模型…
generate-models-no-key = 暂无模型：请添加 API 密钥
generate-models-no-key-why = 模型列表通过你的 API 密钥从 UlazAI 获取。
generate-models-failed = 无法加载模型
generate-model-option-credits = { $credits } 积分
generate-model-engine-unknown = 未知引擎
generate-model-price = 每个片段 { $credits } 积分
generate-model-price-unknown = 价格未知
generate-demo-try = 试用演示
generate-demo-starting = 正在启动演示…
generate-add-key = 添加 API 密钥

generate-prompt-optional = （可选）
generate-prompt-placeholder = 描述镜头：主体、动作、机位、光线…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left = 还剩 { $left } 个字符
generate-prompt-over = 超出 { $max } 字符上限 { $over } 个字符
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Enter
generate-keys-generate = 生成
generate-keys-recent = 最近的提示词
generate-history-open = 最近
generate-history-search = 搜索最近的提示词
generate-history-list = 最近的提示词
generate-history-none = 没有匹配的最近提示词

generate-duration-not-offered = { $seconds } 秒（不提供）
generate-orientation-video = 取自视频（≤ 30 秒）
generate-orientation-image = 取自图像（≤ 10 秒）
generate-sound-hint = 生成音轨
generate-count-label = 本批片段数
generate-count-fewer = 减少片段
generate-count-more = 增加片段
generate-up-to = 最多 { $max }
generate-urls-at-least = 至少 { $min }
generate-urls-exactly = 正好 { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = 可选
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] 移除图像 { $index }
       *[other] 移除视频 { $index }
    }
generate-url-remove-tip = 移除
generate-url-add =
    { $kind ->
        [image] 添加图像 URL
       *[other] 添加视频 URL
    }

generate-error-dismiss = 关闭
generate-cost-formula = { $credits } × { $count }
generate-cost-label = 费用
generate-cost-unknown = 未知
generate-submit =
    { $count ->
        [1] 生成
       *[other] 生成 { $count } 个片段
    }

generate-quoted-prompt = “{ $prompt }”
generate-retry-failed-clip = 一个失败的片段
generate-retry-no-reason = 未提供原因。
generate-reuse-retry = 表单中已填入失败的请求：修改后按“生成”即可重试。
generate-reuse = 表单中已填入此片段的提示词和设置，可以直接编辑。

generate-variations-need-prompt = 请先在表单中写好提示词：变体会在不同模型、宽高比和时长上重复使用它。
generate-variations-models = 模型
generate-variations-unable = { $count } 个模型需要其他输入
generate-variations-pick = { $model }：要变化的项
generate-variations-price = 每个片段 { $cost }
generate-variations-preview = 预览 { $count } 个变体
