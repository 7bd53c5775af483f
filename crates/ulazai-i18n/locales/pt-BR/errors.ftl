# Mensagens de erro: o que deu errado, em uma frase, e o que fazer.
# $server é a frase original do servidor da UlazAI (em inglês): coloque-a como está.
# $status é um código HTTP.

## O servidor da UlazAI ou a rede recusou

errors-api-invalid-request = A UlazAI recusou esta solicitação. Confira os ajustes da renderização.
errors-api-invalid-request-says = A UlazAI recusou esta solicitação: { $server }
errors-api-unauthorized = A UlazAI não aceitou sua chave de API. Confira-a em Ajustes → Chave de API.
errors-api-credits = Créditos insuficientes para este lote. Adicione créditos em ulazai.com e tente de novo.
errors-api-credits-says = Créditos insuficientes para este lote. Adicione créditos em ulazai.com e tente de novo. (A UlazAI diz: { $server })
errors-api-forbidden = Sua sessão web do ulazai.com expirou ou foi recusada. Entre de novo em Ajustes → Conta web e tente novamente.
errors-api-not-found = A UlazAI não conhece este modelo ou esta renderização.
errors-api-not-found-says = A UlazAI não conhece este modelo ou esta renderização. (A UlazAI diz: { $server })
errors-api-rate-limited-at = O limite de solicitações da UlazAI foi atingido. Você pode tentar de novo { $wait }.
errors-api-rate-limited = O limite de solicitações da UlazAI foi atingido (24 novos lotes por hora). Aguarde alguns minutos e tente de novo.
errors-api-server = A UlazAI teve um problema do lado dela (HTTP { $status }). Tente de novo em instantes.
errors-api-network-connect = Não foi possível conectar à UlazAI. Verifique sua conexão com a internet; o app continuará tentando.
errors-api-network-timeout = A UlazAI não respondeu a tempo. Verifique sua conexão; o app continuará tentando.
errors-api-network-reset = A conexão com a UlazAI caiu. Verifique sua conexão; o app continuará tentando.
errors-api-network-other = Um problema de rede interrompeu a solicitação à UlazAI. Verifique sua conexão; o app continuará tentando.
errors-api-unreadable = A UlazAI enviou uma resposta que o app não consegue ler (HTTP { $status }). Tente de novo em instantes; se continuar acontecendo, o app talvez precise de uma atualização.
errors-api-unexpected = A UlazAI respondeu de forma inesperada (HTTP { $status }). Tente de novo mais tarde.
errors-api-no-credentials = Nenhuma chave de API definida. Adicione sua chave de API da UlazAI em Ajustes → Chave de API.
errors-api-bad-url = O endereço do servidor não pode ser usado: { $reason }

## Quando tentar de novo após um limite de solicitações (em errors-api-rate-limited-at)

errors-wait-second = em um segundo
errors-wait-seconds = em { $seconds } segundos
errors-wait-minutes =
    { $minutes ->
        [one] em { $minutes } minuto
       *[other] em { $minutes } minutos
    }
errors-wait-hours =
    { $hours ->
        [one] em { $hours } hora
       *[other] em { $hours } horas
    }

## Uma solicitação que o formulário precisa mudar antes do envio

errors-list-or = { $head } ou { $last }
errors-seconds = { $seconds } s
errors-input-image-link = A imagem de entrada { $number } não é um link utilizável: { $reason }.
errors-input-video-link = O vídeo de entrada { $number } não é um link utilizável: { $reason }.
errors-batch-size = Um lote tem de 1 a 4 renderizações.
errors-batch-one = { $model } faz uma renderização por vez; defina o lote como 1.
errors-batch-size-model = Um lote de { $model } tem de 1 a { $max } renderizações.
errors-choose-model = Escolha um modelo.
errors-unknown-model = A UlazAI não tem o modelo “{ $slug }”. Escolha um da lista.
errors-prompt-needed = Escreva um prompt: { $model } precisa de um.
errors-prompt-too-long = { $model } aceita prompts de até { $max } caracteres; este tem { $length }.
errors-ratio-only = { $model } renderiza somente em { $ratio }.
errors-choose-ratio = Escolha uma proporção: { $choices }.
errors-duration-only = { $model } renderiza somente clipes de { $seconds } s.
errors-choose-duration = Escolha uma duração: { $choices }.
errors-choose-quality = Escolha uma qualidade: { $choices }.
errors-no-quality = { $model } não tem modos de qualidade; deixe a qualidade sem definir.
errors-no-sound = { $model } renderiza sem som; desative o som.
errors-input-count =
    { $kind ->
        [image]
            { $count ->
                [one] uma imagem de entrada
               *[other] { $count } imagens de entrada
            }
       *[video]
            { $count ->
                [one] um vídeo de entrada
               *[other] { $count } vídeos de entrada
            }
    }
