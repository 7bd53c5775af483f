glossary-clip = Clip
glossary-clip-means = Ein Video, das ein Rendering erzeugt (oder mehrere zusammengefügte Clips). Ergebnisse werden in Clips gezählt: „3 Clips“.
glossary-render = Rendering
glossary-render-means = Das Erzeugen eines Clips: die laufende Arbeit („Wird gerendert“, „Wartet aufs Rendern“) und das Verb „rendern“.
glossary-generation-request = Generierungsanfrage
glossary-generation-request-means = Eine Anfrage zum Generieren, die mehrere Clips rendern kann; das Stundenlimit zählt diese Anfragen.
glossary-credits-term = Credits
glossary-credits-means = Was ein Clip kostet: abgebucht, wenn sein Rendering beginnt, und erstattet, wenn es fehlschlägt.

glossary-clips =
    { $count ->
        [one] { $count } Clip
       *[other] { $count } Clips
    }
glossary-credits =
    { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }
glossary-cost-unknown = Kosten unbekannt
glossary-merged-clip = Zusammengefügter Clip
glossary-rendering =
    { $count ->
        [one] { $count } Clip wird gerendert
       *[other] { $count } Clips werden gerendert
    }
glossary-queued =
    { $count ->
        [one] { $count } Clip eingereiht
       *[other] { $count } Clips eingereiht
    }
glossary-requests-left =
    { $count ->
        [one] Noch { $count } Generierungsanfrage in dieser Stunde
       *[other] Noch { $count } Generierungsanfragen in dieser Stunde
    }

glossary-quality-standard = Standard
glossary-quality-pro = Pro
glossary-quality-hd = HD

glossary-seconds = { $seconds } s
glossary-fps = { $fps } fps
glossary-on = An
glossary-off = Aus
glossary-orientation-image = Aus dem Bild
glossary-orientation-video = Aus dem Video

glossary-label-model = Modell
glossary-label-aspect-ratio = Seitenverhältnis
glossary-label-duration = Dauer
glossary-label-quality = Qualität
glossary-label-input-images = Eingabebilder
glossary-label-input-videos = Eingabevideos
glossary-label-sound = Ton
glossary-label-orientation = Ausrichtung der Figur
glossary-label-count = Clips im Batch
glossary-label-length = Länge
glossary-label-frame-rate = Bildrate
glossary-label-resolution = Auflösung
