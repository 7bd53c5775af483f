notify-finished-title = Renderização concluída
notify-failed-title = Falha na renderização
notify-clip-length = Clipe de { $seconds } s
notify-failed-unknown = A renderização não foi concluída.
notify-refunded = { $reason } Os créditos foram reembolsados.
notify-action-open = Abrir

notify-burst-finished =
    { $finished ->
        [one] { $finished } renderização concluída
       *[other] { $finished } renderizações concluídas
    }
notify-burst-failed =
    { $failed ->
        [one] { $failed } renderização falhou
       *[other] { $failed } renderizações falharam
    }
notify-burst-mixed = Concluídas: { $finished }; com falha: { $failed }
notify-burst-more = e mais { $count }

notify-queue-title = Fila de renderização concluída
notify-queue-finished =
    { $finished ->
        [one] { $finished } clipe concluído.
       *[other] { $finished } clipes concluídos.
    }
notify-queue-failed =
    { $failed ->
        [one] { $failed } clipe falhou.
       *[other] { $failed } clipes falharam.
    }
notify-queue-mixed =
    { $finished ->
        [one] Clipes concluídos: { $finished }; com falha: { $failed }.
       *[other] Clipes concluídos: { $finished }; com falha: { $failed }.
    }
