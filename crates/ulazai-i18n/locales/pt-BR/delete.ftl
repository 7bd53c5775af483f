delete-cancel = Cancelar
delete-clips-title =
    { $count ->
        [one] Excluir este clipe?
       *[other] Excluir { $count } clipes?
    }
delete-rejected-title =
    { $count ->
        [one] Excluir { $count } clipe rejeitado?
       *[other] Excluir { $count } clipes rejeitados?
    }
delete-clips-message-saved =
    { $saved ->
        [one] O arquivo salvo vai
       *[other] { $saved } arquivos salvos vão
    } para a lixeira do sistema, e { $count ->
        [one] este clipe sai
       *[other] estes { $count } clipes saem
    } da biblioteca. Você pode desfazer logo em seguida.
delete-clips-message-unsaved =
    { $count ->
        [one] Ele não tem arquivo salvo: este clipe sai da biblioteca. Você pode desfazer logo em seguida.
       *[other] Eles não têm arquivo salvo: estes { $count } clipes saem da biblioteca. Você pode desfazer logo em seguida.
    }
delete-keep-files = Remover da biblioteca, manter arquivos
delete-move-to-trash = Mover para a lixeira
delete-delete = Excluir

delete-removed-files-kept =
    { $count ->
        [one] { $count } clipe removido da biblioteca — o arquivo continua no disco
       *[other] { $count } clipes removidos da biblioteca — os arquivos continuam no disco
    }
delete-deleted-trashed =
    { $count ->
        [one] { $count } clipe excluído
       *[other] { $count } clipes excluídos
    } — { $trashed ->
        [one] o arquivo está
       *[other] { $trashed } arquivos estão
    } na lixeira
delete-deleted =
    { $count ->
        [one] { $count } clipe excluído
       *[other] { $count } clipes excluídos
    }
delete-kept =
    { $count ->
        [one] { $count } clipe mantido: { $problem }
       *[other] { $count } clipes mantidos: { $problem }
    }
delete-restored =
    { $count ->
        [one] { $count } clipe restaurado
       *[other] { $count } clipes restaurados
    }
delete-remove-failed = Não foi possível remover os clipes da biblioteca
delete-failed = Não foi possível excluir
delete-undo-failed = Não foi possível desfazer a exclusão

delete-folder-title = Excluir a pasta “{ $name }”?
delete-folder-empty = A pasta está vazia.
delete-folder-message =
    { $count ->
        [one] Ela contém { $count } clipe. Mova-o de volta para “Sem pasta” ou exclua-o com a pasta (os arquivos salvos vão para a lixeira do sistema; você pode desfazer logo em seguida).
       *[other] Ela contém { $count } clipes. Mova-os de volta para “Sem pasta” ou exclua-os com a pasta (os arquivos salvos vão para a lixeira do sistema; você pode desfazer logo em seguida).
    }
delete-folder = Excluir pasta
delete-folder-keep-clips = Manter os clipes em “Sem pasta”
delete-folder-with-clips =
    { $count ->
        [one] Excluir também { $count } clipe
       *[other] Excluir também { $count } clipes
    }
delete-folder-done-unfiled = “{ $name }” excluída — os clipes voltaram para “Sem pasta”
delete-folder-done = “{ $name }” excluída
delete-folder-failed = Não foi possível excluir a pasta