errors-input-none =
    { $kind ->
        [image] { $model } não aceita imagens de entrada; remova-as.
       *[video] { $model } não aceita vídeos de entrada; remova-os.
    }
errors-input-exactly =
    { $kind ->
        [image] { $model } precisa de exatamente { $inputs }.
       *[video] { $model } precisa de exatamente { $inputs }.
    }
errors-input-at-least =
    { $kind ->
        [image] { $model } precisa de pelo menos { $inputs }.
       *[video] { $model } precisa de pelo menos { $inputs }.
    }
errors-input-at-most =
    { $kind ->
        [image] { $model } aceita no máximo { $inputs }.
       *[video] { $model } aceita no máximo { $inputs }.
    }
errors-choose-orientation = Escolha a orientação do personagem: vídeo (clipes de até 30 s) ou imagem (até 10 s).
errors-orientation-duration =
    { $orientation ->
        [video] Com a orientação vídeo, os clipes têm até { $seconds } s.
        [image] Com a orientação imagem, os clipes têm até { $seconds } s.
       *[other] Com a orientação { $orientation }, os clipes têm até { $seconds } s.
    }
errors-orientation-not-motion = A orientação do personagem só vale para modelos de motion control.

## Um clipe, uma pasta ou um item da fila que não está mais aqui

errors-missing-job = Este clipe não está mais no app.
errors-retry-unknown-settings = Este clipe não foi iniciado neste app, então os ajustes dele são desconhecidos. Inicie-o de novo pelo formulário.
errors-queue-empty = Nada para colocar na fila.
errors-queue-full = A fila comporta no máximo { $max } itens.
errors-folder-gone = Esta pasta não existe mais.
errors-queue-item-gone = Este clipe não está mais esperando na fila.
errors-folder-gone-any-more = Esta pasta não existe (mais).
errors-queued-clip-gone = Este clipe na fila não existe (mais).
errors-merge-gone = Esta mesclagem não existe (mais).
errors-fields-highlighted = Alguns ajustes desta renderização precisam mudar (veja os campos destacados).

## Mesclar clipes

errors-merge-too-few = Escolha pelo menos dois clipes para mesclar.
errors-merge-too-many = É possível mesclar no máximo { $max } clipes de uma vez.
errors-merge-duplicate = Um clipe aparece duas vezes.
errors-merge-not-completed = Só clipes concluídos podem ser mesclados.
errors-merge-session-expired = Sua sessão web do ulazai.com expirou. Reconecte-se em Ajustes ou use “Mesclar neste computador”.
errors-merge-no-ffmpeg = Mesclar neste computador exige o ffmpeg, que não está instalado. { $how }

## Marcações (escolher / rejeitar, estrelas) e nomes de pasta

errors-marks-stars = Um clipe tem de 1 a { $max } estrelas (0 as remove): { $stars } estrelas não é uma avaliação.
errors-marks-nothing = Escolha uma marcação ou um número de estrelas.
errors-marks-no-clips = Selecione pelo menos um clipe para marcar.
errors-folder-name-empty = O nome da pasta não pode ficar vazio.
errors-folder-name-too-long = O nome da pasta é longo demais (no máximo { $max } caracteres).

## Abrir o resultado de um clipe

errors-no-result-to-open = Esta renderização ainda não tem um resultado para abrir.

## Escrito pela própria janela, quando um erro chega sem frase

errors-ui-rate-limited-at = O limite de solicitações da UlazAI foi atingido. Você pode tentar de novo às { $time }, em { $wait }.
errors-ui-rate-limited = O limite de solicitações da UlazAI foi atingido. Aguarde alguns minutos e tente de novo.
errors-ui-credits = Créditos insuficientes para este lote. Adicione créditos em ulazai.com ou diminua a quantidade.
errors-ui-unknown = Algo deu errado ({ $code }).

