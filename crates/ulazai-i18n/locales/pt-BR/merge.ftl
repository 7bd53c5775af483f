merge-title = Mesclar
merge-clips =
    { $count ->
        [one] { $count } clipe
       *[other] { $count } clipes
    }
merge-length-unknown = duração desconhecida
merge-moved = Movido para a posição { $position } de { $count }
merge-taken-out = Retirado da mesclagem
merge-keys-drag = Arraste, ou
merge-keys-reorder = para reordenar
merge-keys-take-out = retira um clipe
merge-keys-trim = apara
merge-list = Clipes na ordem de reprodução
merge-item-position = Clipe { $position } de { $count }:
merge-item-trimmed = aparado
merge-trim-label = Aparar o clipe { $position }
merge-trim-tip = Aparar (Enter)
merge-remove-label = Retirar o clipe { $position } da mesclagem
merge-remove-tip = Retirar da mesclagem (Delete)
merge-empty = Selecione vários clipes concluídos, ou clique em “Adicionar à mesclagem” em um clipe, para alinhá-los aqui.
merge-dismiss = Fechar

merge-excluded-rendering = { $count } ainda em renderização
merge-excluded-failed = { $count } com falha
merge-excluded-unfinished =
    { $count ->
        [one] { $count } não concluído
       *[other] { $count } não concluídos
    }
merge-excluded = { $reasons } — só clipes concluídos podem ser mesclados

merge-ffmpeg-missing = Mesclar neste computador requer o ffmpeg, que não está instalado.
merge-ffmpeg-connect = Ou conecte sua conta web em Ajustes para mesclar no ulazai.com.
merge-ffmpeg-macos = { $command } (Homebrew) e depois reinicie o UlazAI Studio
merge-ffmpeg-windows = { $command } (ou baixe em ffmpeg.org e adicione a pasta bin ao PATH) e depois reinicie

merge-button = Mesclar
merge-button-busy = Mesclando…
merge-where =
    { $place ->
        [server] no ulazai.com
        [trims] neste computador (mantém os cortes)
       *[local] neste computador
    }
merge-button-tip =
    { $place ->
        [server] Mesclar no ulazai.com
        [trims] Mesclar neste computador (mantém os cortes)
       *[local] Mesclar neste computador
    }
merge-local-button = Mesclar neste computador
merge-server-untrimmed = Mesclar no ulazai.com — sem os cortes
merge-clear = Limpar
merge-cancel = Cancelar
merge-progress = Progresso da mesclagem
merge-blocked-empty = Selecione clipes concluídos para mesclar
merge-blocked-one = Selecione pelo menos { $min } clipes concluídos
merge-stage =
    { $stage ->
        [downloading] Buscando clipes… { $percent }
        [merging] Mesclando clipes… { $percent }
        [done] Mesclado
        [cancelled] Cancelado
       *[other] Falhou
    }
merge-started-server =
    { $count ->
        [one] Mesclando { $count } clipe no ulazai.com — o resultado aparece como um novo cartão
       *[other] Mesclando { $count } clipes no ulazai.com — o resultado aparece como um novo cartão
    }
merge-started-local =
    { $count ->
        [one] Mesclando { $count } clipe neste computador…
       *[other] Mesclando { $count } clipes neste computador…
    }
merge-cleared = Bandeja de mesclagem limpa
merge-open-settings = Abrir Ajustes
merge-failed = Não foi possível mesclar
merge-cancel-failed = Não foi possível cancelar a mesclagem
merge-source-removed = { $position }. { $id } (removido)

merge-export-label = Exportação
merge-export-saving = Salvando na biblioteca primeiro…
merge-export-copying =
    { $count ->
        [one] Exportando { $count } clipe
       *[other] Exportando { $count } clipes
    }
merge-export-to = para { $dir }
merge-export-progress = Progresso da exportação
merge-percent = { $percent }
merge-exported =
    { $count ->
        [one] { $count } clipe exportado para { $dir }
       *[other] { $count } clipes exportados para { $dir }
    }
merge-export-failed = Não foi possível exportar
merge-drag-saving =
    { $count ->
        [one] Salvando { $count } clipe na biblioteca primeiro — arraste de novo quando estiver salvo
       *[other] Salvando { $count } clipes na biblioteca primeiro — arraste de novo quando estiverem salvos
    }
merge-drag-failed = Não foi possível arrastar os clipes para fora
