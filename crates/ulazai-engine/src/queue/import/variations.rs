//! Variations of one prompt: the models that can render it as given (its input media
//! included), each with only what that model accepts — aspect ratios, durations and
//! qualities from the model matrix. Every combination is built valid: a value a model
//! lacks becomes its nearest allowed one, and the combination's label says so.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{field_text, field_texts, Builder, QueuePreview, MAX_ROWS};
use crate::model::{GenerateParams, ModelInfo};
use crate::queue::plan::max_batch;
use crate::text::{Text, TextArg};
use crate::validate;
use ulazai_i18n::Localizer;

/// What the creator picked for one model.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct VariationPick {
    pub model_slug: String,
    /// Empty: the form's ratio (or the model's nearest).
    pub aspect_ratios: Vec<String>,
    /// Empty: the form's duration (or the model's nearest).
    pub durations: Vec<u32>,
    /// Empty: the form's quality (or the model's first).
    pub quality_modes: Vec<String>,
}

/// A model as the variations picker offers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct VariationModel {
    pub slug: String,
    pub name: String,
    /// What this model accepts (the picker offers nothing else).
    pub aspect_ratios: Vec<String>,
    pub durations: Vec<u32>,
    pub quality_modes: Vec<String>,
    /// Clips per combination: the form's count, within this model's batch size.
    pub count: u32,
    /// Credits per clip, when known.
    pub credits: Option<u32>,
    /// Why this model cannot render the prompt as given; `None`: it can. English until the
    /// shell words it in the window's language ([`VariationModel::localized`]).
    pub unavailable: Option<String>,
    /// Its picks when ticked: the form's values, each fitted to this model.
    pub start: VariationPick,
    /// Why, as catalog messages (not sent).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub unavailable_texts: Vec<Text>,
}

impl VariationModel {
    /// The same, its reason in `lang`'s words.
    pub fn localized(mut self, lang: &Localizer) -> VariationModel {
        if !self.unavailable_texts.is_empty() {
            let words: Vec<String> = self
                .unavailable_texts
                .iter()
                .map(|t| t.render(lang))
                .collect();
            self.unavailable = Some(words.join(" "));
        }
        self
    }
}

/// `want` if `allowed` has it (any case, the model's spelling), else the nearest allowed
/// aspect ratio (by shape; "Auto" and other words become the first).
fn nearest_ratio(want: &str, allowed: &[String]) -> String {
    if let Some(a) = allowed.iter().find(|a| a.eq_ignore_ascii_case(want.trim())) {
        return a.clone();
    }
    let shape = |r: &str| -> Option<f64> {
        let (w, h) = r.trim().split_once(':')?;
        let (w, h): (f64, f64) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
        (w > 0.0 && h > 0.0).then(|| (w / h).ln())
    };
    let Some(first) = allowed.first() else {
        return want.to_string();
    };
    let Some(target) = shape(want) else {
        return first.clone();
    };
    allowed
        .iter()
        .filter_map(|a| shape(a).map(|s| (a, (s - target).abs())))
        .min_by(|x, y| x.1.total_cmp(&y.1))
        .map_or_else(|| first.clone(), |(a, _)| a.clone())
}

/// `want` if allowed, else the nearest allowed duration (the longer one on a tie).
fn nearest_duration(want: u32, allowed: &[u32]) -> u32 {
    allowed
        .iter()
        .copied()
        .min_by_key(|&a| (a.abs_diff(want), std::cmp::Reverse(a)))
        .unwrap_or(want)
}

/// `want` if allowed (the model's spelling), else the model's first quality.
fn nearest_quality(want: &str, allowed: &[String]) -> Option<String> {
    allowed
        .iter()
        .find(|a| a.eq_ignore_ascii_case(want.trim()))
        .or(allowed.first())
        .cloned()
}