## O sistema não conseguiu fazer isso (abrir, mostrar, arrastar)

errors-open-file = Não foi possível abrir o arquivo: { $reason }
errors-reveal-file = Não foi possível mostrar o arquivo: { $reason }
errors-open-result = Não foi possível abrir o resultado: { $reason }
errors-drag-out = Não foi possível começar a arrastar: { $reason }

## Recusas dos pedidos da janela

errors-still-starting = O app ainda está iniciando.
errors-engine-failed = O app não conseguiu conectar seu mecanismo de renderização: { $reason }
errors-delete-none = Selecione pelo menos um clipe para excluir.
errors-undo-gone = Esta exclusão não pode mais ser desfeita.
errors-move-none = Selecione pelo menos um clipe para mover.
errors-key-empty = Cole sua chave de API da UlazAI.
errors-key-shape = Isto não parece uma chave de API (as chaves são como ulazai_live_…).
errors-sort-place = Uma ordenação vale para todos os clipes, “Sem pasta” ou uma pasta.
errors-sort-order = Isto não é uma ordenação.
errors-import-kind = Solte uma lista de prompts: um arquivo .txt (um prompt por linha) ou um arquivo .csv.
errors-import-too-large = Este texto tem mais de 4 MB: grande demais para uma lista de prompts.

## Atualizações do app: por que uma verificação ou instalação foi recusada

errors-update-not-configured = Esta versão do UlazAI Studio não tem um servidor de atualizações configurado.
errors-update-nothing-offered = Nenhuma atualização está pronta para instalar: procure atualizações primeiro.
errors-update-merge-running = Uma mesclagem está em andamento: instale a atualização quando ela terminar.
errors-update-submitting = Uma renderização está sendo enviada: instale a atualização em instantes.
errors-update-installing = A atualização já está sendo instalada.
errors-update-older = O servidor de atualizações oferece a versão { $offered }, mais antiga que esta ({ $running }). Ela foi recusada; nada foi instalado.
errors-update-bad-version = O servidor de atualizações oferece uma versão que não é um número de versão (“{ $version }”). Ela foi recusada; nada foi instalado.
errors-update-not-manifest = A resposta do servidor de atualizações não é um manifesto de atualização ({ $reason }). Ela foi recusada; nada foi instalado.
errors-update-no-package = A atualização não tem pacote para este tipo de instalação ({ $reason }); nada foi instalado.
errors-update-not-https = O endereço do servidor de atualizações não é https, então ele não foi consultado; nada foi instalado.
errors-update-check-failed = Não foi possível procurar atualizações: { $reason }.
errors-update-signed-mismatch = O pacote baixado foi assinado para a versão { $signed }, não para a { $announced } anunciada pelo servidor. Ele foi recusado; nada foi instalado.
errors-update-bad-signature = A atualização baixada não está assinada com a chave do UlazAI Studio ({ $reason }). Ela foi recusada; nada foi instalado.
errors-update-cut-short = O download da atualização foi interrompido ({ $reason }); nada foi instalado. Tente de novo mais tarde.
errors-update-network = Não foi possível baixar a atualização: { $reason }; nada foi instalado.
errors-update-download-failed = Não foi possível baixar a atualização ({ $reason }); nada foi instalado.
errors-update-wrong-package = A atualização baixada não é um pacote para este tipo de instalação (formato inválido); nada foi instalado.
errors-update-no-admin = Os direitos de administrador não foram concedidos; nada foi instalado.
errors-update-package-manager = O gerenciador de pacotes não instalou a atualização (cancelada ou com falha); o app não mudou.
errors-update-install-failed = Não foi possível instalar a atualização ({ $reason }); o app não mudou.
errors-import-unreadable = Não é possível ler { $file }: { $reason }.
errors-import-not-file = { $file } não é um arquivo comum; solte uma lista de prompts (um arquivo .txt ou .csv).
errors-import-file-too-large = { $file } tem mais de 4 MB: grande demais para uma lista de prompts.
errors-import-not-text = { $file } não é texto simples (UTF-8).

## O chaveiro do sistema (onde a chave de API fica guardada)

