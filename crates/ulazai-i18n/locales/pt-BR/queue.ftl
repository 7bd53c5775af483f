queue-add = Adicionar à fila
queue-adding = Adicionando…
queue-import = Importar lista…
queue-variations = Variações…

queue-title = Fila
queue-show = Mostrar a fila
queue-hide = Ocultar a fila
queue-requests-used = { $used }/{ $limit } solicitações usadas nesta hora
queue-pause = Pausar
queue-resume = Retomar
queue-list = Solicitações na fila, na ordem de envio (a alça de um item o move com as setas)
queue-reorder = Reordenar “{ $prompt }”, item { $position } de { $total } (as setas o movem; Home e End levam a uma ponta)
queue-reorder-tip = Arraste, ou use as setas, para reordenar
queue-move-front = Mover para o início
queue-submit-now = Enviar agora
queue-remove = Remover
queue-state =
    { $state ->
        [submitting] Enviando
        [refused] Recusado
       *[other] Na fila
    }
queue-when-sending = Enviando…
queue-when-refused = Recusado: { $error }
queue-when-refused-unknown = Recusado pelo UlazAI
queue-when-paused = Aguardando: a fila está pausada
queue-when-now = Começa agora
queue-when-around = Começa por volta das { $time }
queue-paused-credits = A fila está pausada: créditos insuficientes. Adicione créditos em ulazai.com e retome.
queue-paused-credits-message = A fila está pausada: créditos insuficientes. { $message } Adicione créditos em ulazai.com e retome.
queue-paused-key = A fila está pausada até que uma chave de API válida seja definida.
queue-paused-user = A fila está pausada. Nada de novo é enviado até você retomar.
queue-submit-blocked = O limite por hora foi atingido ({ $used } de { $limit } solicitações): “Enviar agora” será possível às { $time }, em { $wait }.
queue-usually-seconds = geralmente { $seconds } s neste modelo
queue-usually-minutes = geralmente { $minutes } min neste modelo

queue-import-title = Importar uma lista de prompts
queue-variations-title = Variações deste prompt
queue-confirm-prompts = Colocar estes prompts na fila?
queue-confirm-variations = Colocar estas variações na fila?
queue-close = Fechar
queue-close-tip = Fechar (Esc)
queue-import-hint-lines = Um prompt por linha (linhas em branco e linhas que começam com # são ignoradas), ou um CSV com linha de cabeçalho:
queue-import-hint-optional = e, opcionalmente,
queue-import-hint-defaults = Os valores ausentes vêm do formulário.
queue-choose-file = Escolher um arquivo…
queue-paste-label = Ou cole a lista
queue-preview = Pré-visualizar
queue-list-too-large = { $file } tem mais de { $megabytes } MB: grande demais para uma lista de prompts.
queue-read-failed = Não foi possível ler a lista: { $error }

queue-source-pasted = Lista colada
queue-source-variations = Variações
queue-summary = { $source }: { $summary }
queue-count-prompts =
    { $count ->
        [one] { $count } prompt
       *[other] { $count } prompts
    }
queue-count-variations =
    { $count ->
        [one] { $count } variação
       *[other] { $count } variações
    }
queue-left-out-lines =
    { $count ->
        [one] { $count } linha ficou de fora
       *[other] { $count } linhas ficaram de fora
    }
queue-left-out-combinations =
    { $count ->
        [one] { $count } combinação ficou de fora
       *[other] { $count } combinações ficaram de fora
    }
queue-items = Prompts para a fila
queue-folder-label = Colocar os clipes em uma nova pasta (opcional)
queue-folder-placeholder = Nome da pasta
queue-back = Voltar
queue-confirm = Colocar na fila { $what } · { $cost }
queue-queued = Na fila: { $what }

queue-fail-read-list = Não foi possível ler a lista
queue-fail-read-dropped = Não foi possível ler o arquivo solto
queue-fail-variation-models = Não foi possível listar os modelos para as variações
queue-fail-variations = Não foi possível preparar as variações
queue-fail-queue-list = Não foi possível colocar a lista na fila
queue-fail-pause = Não foi possível pausar a fila
queue-fail-resume = Não foi possível retomar a fila
queue-fail-move = Não foi possível mover o item
queue-fail-remove = Não foi possível remover o item
queue-fail-submit-now = Não foi possível enviar agora