/// A quality as the creator reads it.
fn quality_word(q: &str) -> String {
    match q.to_ascii_lowercase().as_str() {
        "std" | "standard" => "Standard".into(),
        "pro" => "Pro".into(),
        _ => {
            let mut c = q.chars();
            c.next().map_or_else(String::new, |f| {
                f.to_uppercase().chain(c).collect::<String>()
            })
        }
    }
}

/// The form's request for `model`: the prompt and its input media as given, sound and
/// orientation where the model has them, the count within its batch size, and each
/// setting fitted to what the model accepts.
fn base_for(base: &GenerateParams, model: &ModelInfo) -> GenerateParams {
    let ratio = base
        .aspect_ratio
        .as_deref()
        .filter(|r| !r.trim().is_empty());
    GenerateParams {
        model_slug: model.slug.clone(),
        prompt: base.prompt.trim().into(),
        aspect_ratio: match ratio {
            Some(r) => Some(nearest_ratio(r, &model.aspect_ratios)),
            None => model.aspect_ratios.first().cloned(),
        },
        duration_seconds: match base.duration_seconds {
            Some(d) => Some(nearest_duration(d, &model.durations)),
            None => model.durations.first().copied(),
        },
        quality_mode: nearest_quality(
            base.quality_mode.as_deref().unwrap_or(""),
            &model.quality_modes,
        ),
        input_image_urls: base.input_image_urls.clone(),
        input_video_urls: base.input_video_urls.clone(),
        sound: base.sound.filter(|_| model.supports_sound),
        character_orientation: base
            .character_orientation
            .clone()
            .filter(|_| validate::is_motion_control(model)),
        count: base
            .count
            .clamp(1, max_batch(std::slice::from_ref(model), &model.slug)),
    }
}

/// Why `model` cannot render the form's prompt with its input media; `None`: it can. The
/// settings the picker fits (ratio, duration, quality, count) are never the reason.
fn unavailable(base: &GenerateParams, model: &ModelInfo) -> Vec<Text> {
    const FITTED: [&str; 4] = ["aspect_ratio", "duration_seconds", "quality_mode", "count"];
    let Err(errs) = validate::validate(&base_for(base, model), std::slice::from_ref(model)) else {
        return Vec::new();
    };
    errs.0
        .into_iter()
        .filter(|e| !FITTED.contains(&e.field.as_str()))
        .map(field_text)
        .collect()
}

/// `parts` joined by the catalog's `id` ("{ $a } · { $b }"), left to right.
fn joined(id: &'static str, parts: Vec<TextArg>) -> Text {
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_else(|| TextArg::Str(String::new()));
    let mut text = Text::new("errors-as-given").with("text", first);
    for part in parts {
        text = Text::new(id).with("a", text).with("b", part);
    }
    text
}