errors-keyring-unavailable =
    { $system ->
        [macos] Não foi possível usar as Chaves do macOS. Permita que o UlazAI Studio acesse as Chaves, ou mantenha a chave até sair do app.
        [windows] Não foi possível usar o Gerenciador de Credenciais do Windows. Verifique se ele está em execução, ou mantenha a chave até sair do app.
       *[other] Nenhum chaveiro do sistema está disponível. Instale e desbloqueie o GNOME Keyring ou o KWallet, ou mantenha a chave até sair do app.
    }
errors-keyring-no-entry = A chave não foi encontrada no chaveiro.
errors-keyring-unreadable = O chaveiro contém um valor ilegível para a chave.
errors-keyring-refused = O chaveiro recusou “{ $attribute }”.
errors-keyring-refused-why = O chaveiro recusou “{ $attribute }”: { $reason }.
errors-keyring-ambiguous = O chaveiro contém várias chaves da UlazAI; remova-as com o gerenciador de chaveiro.
errors-keyring-failed = O chaveiro do sistema falhou.
errors-keyring-partial = O chaveiro contém só parte de um segredo armazenado.
errors-keyring-interrupted = O acesso ao chaveiro foi interrompido.

## Salvar o vídeo de um clipe na biblioteca

errors-download-http-expired = O link de download expirou ou não é permitido (HTTP { $status }). Atualize a renderização e tente de novo.
errors-download-http-gone = O vídeo não está mais disponível no servidor (HTTP { $status }).
errors-download-http-server = O servidor teve um problema ao enviar o vídeo (HTTP { $status }). Tente de novo mais tarde.
errors-download-http-refused = O servidor recusou o download (HTTP { $status }).
errors-download-network = O download falhou: { $reason }. Verifique sua conexão com a internet e tente de novo.
errors-download-incomplete = O download ficou incompleto ({ $got } de { $expected } bytes). Tente de novo.
errors-download-io = Não foi possível salvar o vídeo: { $reason }
errors-download-cancelled = O download foi cancelado.
errors-download-bad-url = Não é possível baixar deste endereço de vídeo: { $reason }
errors-download-not-video = O servidor enviou algo que não é um vídeo (não é MP4, MOV, Matroska nem WebM); nada foi salvo.
errors-download-too-large = O vídeo é grande demais para baixar (mais de { $limit }); nada foi salvo.
errors-download-timed-out = O download demorou demais (mais de { $took }) e foi interrompido. Tente de novo.
errors-took-second = um segundo
errors-took-seconds = { $seconds } segundos
errors-took-minutes = { $minutes } minutos
errors-download-no-result = Este clipe ainda não tem resultado para baixar.
errors-download-folder = Não é possível salvar o clipe em { $folder }: { $reason }
errors-clip-not-saved = Este clipe não está (ainda) na biblioteca.
errors-clip-file-refused = O arquivo deste clipe não é um vídeo da pasta da biblioteca; ele não é usado.

errors-sign-in-window = Não foi possível abrir a janela de login: { $reason }

