//! Differential validation: random generate requests over the simulator's model matrix
//! (valid and invalid, as a creator might fill the form). The engine's `prepare` and the
//! strict simulator must agree: every request the engine lets through is accepted when the
//! engine sends it (over HTTP on loopback), and every request the engine refuses is refused
//! by the simulator too when sent as is. A disagreement prints the request.

use crate::support::api as api_support;
use crate::support::props;

use api_support::*;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use ulazai_engine::model::{GenerateParams, ModelInfo};
use ulazai_engine::validate::{normalise, prepare};
use ulazai_sim::SimConfig;

const CASES: u32 = 192;

/// Links a creator might paste (good, bad and odd).
const URLS: &[&str] = &[
    "https://cdn.example.com/a.png",
    "https://cdn.example.com/clip.mp4",
    " https://cdn.example.com/padded.png ",
    "https://cdn.example.com/ü.png?x=1#f",
    "http://127.0.0.1:9/a.png",
    "http://localhost/x.mp4",
    "http://cdn.example.com/plain-http.png",
    "asset://img_42",
    "asset://",
    "ftp://cdn.example.com/a.png",
    "https://",
    "cdn.example.com/a.png",
    "not a link",
    "https://cdn.example.com/a b.png",
    "https://cdn.example.com/bell\u{7}.png",
    "",
    "javascript:alert(1)",
    "file:///etc/passwd",
];

const RATIOS: &[&str] = &[
    "16:9", "9:16", "1:1", "4:3", "21:9", "Auto", "auto", " 16:9 ", "",
];
const QUALITIES: &[&str] = &["std", "pro", "STD", " pro ", "ultra", ""];
const ORIENTATIONS: &[&str] = &["video", "image", "Video ", "sideways", ""];
const DURATIONS: &[u32] = &[0, 1, 5, 6, 8, 10, 15, 20, 25, 30, 31, 60];

fn opt<T: Clone + std::fmt::Debug + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 2 => s.prop_map(Some)].boxed()
}

fn pick(items: Vec<String>) -> BoxedStrategy<String> {
    prop::sample::select(items).boxed()
}

/// A prompt around the model's limit (in characters, some of them multi-byte).
fn prompt(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        Just("A red fox runs through fresh snow at dawn".to_string()),
        Just(String::new()),
        Just("   ".to_string()),
        props::nasty_text(),
        (0usize..3).prop_map(move |extra| "é".repeat(max - 1 + extra)),
        Just(format!("  {}  ", "x".repeat(max))),
    ]
    .boxed()
}

/// Eight times in nine something valid for the model, otherwise anything from `odd`
/// (which may be valid too): about a third of the requests pass, the rest fail on one or
/// more fields.
fn mostly<T: Clone + std::fmt::Debug + 'static>(
    good: impl Strategy<Value = T> + 'static,
    odd: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<T> {
    prop_oneof![8 => good, 1 => odd].boxed()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Requests shaped for one model: its own values mostly, odd ones sometimes.
fn request_for(m: &ModelInfo) -> BoxedStrategy<GenerateParams> {
    let slug = mostly(
        Just(m.slug.clone()),
        prop::sample::select(vec![format!(" {} ", m.slug), m.slug.to_uppercase()]),
    );
    let ratio = mostly(
        opt(pick(m.aspect_ratios.clone())),
        opt(pick(strings(RATIOS))),
    );
    let mut durations: Vec<u32> = m.durations.clone();
    durations.extend_from_slice(DURATIONS);
    let duration = mostly(
        opt(prop::sample::select(non_empty(m.durations.clone()))),
        opt(prop::sample::select(durations)),
    );
    let quality = mostly(
        if m.quality_modes.is_empty() {
            Just(None).boxed()
        } else {
            pick(m.quality_modes.clone()).prop_map(Some).boxed()
        },
        opt(pick(strings(QUALITIES))),
    );
    let orientation = mostly(
        if m.slug.contains("motion_control") {
            pick(strings(&["video", "image"])).prop_map(Some).boxed()
        } else {
            Just(None).boxed()
        },
        opt(pick(strings(ORIENTATIONS))),
    );
    let sound = mostly(
        if m.supports_sound {
            opt(any::<bool>())
        } else {
            prop::sample::select(vec![None, Some(false)]).boxed()
        },
        opt(any::<bool>()),
    );
    let count = mostly(1u32..=4, prop::sample::select(vec![0u32, 5]));
    // Any link, or one of the first seven (the ones that look usable), in lists of the
    // model's own size or of any size.
    let urls = |from: &'static [&'static str], n: std::ops::Range<usize>| {
        prop::collection::vec(prop::sample::select(from).prop_map(str::to_string), n)
    };
    let (imgs, vids) = (m.min_input_images as usize, m.min_input_videos as usize);
    let media = mostly(
        prop_oneof![
            Just((
                vec![URLS[0].to_string(); imgs],
                vec![URLS[1].to_string(); vids]
            )),
            (
                urls(&URLS[..7], imgs..imgs + 1),
                urls(&URLS[..7], vids..vids + 1)
            ),
        ],
        (urls(URLS, 0..3), urls(URLS, 0..3)),
    );
    let prompt = mostly(
        Just("A red fox runs through fresh snow at dawn".to_string()),
        prompt(m.max_prompt_chars.unwrap_or(100) as usize),
    );
    (
        (slug, prompt),
        (ratio, duration, quality),
        media,
        (orientation, sound, count),
    )
        .prop_map(
            |(
                (model_slug, prompt),
                (aspect_ratio, duration_seconds, quality_mode),
                media,
                rest,
            )| {
                let (orientation, sound, count) = rest;
                GenerateParams {
                    model_slug,
                    prompt: prompt.into(),
                    aspect_ratio,
                    duration_seconds,
                    quality_mode,
                    input_image_urls: media.0,
                    input_video_urls: media.1,
                    sound,
                    character_orientation: orientation,
                    count,
                }
            },
        )
        .boxed()
}

