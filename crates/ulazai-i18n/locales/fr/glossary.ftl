glossary-clip = clip
glossary-clip-means = Une vidéo produite par un rendu (ou une fusion de clips). Les résultats se comptent en clips : « 3 clips ».
glossary-render = rendu
glossary-render-means = La fabrication d’un clip : le travail en cours (« Rendu en cours », « En attente de rendu ») et le verbe.
glossary-generation-request = demande de génération
glossary-generation-request-means = Une demande de génération, qui peut rendre plusieurs clips ; la limite horaire compte ces demandes.
glossary-credits-term = crédits
glossary-credits-means = Ce que coûte un clip, débité au début de son rendu et remboursé en cas d’échec.

glossary-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
glossary-credits =
    { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }
glossary-cost-unknown = coût inconnu
glossary-merged-clip = Clip fusionné
glossary-rendering =
    { $count ->
        [one] Rendu de { $count } clip
       *[other] Rendu de { $count } clips
    }
glossary-queued =
    { $count ->
        [one] { $count } clip ajouté à la file
       *[other] { $count } clips ajoutés à la file
    }
glossary-requests-left =
    { $count ->
        [one] { $count } demande de génération restante cette heure-ci
       *[other] { $count } demandes de génération restantes cette heure-ci
    }

glossary-quality-standard = Standard
glossary-quality-pro = Pro
glossary-quality-hd = HD

glossary-seconds = { $seconds } s
glossary-fps = { $fps } i/s
glossary-on = Activé
glossary-off = Désactivé
glossary-orientation-image = D’après l’image
glossary-orientation-video = D’après la vidéo

glossary-label-model = Modèle
glossary-label-aspect-ratio = Format d’image
glossary-label-duration = Durée
glossary-label-quality = Qualité
glossary-label-input-images = Images d’entrée
glossary-label-input-videos = Vidéos d’entrée
glossary-label-sound = Son
glossary-label-orientation = Orientation du personnage
glossary-label-count = Clips du lot
glossary-label-length = Longueur
glossary-label-frame-rate = Fréquence d’images
glossary-label-resolution = Résolution
