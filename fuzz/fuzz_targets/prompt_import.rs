#![no_main]
//! A prompt list (plain text or CSV) against the simulator's model matrix: no panic, and
//! the preview keeps its promises: every item passes validation as it stands (it is what
//! gets queued), lines are lines of the file, a plain-text item's prompt is its line, at
//! most `MAX_ROWS` rows plus the note that the rest was not read, the totals add up; queued,
//! every item is in one request and no request exceeds its model's batch.
//!
//! Input: one byte choosing the file name (and so the format) and the form, then the file.

use libfuzzer_sys::fuzz_target;
use ulazai_engine::api::parse_models_body;
use ulazai_engine::model::{GenerateParams, ModelInfo};
use ulazai_engine::queue::import::{parse_list, MAX_ROWS};
use ulazai_engine::queue::plan::{max_batch, requests, view};
use ulazai_engine::queue::{Queue, QueueItem, QueueItemState};
use ulazai_engine::validate;

/// The simulator's models answer (`GET /api/v1/models/video/`), as served.
const SIM_MODELS: &str = include_str!("../corpus/api_answers/sim-models.json");

fn models() -> &'static [ModelInfo] {
    static M: std::sync::OnceLock<Vec<ModelInfo>> = std::sync::OnceLock::new();
    M.get_or_init(|| parse_models_body(SIM_MODELS).expect("the simulator's matrix reads"))
}

fn form(pick: u8) -> GenerateParams {
    match pick % 3 {
        0 => GenerateParams {
            model_slug: "kling_3_0".into(),
            prompt: "whatever the form holds".into(),
            aspect_ratio: Some("9:16".into()),
            duration_seconds: Some(10),
            quality_mode: Some("pro".into()),
            count: 2,
            ..Default::default()
        },
        1 => GenerateParams {
            model_slug: "veo31_fast".into(),
            aspect_ratio: Some("16:9".into()),
            duration_seconds: Some(8),
            count: 1,
            ..Default::default()
        },
        // A model the matrix does not know.
        _ => GenerateParams {
            model_slug: "gone_model".into(),
            count: 4,
            ..Default::default()
        },
    }
}

fuzz_target!(|data: &[u8]| {
    let [pick, file @ ..] = data else {
        return;
    };
    let name = [None, Some("shots.csv"), Some("shots.txt"), Some("shots")][usize::from(pick >> 6)];
    let content = String::from_utf8_lossy(file);
    let defaults = form(*pick);
    let p = parse_list(&content, name, &defaults, models());

    match name {
        Some(n) if n.ends_with(".csv") => assert_eq!(p.format, "csv"),
        Some(n) if n.ends_with(".txt") => assert_eq!(p.format, "text"),
        _ => assert!(p.format == "csv" || p.format == "text", "{}", p.format),
    }
    assert!(
        p.items.len() + p.problems.len() <= MAX_ROWS + 1,
        "{} rows",
        p.items.len() + p.problems.len()
    );
    // Lines as the reader counts them (CR, LF and CRLF end a line).
    let text = content
        .strip_prefix('\u{feff}')
        .unwrap_or(&content)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let last = lines.len().max(1) as u32 + 1;
    for line in p
        .items
        .iter()
        .filter_map(|i| i.line)
        .chain(p.problems.iter().filter_map(|x| x.line))
    {
        assert!((1..=last).contains(&line), "line {line} of {}", lines.len());
    }
    let mut clips = 0u32;
    for item in &p.items {
        let params = &item.entry.params;
        assert!(!params.prompt.trim().is_empty(), "{item:?}");
        assert!((1..=4).contains(&params.count), "{item:?}");
        assert_eq!(
            validate::prepare(params.clone(), models()).as_ref(),
            Ok(params),
            "an item that does not pass as queued: {item:?}"
        );
        if p.format == "text" {
            let line = item.line.expect("a file's item has its line") as usize;
            assert_eq!(&*params.prompt, lines[line - 1].trim(), "{item:?}");
        }
        clips = clips.saturating_add(params.count.max(1));
    }
    assert_eq!(p.clips, clips);

    // Queued as the engine queues a confirmed preview: every item in exactly one request,
    // no request above its model's batch.
    let mut queue = Queue::default();
    queue.push(p.items.iter().enumerate().map(|(i, item)| QueueItem {
        id: format!("q{i}"),
        state: QueueItemState::Planned,
        params: item.entry.params.clone(),
        folder_id: item.entry.folder.clone(),
        source: item.entry.source.clone(),
        place: item.entry.place.clone(),
        take_of: item.entry.take_of.clone(),
        added_at: "2026-01-01T00:00:00.000Z".into(),
        sent_at: None,
        error: None,
        error_text: None,
    }));
    let reqs = requests(queue.items(), models());
    let mut ids: Vec<&String> = reqs.iter().flat_map(|r| &r.item_ids).collect();
    assert_eq!(ids.len(), p.items.len());
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), p.items.len(), "an item in two requests");
    for r in &reqs {
        assert!(
            r.params.count >= 1 && r.params.count <= max_batch(models(), &r.params.model_slug),
            "{r:?}"
        );
    }
    let _ = view(&queue, models(), 1_767_225_600_000);
    if p.items.iter().all(|i| i.credits.is_some()) {
        let sum = p
            .items
            .iter()
            .filter_map(|i| i.credits)
            .fold(0u32, u32::saturating_add);
        assert_eq!(p.credits, Some(sum));
    } else {
        assert_eq!(p.credits, None);
    }
});