/// `select` needs at least one item.
fn non_empty(mut v: Vec<u32>) -> Vec<u32> {
    if v.is_empty() {
        v.push(5);
    }
    v
}

fn request(models: &[ModelInfo]) -> BoxedStrategy<GenerateParams> {
    let per_model: Vec<BoxedStrategy<GenerateParams>> = models.iter().map(request_for).collect();
    let unknown = (
        prop::sample::select(&["", " ", "veo31", "nope", "sora_2"][..]),
        props::nasty_text(),
    )
        .prop_map(|(slug, prompt)| GenerateParams {
            model_slug: slug.to_string(),
            prompt: prompt.into(),
            count: 1,
            ..Default::default()
        });
    prop_oneof![
        12 => prop::strategy::Union::new(per_model),
        1 => unknown,
    ]
    .boxed()
}

#[test]
fn engine_validation_and_the_simulator_agree() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let sim = rt.block_on(start_sim(SimConfig {
        credits: u64::MAX / 4,
        generate_limit_per_hour: u32::MAX,
        ..fast_config()
    }));
    let client = demo_client(&sim);
    let models = rt.block_on(client.models()).expect("the model matrix");
    let http = reqwest::Client::new();
    let url = format!("{}/api/v1/video-studio/generate/", sim.base_url());

    let tally = std::sync::Mutex::new((0u32, 0u32));
    let mut runner = TestRunner::new(props::config(CASES));
    let result = runner.run(&request(&models), |params| {
        let verdict = prepare(params.clone(), &models);
        {
            let mut t = tally.lock().unwrap();
            if verdict.is_ok() {
                t.0 += 1;
            } else {
                t.1 += 1;
            }
        }
        match verdict {
            Ok(prepared) => {
                // What the app does: send the prepared request through its own client.
                let answer = rt.block_on(client.generate(&prepared));
                prop_assert!(
                    answer.is_ok(),
                    "the engine let this through, the simulator refused it: {:?}\n\
                     request: {:#?}\nas sent: {:#?}",
                    answer.err(),
                    params,
                    prepared
                );
            }
            Err(engine_says) => {
                // The same request as the creator filled it (normalised as the engine
                // would), sent directly: the simulator must refuse it as well.
                let sent = match models.iter().find(|m| m.slug == params.model_slug.trim()) {
                    Some(m) => normalise(params.clone(), m),
                    None => params.clone(),
                };
                let body = serde_json::to_value(&sent).unwrap();
                let (status, text) = rt.block_on(async {
                    let r = http
                        .post(&url)
                        .bearer_auth(ulazai_sim::DEMO_KEY)
                        .json(&body)
                        .send()
                        .await
                        .expect("the simulator answers");
                    (r.status().as_u16(), r.text().await.unwrap_or_default())
                });
                prop_assert!(
                    status == 400 || status == 404,
                    "the engine refused this ({}), the simulator answered {}: {}\n\
                     request: {:#?}",
                    engine_says,
                    status,
                    text,
                    params
                );
            }
        }
        Ok(())
    });
    sim.shutdown();
    if let Err(e) = result {
        panic!("{e}");
    }
    // Both sides of the comparison were exercised (shrinking runs count too).
    let (accepted, refused) = *tally.lock().unwrap();
    println!("engine accepted {accepted}, refused {refused}");
    let cases = props::config(CASES).cases;
    assert!(
        accepted >= cases / 5 && refused >= cases / 5,
        "a lopsided run tests little: accepted {accepted}, refused {refused}"
    );
}
