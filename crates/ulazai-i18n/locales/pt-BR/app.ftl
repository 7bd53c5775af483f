app-skip-to-clips = Pular para os clipes
app-title-all = Todos os clipes
app-title-unfiled = Sem pasta
app-title-folder = Pasta
app-region-clips = Clipes
app-region-details = Detalhes do clipe
app-region-new = Nova geração
app-grid-label = { $title }: clipes, { $sort }
app-rate-reached-at = Limite por hora atingido · reinicia às { $time }
app-rate-reached = Limite por hora atingido
app-rate-limit-tip = Limite: { $limit } por hora
app-conn-reconnecting = Reconectando
app-conn-reconnecting-tip = O UlazAI não está respondendo; o app tenta de novo sozinho
app-conn-offline = Offline
app-conn-offline-tip = Sem conexão com o UlazAI
app-conn-online = Online
app-conn-online-tip = O UlazAI respondeu
app-conn-idle = Não conectado
app-conn-idle-waiting-tip = Aguardando resposta do UlazAI
app-conn-idle-no-key-tip = Adicione sua chave de API (ou experimente a demo) para se conectar ao UlazAI
app-demo-badge = Demo
app-demo-tip = Os clipes são renderizados em um simulador local; nenhum crédito é usado
app-key-set = Chave definida
app-key-valid-tip =
    { $storage ->
        [until_quit] Chave de API (mantida até você sair)
       *[other] Chave de API no chaveiro do sistema
    }
app-key-unverified-tip = Chave de API ainda não verificada
app-key-rejected = Chave recusada
app-key-rejected-tip = O servidor recusou a chave de API
app-key-none = Sem chave de API
app-key-none-tip = Adicione sua chave de API em Ajustes
app-settings = Ajustes
app-settings-tip = Ajustes ({ $keys })
app-menu = Menu
app-menu-tip = Menu: atalhos de teclado, Ajustes
app-menu-shortcuts = Atalhos de teclado
app-menu-settings = Ajustes
app-dismiss = Dispensar
app-try-again = Tentar de novo
app-banner-boot-error = O backend do app não respondeu.
app-banner-store-notice = Seus trabalhos não estão sendo salvos.
app-banner-set-aside-title = Sua biblioteca de clipes estava danificada.
app-banner-set-aside-before = Ela foi separada como
app-banner-set-aside-after = na pasta de dados do app; os clipes que o servidor ainda conhece estão de volta.
app-banner-offline-title = Você está offline.
app-banner-offline = { $reason }. As renderizações em andamento continuam no UlazAI; os cartões delas são atualizados quando a conexão voltar.
app-banner-backoff-title = Problemas para acessar o UlazAI
app-banner-backoff-retry = ({ $reason }). Próxima tentativa:
app-banner-backoff-soon = em breve
app-banner-backoff-countdown = ({ $countdown })
app-banner-backoff-end = .
app-banner-session-title = Sua sessão web do ulazai.com expirou.
app-banner-session = Pastas e clipes estão seguros aqui; reconecte para sincronizar as pastas e mesclar no servidor (mesclar neste computador continua funcionando).
app-reconnect = Reconectar
app-banner-key-invalid-title = Sua chave de API foi recusada.
app-banner-key-invalid = As atualizações estão pausadas até que uma chave válida seja definida.
app-fix-key = Corrigir chave
app-banner-keyring-title = O chaveiro do sistema não está disponível.
app-banner-keyring-default = Sua chave de API não pode ser guardada com segurança neste computador.
app-banner-keyring-until-quit =
    { $storage ->
        [until_quit] Sua chave fica guardada até você sair do app.
       *[other] Você pode manter sua chave até sair do app.
    }
app-open-settings = Abrir Ajustes
app-banner-rate-title = Limite de gerações por hora atingido.
app-banner-rate-retry = Novas gerações serão possíveis às { $time } ({ $countdown }).
app-banner-rate-running = As renderizações em andamento não são afetadas.
app-banner-models-title = Não foi possível carregar a lista de modelos.
app-toast-error = Erro
app-toast-notice = Aviso
app-toast-undo = Desfazer
app-web-connected = Conta web conectada
app-web-disconnected = Conta web desconectada
app-signin-failed = Não foi possível abrir a janela de login
app-disconnect-failed = Não foi possível desconectar
app-folder-sync-failed = A pasta “{ $name }” ainda não está no ulazai.com: { $message }
app-folder-sync-retrying = A pasta “{ $name }” ainda não está no ulazai.com: { $message } Tentando de novo…
app-download-failed = Um download para a sua biblioteca falhou: { $message }
app-export-failed = A exportação falhou: { $message }
app-merge-failed = A mesclagem falhou: { $message }
app-unknown-error = erro desconhecido
app-merged-local = Mesclado neste computador
app-merged-local-copied = Mesclado neste computador (sem recodificar)
app-merge-cancelled = Mesclagem cancelada
app-demo-started = Demo iniciada — os clipes são renderizados em um simulador local, sem usar créditos
app-demo-failed = Não foi possível iniciar a demo
app-key-kept = Chave de API mantida até você sair
app-key-saved = Chave de API salva no chaveiro do sistema
app-key-removed = Chave de API removida
app-settings-not-saved = Ajustes não salvos: { $error }
app-something-wrong = Algo deu errado.

app-failed-because = { $what }: { $why }
