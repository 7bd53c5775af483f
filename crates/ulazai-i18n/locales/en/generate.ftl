# The generate form (the panel on the left): its fields, the model choice, the prompt,
# the reasons the Generate button is disabled, and the variations picker.

generate-title = New generation

## Short names of the form's fields, put before an error the server wrote without naming
## its field ("Prompt: Required.").
generate-field-model = Model
generate-field-prompt = Prompt
generate-field-aspect-ratio = Aspect ratio
generate-field-duration = Duration
generate-field-quality = Quality
generate-field-images = Images
generate-field-videos = Videos
generate-field-sound = Sound
generate-field-orientation = Orientation
generate-field-count = Count

## Why the Generate button is disabled, under it.
generate-starting = Starting…
generate-reason-fix-key = Fix your API key to generate
generate-reason-add-key = Add your API key (or try the demo) to generate
generate-reason-choose-model = Choose a model
# $time is a clock time ("14:00").
generate-reason-hourly-limit = Hourly limit reached — resets at { $time }
# When the reset time is not known.
generate-reason-hourly-limit-hour = Hourly limit reached — resets at the top of the hour
generate-reason-prompt-too-long = The prompt is too long for this model
# A field's short name ($field, see generate-field-*) and the server's message about it.
generate-reason-field = { $field }: { $message }
generate-reason-fix-fields =
    { $count ->
        [one] Fix { $count } field to generate
       *[other] Fix { $count } fields to generate
    }
# While the form is being checked.
generate-reason-checking = Checking…

## The model field.
generate-models-loading = Loading models…
generate-models-no-key = No models yet: add your API key
generate-models-no-key-why = The model list comes from UlazAI with your API key.
generate-models-failed = Couldn't load the models
# In the model list, after a model's name: its price per clip, short ("25 cr").
generate-model-option-credits = { $credits } cr
# Under the model list: the model's engine, its price and typical render time.
generate-model-engine-unknown = Unknown engine
generate-model-price =
    { $credits ->
        [one] { $credits } credit per clip
       *[other] { $credits } credits per clip
    }
generate-model-price-unknown = price unknown
generate-demo-try = Try the demo
generate-demo-starting = Starting the demo…
generate-add-key = Add your API key

## The prompt field.
# After the label "Prompt" when the model can render without one.
generate-prompt-optional = (optional)
generate-prompt-placeholder = Describe the shot: subject, action, camera, light…
# The counter above the prompt: its length, and the model's limit.
generate-prompt-count = { $length }
generate-prompt-count-max = { $length } / { $max }
# Read by screen readers near the prompt's limit.
generate-prompt-left =
    { $left ->
        [one] { $left } character left
       *[other] { $left } characters left
    }
generate-prompt-over =
    { $over ->
        [one] { $over } character over the limit of { $max }
       *[other] { $over } characters over the limit of { $max }
    }
# Key caps in the hints under the prompt (as printed on the keyboard).
generate-key-ctrl = Ctrl
generate-key-alt = Alt
generate-key-enter = Enter
# Hint under the prompt, after the keys Ctrl+Enter: what they do.
generate-keys-generate = generates
# Same hint, after the keys Alt+↓: what they open.
generate-keys-recent = recent prompts
# The button beside the prompt's label that opens the recent prompts.
generate-history-open = Recent
generate-history-search = Search recent prompts
generate-history-list = Recent prompts
generate-history-none = No recent prompt matches

## Ratio, duration, quality, input URLs, orientation, sound, count.
# A duration the creator chose that the model does not offer ($seconds: a number).
generate-duration-not-offered = { $seconds } s (not offered)
generate-orientation-video = From video (≤ 30 s)
generate-orientation-image = From image (≤ 10 s)
generate-sound-hint = Generate an audio track
generate-count-label = Clips in this batch
generate-count-fewer = Fewer clips
generate-count-more = More clips
# Beside the batch size, and after the label of a list of input URLs: the most allowed.
generate-up-to = up to { $max }
# After the label of a list of input URLs: how many the model takes.
generate-urls-at-least = at least { $min }
generate-urls-exactly = exactly { $count }
generate-urls-range = { $min }–{ $max }
generate-urls-optional = optional
# One URL input of the list, for screen readers ("Input images 2").
generate-url-input = { $label } { $index }
generate-url-remove =
    { $kind ->
        [image] Remove image { $index }
       *[other] Remove video { $index }
    }
generate-url-remove-tip = Remove
generate-url-add =
    { $kind ->
        [image] Add image URL
       *[other] Add video URL
    }

## Under the form: the error and the cost.
generate-error-dismiss = Dismiss
# A model's price per clip times the number of clips ("25 × 2").
generate-cost-formula = { $credits } × { $count }
generate-cost-label = Cost
generate-cost-unknown = unknown
generate-submit =
    { $count ->
        [1] Generate
       *[other] Generate { $count } clips
    }

## Edit & retry, Use this prompt.
# A prompt quoted in running text (the creator's own words).
generate-quoted-prompt = “{ $prompt }”
# The retry strip, when the failed clip has no prompt to name it by.
generate-retry-failed-clip = a failed clip
generate-retry-no-reason = No reason was given.
# Announced to screen readers when the form is filled from a clip.
generate-reuse-retry = The form holds the failed request: edit it, then press Generate to try again.
generate-reuse = The form holds this clip’s prompt and settings, ready to edit.

## Variations of the form's prompt (a dialog opened by "Variations…").
generate-variations-need-prompt = Write the prompt in the form first: variations repeat it across models, ratios and durations.
generate-variations-models = Models
# A fold listing models that cannot render the prompt as given, each with why.
generate-variations-unable =
    { $count ->
        [one] { $count } model needs other input
       *[other] { $count } models need other input
    }
# For screen readers: the section of one chosen model.
generate-variations-pick = { $model }: what to vary
# After a model's name: $cost is a price ("25 credits") or "cost unknown".
generate-variations-price = { $cost } a clip
generate-variations-preview =
    { $count ->
        [one] Preview { $count } variation
       *[other] Preview { $count } variations
    }