## Importing a prompt list
errors-import-line = Linha { $line }
errors-import-prompt-empty = O prompt está vazio.
errors-import-duration = A duração “{ $value }” não é um número de segundos.
errors-import-count = A quantidade “{ $value }” não é um número de clipes (1 a 4).
errors-import-too-many = Só os primeiros { $max } prompts de um arquivo são lidos; divida o restante em outro arquivo.
errors-import-empty = O arquivo não contém prompts (linhas em branco e linhas que começam com # são ignoradas).
errors-import-csv-unreadable = Esta linha não pode ser lida como CSV: { $reason }.
errors-import-csv-no-prompt = A primeira linha deve nomear as colunas, incluindo uma coluna “prompt” (as colunas: { $columns }).
errors-import-csv-unknown = A coluna { $columns } não é usada (as colunas: { $known }).
errors-import-csv-twice = A coluna { $columns } aparece duas vezes; a primeira é usada.
errors-import-csv-extra = Esta linha tem mais células do que o cabeçalho nomeia ({ $count }).
errors-variations-too-many = No máximo { $max } variações de uma vez.
errors-as-given = { $text }

errors-variation-part = { $a } · { $b }
errors-variation-list = { $a }, { $b }
errors-variation-nearest = { $label } (o mais próximo de { $asked }, que o { $model } não oferece)

## Enviado para a janela fora da resposta a um comando.

errors-queue-no-key = Adicione sua chave de API da UlazAI para enviar a fila.
errors-web-session-unreadable = Você entrou, mas não foi possível ler a sessão web. Tente novamente.
errors-web-session-until-quit = A sessão web fica guardada até você fechar o app: não foi possível usar o chaveiro do sistema ({ $reason })
errors-web-session-expired = Sua sessão web do ulazai.com expirou. Reconecte-se para sincronizar pastas e mesclar no servidor.
errors-folder-sync-expired = A sessão web expirou: a pasta fica aqui e será criada no ulazai.com quando você se reconectar.
errors-merge-reencoded = Recodificado: { $why }.
errors-merge-cancelled = Mesclagem cancelada.
errors-merge-clip-download = Não foi possível baixar o clipe { $number }: { $reason }
errors-merge-save = Não é possível salvar o vídeo mesclado: { $reason }
errors-settings-language = O estúdio não fala o idioma “{ $code }”.
errors-settings-server = O endereço do servidor não pode ser usado: { $reason }.
errors-settings-max-download = O maior download deve ficar entre 1 MiB e { $max } MiB.
errors-settings-ffmpeg = Este ffmpeg não pode ser usado: { $problem }.
errors-settings-save = Não foi possível salvar os ajustes: { $reason }
errors-sort-order-save = Não foi possível salvar a ordenação: { $reason }
errors-update-unpacked = Esta cópia do UlazAI Studio não foi instalada a partir de um pacote, então não pode se substituir sozinha. Baixe a versão { $version } em { $url }.
errors-update-no-pkexec = Instalar um pacote { $package } exige permissões de administrador, e este sistema não tem o pkexec para pedi-las. Baixe a versão { $version } em { $url } e instale-a com seu gerenciador de pacotes.
errors-store-unusable = Seus trabalhos não podem ser salvos: { $reason }. Eles ficam na memória até você fechar o app.

errors-trash-move = Não foi possível mover o arquivo do clipe para a lixeira: { $reason }
errors-trash-restore = Não foi possível tirar o arquivo do clipe da lixeira: { $reason }
errors-trash-gone = O arquivo do clipe não está mais na lixeira.
errors-trash-taken = Já existe um arquivo em { $path }; o arquivo do clipe ficou na lixeira.
errors-trash-put-back = O arquivo do clipe está no Lixo: use “Colocar de Volta” no Finder para restaurá-lo.

errors-poll-slow-down = O servidor pediu para ir mais devagar (429).
errors-poll-server = O servidor teve um problema ({ $status }).
errors-poll-timeout = O servidor não respondeu a tempo.
errors-poll-connect = Não é possível acessar o servidor.
errors-poll-interrupted = A conexão com o servidor foi interrompida.
errors-poll-unreadable = O servidor enviou uma resposta que não pôde ser lida.
errors-poll-unexpected = Resposta inesperada do servidor ({ $answer }).

errors-ffmpeg-not-found = O ffmpeg não foi encontrado neste computador. { $how }
errors-ffmpeg-chosen = O ffmpeg escolhido em Ajustes não pode ser usado: { $problem }. Escolha outro em Ajustes → Biblioteca (“ffmpeg para juntar clipes neste computador”) ou use o ffmpeg encontrado neste computador (“Usar o ffmpeg do PATH”).
errors-ffmpeg-probe = Não foi possível ler um clipe: { $reason }
errors-ffmpeg-failed-code-says = O ffmpeg não conseguiu mesclar os clipes (código de saída { $code }): { $tail }
errors-ffmpeg-failed-code = O ffmpeg não conseguiu mesclar os clipes (código de saída { $code }).
errors-ffmpeg-failed-says = O ffmpeg não conseguiu mesclar os clipes: { $tail }
errors-ffmpeg-failed = O ffmpeg não conseguiu mesclar os clipes.
errors-ffmpeg-cancelled = A mesclagem foi cancelada.
errors-ffmpeg-io = Não foi possível salvar o vídeo mesclado: { $reason }
errors-ffmpeg-bad-path = Um clipe não pode ser mesclado: { $reason }
errors-ffmpeg-bad-trim = Um corte não pode ser usado: { $reason }
