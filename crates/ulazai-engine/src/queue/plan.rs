//! The next requests and the estimates the creator sees.
//!
//! Planned items go in order. Consecutive items with identical parameters (all but the
//! clip count) and the same folder share one generate request of up to the model's batch
//! size (at most 4 clips): one request of the hourly budget instead of several. Each
//! request's start time is the budget's schedule for it ("starts around 14:20"); they are
//! recomputed whenever the budget, the order or the queue changes.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::clock::rfc3339;
use super::state::{Queue, QueueItem, QueueItemState, QueuePause};
use crate::model::{FolderId, GenerateParams, JobId, ModelInfo};

/// One generate request to come: the items it carries and what it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub item_ids: Vec<String>,
    /// The items' parameters with `count` = their clips together.
    pub params: GenerateParams,
    pub folder_id: Option<FolderId>,
    /// The clip its items were made from (items of different origins are never batched).
    pub take_of: Option<JobId>,
}

/// The largest batch `slug` takes (1..=4; 4 when the model is unknown).
pub fn max_batch(models: &[ModelInfo], slug: &str) -> u32 {
    models
        .iter()
        .find(|m| m.slug == slug)
        .map_or(4, |m| m.max_batch)
        .clamp(1, 4)
}

fn same_request(a: &QueueItem, b: &QueueItem) -> bool {
    a.folder_id == b.folder_id
        && a.take_of == b.take_of
        && GenerateParams {
            count: 1,
            ..a.params.clone()
        } == GenerateParams {
            count: 1,
            ..b.params.clone()
        }
}

/// The planned items as requests, in order: consecutive identical items batched up to
/// the model's batch size (an item is never split).
pub fn requests(items: &[QueueItem], models: &[ModelInfo]) -> Vec<Request> {
    let mut out: Vec<Request> = Vec::new();
    let mut last: Option<&QueueItem> = None;
    for item in items.iter().filter(|i| i.state == QueueItemState::Planned) {
        let count = item.params.count.max(1);
        if let (Some(prev), Some(req)) = (last, out.last_mut()) {
            let fits = req.params.count + count <= max_batch(models, &item.params.model_slug);
            if same_request(prev, item) && fits {
                req.item_ids.push(item.id.clone());
                req.params.count += count;
                last = Some(item);
                continue;
            }
        }
        out.push(Request {
            item_ids: vec![item.id.clone()],
            params: GenerateParams {
                count,
                ..item.params.clone()
            },
            folder_id: item.folder_id.clone(),
            take_of: item.take_of.clone(),
        });
        last = Some(item);
    }
    out
}

/// The budget as the creator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct BudgetView {
    /// Generate requests allowed per window (the server's figure, else the documented 24).
    pub limit: u32,
    /// Whether `limit` is the server's word.
    pub limit_known: bool,
    /// This app's requests in the current window.
    pub used: u32,
    pub window_secs: u32,
    /// When the next request may go (RFC 3339); `None`: now.
    pub next_at: Option<String>,
}

/// One item with what the creator needs to know about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueuedItem {
    pub item: QueueItem,
    /// When its request is expected to go (RFC 3339); `None` while the queue is paused or
    /// for a refused item. For an item in flight: when it was sent.
    pub starts_at: Option<String>,
    /// Which of the coming requests carries it (0 = next); items with the same number are
    /// sent together. `None` unless planned.
    pub request: Option<u32>,
    /// Its credits (price per clip × clips), when the model's price is known.
    pub credits: Option<u32>,
}

/// The queue as the UI shows it (payload of `queue://updated`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueueView {
    /// Grows with every view the engine makes (under the store's lock, process-wide): an
    /// answer to a command and an event can reach the UI in either order, and the one with
    /// the lower revision shows an older queue.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: u64,
    pub items: Vec<QueuedItem>,
    pub pause: Option<QueuePause>,
    pub budget: BudgetView,
    /// Clips waiting (planned or in flight).
    pub clips: u32,
    /// Their credits, when every model's price is known.
    pub credits: Option<u32>,
    /// Generate requests still to send.
    pub requests: u32,
}

