folders-library = Biblioteca
folders-all = Todos os clipes
folders-unfiled = Sem pasta
folders-heading = Pastas
folders-count = { $count }
folders-summary =
    { $clips ->
        [one] { $clips } clipe
       *[other] { $clips } clipes
    } · { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
folders-new = Nova pasta
folders-name = Nome da pasta
folders-new-name = Nome da nova pasta
folders-rename-label = Renomear { $name }
folders-rename-tip = Renomear (F2)
folders-delete-label = Excluir { $name }
folders-delete-tip = Excluir pasta
folders-empty-create = Crie uma pasta
folders-empty-rest = para agrupar clipes. Arraste cartões para ela.
folders-drop-hint =
    { $count ->
        [one] Solte em uma pasta para mover o clipe
       *[other] Solte em uma pasta para mover { $count } clipes
    }
folders-created = Pasta “{ $name }” criada
folders-create-failed = Não foi possível criar a pasta
folders-rename-failed = Não foi possível renomear a pasta

folders-library-dir-failed = Não foi possível alterar a pasta da biblioteca
folders-saved = Salvo na biblioteca: { $name }
folders-save-failed = Não foi possível salvar o clipe
folders-open-failed = Não foi possível abrir o arquivo
folders-reveal-failed = Não foi possível mostrar o arquivo
folders-copy-unsafe = Esta URL não é um link https seguro, por isso não foi copiada.
folders-link-copied = Link copiado
folders-path-copied = Caminho do arquivo copiado
