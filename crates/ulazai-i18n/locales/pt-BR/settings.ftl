settings-title = Ajustes
settings-close = Fechar ajustes
settings-close-tip = Fechar (Esc)

## API key

settings-key-title = Chave de API
settings-key-state =
    { $state ->
        [valid] Funcionando
        [invalid] Recusada pelo servidor
        [unverified] Ainda não verificada
       *[missing] Não definida
    }
settings-key-storage =
    { $storage ->
        [keyring] Guardada no chaveiro do sistema
        [until_quit] Mantida até você sair
       *[none] Nenhuma chave guardada
    }
settings-key-placeholder-replace = Cole uma nova chave para substituí-la
settings-key-empty = Cole primeiro sua chave de API (ela começa com ulazai_).
settings-key-keep-until-quit = Manter até eu sair
settings-key-replace = Substituir
settings-key-save = Salvar
settings-key-verify = Verificar
settings-key-remove = Remover chave
settings-key-hint = A chave é entregue ao armazenamento seguro do app e nunca mais é exibida — apenas uma breve prévia.
settings-keyring-down = { $problem } A chave pode ficar na memória até você sair.
settings-keyring-unavailable = O chaveiro do sistema não está disponível.

## Notifications

settings-notify-title = Notificações
settings-notify-clips = Avisar quando clipes terminarem ou falharem
settings-notify-history = Também para trabalhos encontrados no histórico ao iniciar

## Web account

settings-web-title = Conta web
settings-web-state =
    { $state ->
        [connected] Conta web conectada
        [expired] Sessão web expirada
       *[none] Não conectada
    }
settings-web-why = Pastas no ulazai.com e a junção no servidor exigem que você esteja conectado ao site (sua chave de API não basta). Sem isso, as pastas ficam neste computador e os clipes são juntados aqui com o ffmpeg.
settings-web-expired = O UlazAI encerrou a sessão web. Nada foi perdido; conecte-se de novo para continuar no servidor.
settings-web-disconnect = Desconectar
settings-web-reconnect = Reconectar
settings-web-sign-in = Entrar no UlazAI
settings-web-signing-in = Termine de entrar na janela “{ $window }”…
settings-web-keyring = A sessão fica guardada apenas no chaveiro do seu sistema.

## Library

settings-library-title = Biblioteca
settings-library-folder = Pasta da biblioteca
settings-library-change = Alterar…
settings-library-default = Usar o padrão
settings-library-hint = Uma subpasta para cada pasta do app; nomes de arquivo com data, modelo e prompt.
settings-max-download = Maior download (GiB)
settings-max-download-hint = Um resultado maior que isso não é salvo (padrão: { $default } GiB).
settings-max-download-refused = Informe um tamanho em GiB, no mínimo { $min } (1 MiB).
settings-ffmpeg = ffmpeg para juntar clipes neste computador
settings-ffmpeg-from-path = O encontrado no PATH
settings-ffmpeg-choose = Escolher ffmpeg…
settings-ffmpeg-use-path = Usar o ffmpeg do PATH
settings-ffmpeg-hint = Escolha o próprio programa ffmpeg; ele é verificado (precisa responder como ffmpeg) antes de ser guardado.
settings-marks = Marcações e estrelas nos clipes exportados
settings-marks-none = Não incluídas
settings-marks-names = No fim dos nomes de arquivo
settings-marks-sidecar = Em um arquivo XMP ao lado de cada clipe
settings-marks-hint = Os nomes de arquivo terminam como “… [pick, 4 stars].mp4”; um arquivo XMP guarda a classificação, a marcação e o prompt para Lightroom, Bridge ou darktable.
settings-auto-download = Salvar clipes prontos na biblioteca automaticamente

## Updates

settings-updates-title = Atualizações
settings-updates-check = Procurar atualizações
settings-about-version = UlazAI Studio { $version }
settings-updates-check-now = Verificar agora
settings-updates-hint = As atualizações são assinadas pela UlazAI e só são instaladas quando você escolhe. A verificação acontece ao iniciar e a cada poucas horas.

## Language

settings-language-title = Idioma
settings-language-system = Sistema ({ $language })
settings-language-hint = A janela, as notificações e a bandeja mudam na hora.
settings-language-pinned = ULAZAI_LANG está definido: ele decide o idioma até ser removido.

## Appearance

settings-appearance-title = Aparência
settings-theme-system = Igual ao sistema
settings-theme-light = Claro
settings-theme-dark = Escuro

## Advanced

settings-advanced = Avançado
settings-base-url = URL base da API
settings-base-url-refused = { $error } O Studio continua usando o endereço anterior.
settings-base-url-demo = A demo roda em um simulador embutido neste computador, então nenhum servidor é usado ainda. Assim que você adicionar sua chave de API, o Studio passa a falar com { $server } ou com o endereço acima.
settings-base-url-hint = Deixe vazio para usar { $server }. Só altere isto se o suporte da UlazAI pedir.
