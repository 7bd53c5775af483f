glossary-clip = clipe
glossary-clip-means = Um vídeo que uma renderização gera (ou vários clipes mesclados). Os resultados são contados em clipes: “3 clipes”.
glossary-render = renderização
glossary-render-means = A criação de um clipe: o trabalho em andamento (“Renderizando”, “Aguardando renderização”) e o verbo “renderizar”.
glossary-generation-request = solicitação de geração
glossary-generation-request-means = Uma solicitação de geração, que pode renderizar vários clipes; o limite por hora conta essas solicitações.
glossary-credits-term = créditos
glossary-credits-means = O custo de um clipe, cobrado quando a renderização começa e reembolsado se ela falhar.

glossary-clips =
    { $count ->
        [one] { $count } clipe
       *[other] { $count } clipes
    }
glossary-credits =
    { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
glossary-cost-unknown = custo desconhecido
glossary-merged-clip = Clipe mesclado
glossary-rendering =
    { $count ->
        [one] Renderizando { $count } clipe
       *[other] Renderizando { $count } clipes
    }
glossary-queued =
    { $count ->
        [one] { $count } clipe adicionado à fila
       *[other] { $count } clipes adicionados à fila
    }
glossary-requests-left =
    { $count ->
        [one] Resta { $count } solicitação de geração nesta hora
       *[other] Restam { $count } solicitações de geração nesta hora
    }

glossary-quality-standard = Padrão
glossary-quality-pro = Pro
glossary-quality-hd = HD

glossary-seconds = { $seconds } s
glossary-fps = { $fps } fps
glossary-on = Ativado
glossary-off = Desativado
glossary-orientation-image = Da imagem
glossary-orientation-video = Do vídeo

glossary-label-model = Modelo
glossary-label-aspect-ratio = Proporção
glossary-label-duration = Duração
glossary-label-quality = Qualidade
glossary-label-input-images = Imagens de entrada
glossary-label-input-videos = Vídeos de entrada
glossary-label-sound = Som
glossary-label-orientation = Orientação do personagem
glossary-label-count = Clipes no lote
glossary-label-length = Duração do clipe
glossary-label-frame-rate = Taxa de quadros
glossary-label-resolution = Resolução
