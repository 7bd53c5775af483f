# The studio's one vocabulary: the words for what a creator makes and spends, the
# sentences that count them, and the labels of a clip's settings (in the clip's details).

# The glossary the app explains in tooltips: a term and what it means.
glossary-clip = clip
glossary-clip-means = One video a render makes (or a merge of clips). Count results in clips: “3 clips”.
glossary-render = render
glossary-render-means = Making a clip: the work in progress (“Rendering”, “Waiting to render”) and the verb.
glossary-generation-request = generation request
glossary-generation-request-means = One request to generate, which may render several clips; the hourly limit counts these.
glossary-credits-term = credits
glossary-credits-means = What a clip costs, charged when its render starts and refunded when it fails.

# A number of clips, wherever clips are counted ("3 clips").
glossary-clips =
    { $count ->
        [one] { $count } clip
       *[other] { $count } clips
    }
# A price in credits ("25 credits").
glossary-credits =
    { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }
# Where a price would be, when the model's price is not known.
glossary-cost-unknown = cost unknown
# What a merge's output is called where a clip shows its model's name.
glossary-merged-clip = Merged clip
# A toast when renders start ("Rendering 2 clips").
glossary-rendering =
    { $count ->
        [one] Rendering { $count } clip
       *[other] Rendering { $count } clips
    }
# A toast when clips are added to the render queue.
glossary-queued =
    { $count ->
        [one] Queued { $count } clip
       *[other] Queued { $count } clips
    }
# The top bar: what is left of the hourly limit of generation requests.
glossary-requests-left =
    { $count ->
        [one] { $count } generation request left this hour
       *[other] { $count } generation requests left this hour
    }

# Quality modes a model offers, as a creator reads them.
glossary-quality-standard = Standard
glossary-quality-pro = Pro
glossary-quality-hd = HD

# A length in seconds ("8 s"), e.g. a clip's duration.
glossary-seconds = { $seconds } s
# A frame rate ("24 fps"); $fps is the provider's value as it reported it.
glossary-fps = { $fps } fps
# A switch's value (e.g. Sound) in a clip's settings.
glossary-on = On
glossary-off = Off
# Where a character's orientation is taken from (motion-control models).
glossary-orientation-image = From the image
glossary-orientation-video = From the video

# Labels of a clip's settings (the details panel) and of the generate form's fields.
glossary-label-model = Model
glossary-label-aspect-ratio = Aspect ratio
glossary-label-duration = Duration
glossary-label-quality = Quality
glossary-label-input-images = Input images
glossary-label-input-videos = Input videos
glossary-label-sound = Sound
glossary-label-orientation = Character orientation
glossary-label-count = Clips in the batch
# What the provider reported about a clip.
glossary-label-length = Length
glossary-label-frame-rate = Frame rate
glossary-label-resolution = Resolution