impl QueueView {
    /// The view with its sentences in `lang`'s words (the pause's reason, why an item was
    /// refused), as it leaves
    /// for the window. A sentence saved by an earlier run stays as it was saved.
    pub fn worded(mut self, lang: &ulazai_i18n::Localizer) -> QueueView {
        if let Some(pause) = &mut self.pause {
            if let Some(text) = &pause.text {
                pause.message = Some(text.render(lang));
            }
        }
        for queued in &mut self.items {
            if let Some(text) = &queued.item.error_text {
                queued.item.error = Some(text.render(lang));
            }
        }
        self
    }
}

/// The credits of `count` clips of `slug`, when the price is known.
pub fn credits(models: &[ModelInfo], slug: &str, count: u32) -> Option<u32> {
    let per = models.iter().find(|m| m.slug == slug)?.credits?;
    Some(per.saturating_mul(count.max(1)))
}

/// The view at `now_ms`.
pub fn view(queue: &Queue, models: &[ModelInfo], now_ms: i64) -> QueueView {
    let reqs = requests(queue.items(), models);
    let times = if queue.pause().is_some() {
        Vec::new()
    } else {
        queue.budget.schedule(now_ms, reqs.len())
    };
    let request_of = |id: &str| reqs.iter().position(|r| r.item_ids.iter().any(|x| x == id));
    let items: Vec<QueuedItem> = queue
        .items()
        .iter()
        .map(|item| {
            let request = request_of(&item.id);
            let starts_at = match item.state {
                QueueItemState::Submitting => item.sent_at.clone(),
                _ => request.and_then(|r| times.get(r)).map(|t| rfc3339(*t)),
            };
            QueuedItem {
                starts_at,
                request: request.map(|r| r as u32),
                credits: credits(models, &item.params.model_slug, item.params.count),
                item: item.clone(),
            }
        })
        .collect();
    let waiting: Vec<&QueuedItem> = items
        .iter()
        .filter(|q| q.item.state != QueueItemState::Refused)
        .collect();
    let next = queue.budget.next_free(now_ms);
    QueueView {
        revision: 0,
        clips: waiting.iter().map(|q| q.item.params.count.max(1)).sum(),
        credits: waiting.iter().map(|q| q.credits).sum(),
        requests: reqs.len() as u32,
        budget: BudgetView {
            limit: queue.budget.limit(),
            limit_known: queue.budget.limit_is_known(),
            used: queue.budget.used(now_ms),
            window_secs: (queue.budget.window_ms() / 1000) as u32,
            next_at: (next > now_ms).then(|| rfc3339(next)),
        },
        pause: queue.pause().cloned(),
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::queue::state::tests::item_for as item;

    fn groups(items: &[QueueItem]) -> Vec<(Vec<String>, u32)> {
        requests(items, &[])
            .into_iter()
            .map(|r| (r.item_ids, r.params.count))
            .collect()
    }

    #[test]
    fn identical_neighbours_share_a_request_of_at_most_four() {
        let items = vec![
            item("a", "fox", 1),
            item("b", "fox", 2),
            item("c", "fox", 2), // 1 + 2 + 2 > 4: a new request
            item("d", "owl", 1),
            item("e", "fox", 1), // not next to the other foxes: order is kept
        ];
        let g = groups(&items);
        assert_eq!(
            g,
            vec![
                (vec!["a".into(), "b".into()], 3),
                (vec!["c".into()], 2),
                (vec!["d".into()], 1),
                (vec!["e".into()], 1),
            ]
        );
        // A different folder or ratio is a different request.
        let mut other = item("f", "owl", 1);
        other.folder_id = Some("f1".into());
        let mut ratio = item("g", "owl", 1);
        ratio.params.aspect_ratio = Some("9:16".into());
        assert_eq!(groups(&[item("d", "owl", 1), other, ratio]).len(), 3);
        // In-flight and refused items are not planned.
        let mut sent = item("h", "fox", 1);
        sent.state = QueueItemState::Submitting;
        assert_eq!(groups(&[sent, item("i", "fox", 1)]).len(), 1);
    }

    #[test]
    fn items_made_from_different_clips_are_never_batched_and_keep_their_origin() {
        let from = |id: &str, origin: Option<&str>| QueueItem {
            take_of: origin.map(str::to_string),
            ..item(id, "fox", 1)
        };
        let items = [
            from("a", Some("clip-1")),
            from("b", Some("clip-1")),
            from("c", Some("clip-2")),
            from("d", None),
        ];
        let reqs = requests(&items, &[]);
        let got: Vec<(Vec<String>, Option<String>)> =
            reqs.into_iter().map(|r| (r.item_ids, r.take_of)).collect();
        assert_eq!(
            got,
            vec![
                (vec!["a".into(), "b".into()], Some("clip-1".into())),
                (vec!["c".into()], Some("clip-2".into())),
                (vec!["d".into()], None),
            ]
        );
        // Through a restart: the saved queue keeps each item's origin.
        let mut q = Queue::default();
        q.push(items.clone());
        let text = serde_json::to_string(&q.snapshot()).unwrap();
        let back = Queue::restore(serde_json::from_str(&text).unwrap());
        assert_eq!(back.item("c").unwrap().take_of.as_deref(), Some("clip-2"));
        assert_eq!(back.item("d").unwrap().take_of, None);
        assert!(!text.contains(r#""take_of":null"#), "stored only when set");
    }

    #[test]
    fn estimates_follow_the_budget_and_the_order() {
        let mut q = Queue::default();
        q.push((0..30).map(|i| item(&format!("q{i}"), &format!("shot {i}"), 1)));
        let now = 1_700_000_000_000;
        let v = view(&q, &[], now);
        assert_eq!((v.clips, v.requests), (30, 30));
        let at = |v: &QueueView, i: usize| {
            crate::queue::clock::parse_ms(v.items[i].starts_at.as_deref().unwrap()).unwrap()
        };
        // 24 per hour: the first 24 now, the 25th an hour later.
        assert_eq!(at(&v, 0), now / 1000 * 1000);
        assert!(at(&v, 24) >= now + 3_600_000, "{:?}", v.items[24].starts_at);
        // Moved to the front, the last starts now.
        q.move_to("q29", 0);
        let v = view(&q, &[], now);
        assert_eq!(v.items[0].item.id, "q29");
        assert_eq!(at(&v, 0), now / 1000 * 1000);
        // Paused: no estimate.
        q.set_pause(Some(QueuePause::new(
            crate::queue::PauseReason::User,
            None,
            "x".into(),
        )));
        assert!(view(&q, &[], now)
            .items
            .iter()
            .all(|i| i.starts_at.is_none()));
    }

    #[test]
    fn the_pause_and_a_refusal_are_worded_in_the_language_asked() {
        use crate::queue::{PauseReason, QueueItemState, Refusal};
        use crate::Text;
        let mut q = Queue::default();
        q.push([item("a", "fox", 1), item("b", "owl", 1)]);
        let refused: Refusal = Text::new("errors-api-not-found").into();
        q.set_state(&["b".into()], QueueItemState::Refused, None, Some(&refused));
        q.set_pause(Some(QueuePause::new(
            PauseReason::Key,
            Some(Text::new("errors-queue-no-key")),
            "x".into(),
        )));
        let english = view(&q, &[], 0);
        let pause = english.pause.clone().unwrap();
        assert_eq!(
            pause.message.as_deref(),
            Some("Add your UlazAI API key to submit the queue.")
        );
        let de = english.clone().worded(&ulazai_i18n::Localizer::new("de"));
        let de_pause = de.pause.unwrap().message.unwrap();
        assert!(
            de_pause.starts_with("Fügen Sie Ihren UlazAI-API-Schlüssel"),
            "{de_pause}"
        );
        assert_eq!(
            english.items[1].item.error.as_deref(),
            Some("UlazAI does not know this model or job.")
        );
        let de_error = de.items[1].item.error.clone().unwrap();
        assert!(de_error.starts_with("UlazAI kennt"), "{de_error}");
        assert_eq!(de.items[0].item.error, None, "a planned item has none");
        // A pause read back from disk has no catalog message: its saved words stay.
        let mut saved = pause;
        saved.text = None;
        q.set_pause(Some(saved));
        let de = view(&q, &[], 0).worded(&ulazai_i18n::Localizer::new("de"));
        assert_eq!(
            de.pause.unwrap().message.as_deref(),
            Some("Add your UlazAI API key to submit the queue.")
        );
    }
}
