generate-title = Nova geração

generate-field-model = Modelo
generate-field-prompt = Prompt
generate-field-aspect-ratio = Proporção
generate-field-duration = Duração
generate-field-quality = Qualidade
generate-field-images = Imagens
generate-field-videos = Vídeos
generate-field-sound = Som
generate-field-orientation = Orientação
generate-field-count = Quantidade

generate-starting = Iniciando…
generate-reason-fix-key = Corrija sua chave de API para gerar
generate-reason-add-key = Adicione sua chave de API (ou experimente a demo) para gerar
generate-reason-choose-model = Escolha um modelo
generate-reason-hourly-limit = Limite por hora atingido — será redefinido às { $time }
generate-reason-hourly-limit-hour = Limite por hora atingido — será redefinido na próxima hora cheia
generate-reason-prompt-too-long = O prompt é longo demais para este modelo
generate-reason-field = { $field }: { $message }
generate-reason-fix-fields =
    { $count ->
        [one] Corrija { $count } campo para gerar
       *[other] Corrija { $count } campos para gerar
    }
generate-reason-checking = Verificando…

generate-models-loading = Carregando modelos…
generate-models-no-key = Nenhum modelo ainda: adicione sua chave de API
generate-models-no-key-why = A lista de modelos vem do UlazAI com a sua chave de API.
generate-models-failed = Não foi possível carregar os modelos
generate-model-option-credits = { $credits } cr
generate-model-engine-unknown = Mecanismo desconhecido
generate-model-price =
    { $credits ->
        [one] { $credits } crédito por clipe
       *[other] { $credits } créditos por clipe
    }
generate-model-price-unknown = preço desconhecido
generate-demo-try = Experimentar a demo
generate-demo-starting = Iniciando a demo…
generate-add-key = Adicionar sua chave de API

generate-prompt-optional = (opcional)
generate-prompt-placeholder = Descreva a cena: tema, ação, câmera, luz…
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
generate-prompt-left =
    { $left ->
        [one] Resta { $left } caractere
       *[other] Restam { $left } caracteres
    }
generate-prompt-over =
    { $over ->
        [one] { $over } caractere acima do limite de { $max }
       *[other] { $over } caracteres acima do limite de { $max }
    }
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Enter
generate-keys-generate = gera
generate-keys-recent = prompts recentes
generate-history-open = Recentes
generate-history-search = Pesquisar prompts recentes
generate-history-list = Prompts recentes
generate-history-none = Nenhum prompt recente corresponde

generate-duration-not-offered = { $seconds } s (não disponível)
generate-orientation-video = Do vídeo (≤ 30 s)
generate-orientation-image = Da imagem (≤ 10 s)
generate-sound-hint = Gerar uma faixa de áudio
generate-count-label = Clipes neste lote
generate-count-fewer = Menos clipes
generate-count-more = Mais clipes
generate-up-to = até { $max }
generate-urls-at-least = pelo menos { $min }
generate-urls-exactly = exatamente { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = opcional
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] Remover imagem { $index }
       *[other] Remover vídeo { $index }
    }
generate-url-remove-tip = Remover
generate-url-add =
    { $kind ->
        [image] Adicionar URL de imagem
       *[other] Adicionar URL de vídeo
    }

generate-error-dismiss = Fechar
generate-cost-formula = { $credits } × { $count }
generate-cost-label = Custo
generate-cost-unknown = desconhecido
generate-submit =
    { $count ->
        [1] Gerar
       *[other] Gerar { $count } clipes
    }

generate-quoted-prompt = “{ $prompt }”
generate-retry-failed-clip = um clipe com falha
generate-retry-no-reason = Nenhum motivo foi informado.
generate-reuse-retry = O formulário contém a solicitação com falha: edite-a e pressione Gerar para tentar de novo.
generate-reuse = O formulário contém o prompt e os ajustes deste clipe, prontos para editar.

generate-variations-need-prompt = Escreva primeiro o prompt no formulário: as variações o repetem em diferentes modelos, proporções e durações.
generate-variations-models = Modelos
generate-variations-unable =
    { $count ->
        [one] { $count } modelo precisa de outra entrada
       *[other] { $count } modelos precisam de outra entrada
    }
generate-variations-pick = { $model }: o que variar
generate-variations-price = { $cost } por clipe
generate-variations-preview =
    { $count ->
        [one] Pré-visualizar { $count } variação
       *[other] Pré-visualizar { $count } variações
    }