fn english(texts: &[Text]) -> Option<String> {
    let words: Vec<String> = texts.iter().map(Text::english).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Every model, as the picker offers it for the form's prompt (in matrix order).
pub fn variation_models(base: &GenerateParams, models: &[ModelInfo]) -> Vec<VariationModel> {
    models
        .iter()
        .map(|m| {
            let start = base_for(base, m);
            let why = unavailable(base, m);
            VariationModel {
                slug: m.slug.clone(),
                name: m.name.clone(),
                aspect_ratios: m.aspect_ratios.clone(),
                durations: m.durations.clone(),
                quality_modes: m.quality_modes.clone(),
                count: start.count,
                credits: m.credits,
                unavailable: english(&why),
                unavailable_texts: why,
                start: VariationPick {
                    model_slug: m.slug.clone(),
                    aspect_ratios: start.aspect_ratio.into_iter().collect(),
                    durations: start.duration_seconds.into_iter().collect(),
                    quality_modes: start.quality_mode.into_iter().collect(),
                },
            }
        })
        .collect()
}

/// One axis of a pick, each value fitted to the model (duplicates dropped, order kept):
/// `(value, what was asked when it differs)`. Empty: the form's value, already fitted.
fn fit_axis<T: Clone + PartialEq + ToString>(
    asked: &[T],
    fitted: Option<T>,
    fit: impl Fn(&T) -> T,
) -> Vec<(Option<T>, Option<String>)> {
    if asked.is_empty() {
        return vec![(fitted, None)];
    }
    let mut out: Vec<(Option<T>, Option<String>)> = Vec::new();
    for a in asked {
        let v = fit(a);
        let note = (v != *a).then(|| a.to_string());
        if !out.iter().any(|(x, _)| x.as_ref() == Some(&v)) {
            out.push((Some(v), note));
        }
    }
    out
}

/// The form's prompt in every combination the picks name, per model: each combination
/// valid for its model by construction (a value the model lacks becomes its nearest one,
/// named in the label), checked once more before it is offered.
pub fn variations(
    base: &GenerateParams,
    picks: &[VariationPick],
    models: &[ModelInfo],
) -> QueuePreview {
    let mut b = Builder {
        format: "variations",
        defaults: base,
        models,
        source: None,
        items: Vec::new(),
        problems: Vec::new(),
    };
    for pick in picks {
        let Some(model) = models.iter().find(|m| m.slug == pick.model_slug) else {
            let slug = pick.model_slug.trim();
            b.problem(
                None,
                slug.to_string(),
                Text::new("errors-unknown-model").with("slug", slug),
            );
            continue;
        };
        let why = unavailable(base, model);
        if !why.is_empty() {
            b.problems(None, model.name.clone(), why);
            continue;
        }
        let start = base_for(base, model);
        let ratios = fit_axis(&pick.aspect_ratios, start.aspect_ratio.clone(), |r| {
            nearest_ratio(r, &model.aspect_ratios)
        });
        let durations = fit_axis(&pick.durations, start.duration_seconds, |d| {
            nearest_duration(*d, &model.durations)
        });
        let qualities = fit_axis(&pick.quality_modes, start.quality_mode.clone(), |q| {
            nearest_quality(q, &model.quality_modes).unwrap_or_default()
        });
        for (ratio, ratio_asked) in &ratios {
            for (duration, duration_asked) in &durations {
                for (quality, quality_asked) in &qualities {
                    let seconds = |d: u32| Text::new("errors-seconds").with("seconds", d);
                    let mut parts: Vec<TextArg> = vec![model.name.clone().into()];
                    parts.extend(ratio.clone().map(TextArg::from));
                    parts.extend(duration.map(|d| seconds(d).into()));
                    parts.extend(quality.as_deref().map(|q| quality_word(q).into()));
                    let asked: Vec<TextArg> = [
                        ratio_asked.clone().map(TextArg::from),
                        duration_asked
                            .as_ref()
                            .map(|d| d.parse().map_or_else(|_| d.into(), |n| seconds(n).into())),
                        quality_asked.as_deref().map(|q| quality_word(q).into()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    let mut label_text = joined("errors-variation-part", parts);
                    if !asked.is_empty() {
                        label_text = Text::new("errors-variation-nearest")
                            .with("label", label_text)
                            .with("asked", joined("errors-variation-list", asked))
                            .with("model", model.name.as_str());
                    }
                    let label = label_text.english();
                    if b.rows() >= MAX_ROWS {
                        b.problem(
                            None,
                            label,
                            Text::new("errors-variations-too-many").with("max", MAX_ROWS),
                        );
                        b.label_last_problem(label_text);
                        return b.finish();
                    }
                    let params = GenerateParams {
                        aspect_ratio: ratio.clone(),
                        duration_seconds: *duration,
                        quality_mode: quality.clone().filter(|q| !q.is_empty()),
                        ..start.clone()
                    };
                    match validate::prepare(params, models) {
                        Ok(params) => {
                            b.item(None, label, params, None);
                            if let Some(item) = b.items.last_mut() {
                                item.label_text = Some(label_text);
                            }
                        }
                        Err(v) => {
                            b.problems(None, label, field_texts(v));
                            b.label_last_problem(label_text);
                        }
                    }
                }
            }
        }
    }
    b.finish()
}

#[cfg(test)]
mod tests;
