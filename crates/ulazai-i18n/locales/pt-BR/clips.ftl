## Statuses and modes

clips-status =
    { $status ->
        [pending] Aguardando
        [processing] Renderizando
        [completed] Concluído
        [failed] Falhou
        [unknown] Desconhecido
       *[other] { $raw }
    }
clips-mode =
    { $mode ->
        [text_to_video] Texto para vídeo
        [image_to_video] Imagem para vídeo
        [video_to_video] Vídeo para vídeo
       *[other] { $raw }
    }
clips-rendered-in = Renderizado em { $time }
clips-failed-after = após { $time }
clips-summary = { $status }, { $model }, { $prompt }
clips-summary-no-prompt = sem prompt
clips-unknown-model = Modelo desconhecido

## Marks

clips-stars =
    { $rating ->
        [one] { $rating } estrela
       *[other] { $rating } estrelas
    }
clips-marks-picked = Escolhido
clips-marks-rejected = Rejeitado
clips-marks-both = { $flag }, { $stars }
clips-marks-picked-key = Escolhido (P)
clips-marks-rejected-key = Rejeitado (X)
clips-star-title = { $stars } ({ $key })
clips-star-clear-title = Limpar as estrelas (0)
clips-announce-picked =
    { $count ->
        [one] { $count } clipe escolhido
       *[other] { $count } clipes escolhidos
    }
clips-announce-rejected =
    { $count ->
        [one] { $count } clipe rejeitado
       *[other] { $count } clipes rejeitados
    }
clips-announce-unflagged =
    { $count ->
        [one] Marcação removida de { $count } clipe
       *[other] Marcação removida de { $count } clipes
    }
clips-announce-rated =
    { $count ->
        [one] { $count } clipe: { $stars }
       *[other] { $count } clipes: { $stars }
    }
clips-announce-flag-and-stars = { $flagged }, { $stars }
clips-announce-no-stars = sem estrelas
clips-mark-failed = Não foi possível marcar os clipes

## Screen reader

clips-announce-finished = Concluído: { $what }
clips-announce-finished-model = Concluído: { $what } ({ $model })
clips-announce-merged-clip = clipe mesclado
clips-announce-no-prompt = clipe sem prompt
clips-announce-failed = Falhou: { $reason }.
clips-announce-failed-about = Falhou: { $reason } ({ $about }).
clips-announce-about-both = { $model }, “{ $prompt }”
clips-announce-about-prompt = “{ $prompt }”
clips-announce-no-reason = nenhum motivo informado
clips-announce-with-refund = { $sentence } Os créditos foram reembolsados.

## A card

clips-no-prompt = Sem prompt
clips-saving-label = Salvando na sua biblioteca
clips-saving = Salvando…
clips-saving-percent = { NUMBER($fraction, style: "percent") }
clips-card-times = Iniciado { $started } · concluído { $finished }
clips-card-credits = { $credits } cr
clips-card-saved = Salvo
clips-card-refunded = Reembolsado
clips-card-refunded-title = Os créditos foram reembolsados
clips-card-merge = Mesclagem
clips-card-merged-here = Mesclado aqui
clips-card-not-on-server = Fora do servidor
clips-card-not-on-server-title = O servidor não conhece mais este trabalho; ele não é atualizado
clips-actions = Ações do clipe
clips-open-file = Abrir arquivo
clips-save-to-library = Salvar na biblioteca
clips-add-to-merge = Adicionar à mesclagem
clips-in-merge-tip = Na bandeja de mesclagem (clique para tirar)
clips-retry = Tentar de novo
clips-retry-only-here = Só é possível tentar de novo trabalhos iniciados neste app
clips-edit-retry = Editar e tentar de novo
clips-edit-retry-tip = Editar e tentar de novo: altere o pedido e gere outra vez
clips-more-actions = Mais ações

## Preview

clips-preview-label = Prévia do resultado
clips-preview-waiting = Aguardando o provedor
clips-preview-rendering = Renderizando
clips-preview-not-finished = Ainda não concluído
clips-preview-unsafe = Link do resultado oculto: não é uma URL segura (https)
clips-preview-unplayable = Não é possível reproduzir a prévia aqui
clips-preview-length = , duração
clips-play-sound = Reproduzir com som

## Takes

clips-stack-takes =
    { $count ->
        [one] { $count } take
       *[other] { $count } takes
    }
clips-stack-open-tip =
    { $count ->
        [one] Mostrar o { $count } take
       *[other] Mostrar os { $count } takes
    }
clips-stack-close-tip = Empilhar os takes de novo (Esc)
clips-takes-title = Takes
clips-take-place = Take { $n } de { $of }
clips-take-made-from = Feito a partir de
clips-take-origin-take = take { $n }
clips-take-origin-this = este clipe
clips-take-origin-prompt = : { $prompt }
clips-take-origin-gone = um clipe já removido
clips-take-current = Take { $n } · este clipe
clips-take-other = Take { $n } · { $about }
clips-take-picked = escolhido
clips-take-rejected = rejeitado

## Details

clips-detail-back = Nova geração
clips-detail-video = Vídeo do resultado
clips-detail-open = Abrir
clips-copy-link = Copiar link
clips-detail-retry-only-here = Só é possível tentar de novo trabalhos iniciados neste app
clips-use-prompt = Usar este prompt
clips-detail-move = Mover
clips-detail-remove = Remover
clips-detail-prompt = Prompt
clips-detail-made-from = Feito a partir de
clips-detail-details = Detalhes
clips-detail-job-id = ID do trabalho
clips-detail-model = Modelo
clips-detail-mode = Modo
clips-detail-status = Status
clips-detail-created = Criado
clips-detail-completed = Concluído
clips-detail-length = Duração do clipe
clips-detail-credits = Créditos
clips-detail-credits-value =
    { $refunded ->
        [yes] { $credits } · reembolsados
       *[no] { $credits }
    }
clips-detail-folder = Pasta
clips-detail-origin = Origem
clips-detail-origin-app = Iniciado neste app
clips-detail-origin-history = Do seu histórico no UlazAI
clips-detail-origin-local-merge = Mesclado neste computador
clips-detail-origin-merge = Resultado de mesclagem
clips-detail-server = Servidor
clips-detail-unknown-to-server = Desconhecido pelo servidor (não é mais atualizado)
clips-detail-updated = Última alteração
clips-detail-result = Resultado
clips-detail-not-https = não é https — não aberto
clips-detail-settings = Ajustes
clips-detail-provider = Detalhes do provedor
clips-detail-none-reported = Nada informado.

## Clip menu

clips-menu-title = Ações do clipe
clips-unfiled = Sem pasta
clips-menu-details = Mostrar detalhes
clips-menu-reveal = Mostrar na pasta
clips-menu-copy-path = Copiar caminho do arquivo
clips-menu-open-browser = Abrir no navegador
clips-menu-export =
    { $count ->
        [one] Exportar…
       *[other] Exportar { $count } clipes…
    }
clips-menu-take-out-of-merge = Tirar da mesclagem
clips-menu-compare = Comparar { $count } clipes
clips-menu-pick = Escolher
clips-menu-reject = Rejeitar
clips-menu-unflag = Remover marcação
clips-menu-rate =
    { $rating ->
        [one] Dar { $rating } estrela
       *[other] Dar { $rating } estrelas
    }
clips-menu-clear-stars = Limpar as estrelas
clips-menu-delete =
    { $count ->
        [one] Excluir clipe…
       *[other] Excluir { $count } clipes…
    }
clips-menu-remove-from-library =
    { $count ->
        [one] Remover da biblioteca
       *[other] Remover { $count } clipes da biblioteca
    }
clips-menu-move =
    { $count ->
        [one] Mover para
       *[other] Mover { $count } clipes para
    }
clips-menu-move-to =
    { $count ->
        [one] Mover para { $folder }
       *[other] Mover { $count } clipes para { $folder }
    }
clips-menu-remove-from-view = Remover da visualização
clips-key-enter = Enter
clips-key-delete = Del
clips-key-shift-delete = Shift+Del
clips-menu-current = (atual)

## After an action

clips-rendering-again =
    { $count ->
        [one] Renderizando o clipe de novo
       *[other] Renderizando { $count } clipes de novo
    }
clips-retry-failed = Não foi possível tentar de novo
clips-removed-from-view = Removido da visualização
clips-remove-failed = Não foi possível remover
clips-moved =
    { $count ->
        [one] { $count } clipe movido para { $folder }
       *[other] { $count } clipes movidos para { $folder }
    }
clips-a-folder = pasta
clips-move-failed = Não foi possível mover
clips-open-failed = Não foi possível abrir o resultado

## Empty grid

clips-empty-loading = Carregando seus clipes…
clips-card-loading = Carregando clipe
clips-empty-welcome = Boas-vindas ao UlazAI Studio
clips-empty-intro = Renderize vídeos com IA usando os modelos do UlazAI, acompanhe cada trabalho até o fim e organize os clipes em pastas e mescle-os.
clips-empty-starting-demo = Iniciando a demo…
clips-empty-try-demo = Experimentar a demo
clips-empty-add-key = Adicionar sua chave de API
clips-empty-fine = A demo roda em um simulador local: sem conta e sem créditos. Sua chave está no seu painel do UlazAI e fica guardada no chaveiro do sistema.
clips-empty-no-match = Nenhum clipe corresponde a estes filtros
clips-empty-clear-filters = Limpar filtros
clips-empty-folder = Esta pasta está vazia
clips-empty-folder-before = Arraste cartões de
clips-empty-folder-link = Todos os clipes
clips-empty-folder-after = para uma pasta para guardá-los aqui.
clips-empty-none = Nenhum clipe ainda
clips-empty-none-before = Descreva uma cena no painel à direita e clique em
clips-empty-none-button = Gerar
clips-empty-none-after = . Os cartões aparecem aqui e são atualizados ao vivo.

## Edit & retry

clips-retrying = Tentando de novo
clips-retry-why = Falhou: { $reason }
clips-retry-cancel = Cancelar nova tentativa
