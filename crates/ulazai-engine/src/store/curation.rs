//! A creator's marks on clips: pick / reject and 1 to 5 stars, as photo tools have them.
//! Local data of each job (`Job::flag`, `Job::rating`): never sent to the server, kept
//! through its answers (`apply_remote` leaves them), saved with the job.
//!
//! A change names what it sets ([`Marks`], checked once by [`Marks::new`]) and applies to
//! several clips at once, all or none.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{now_rfc3339, Store};
use crate::error_code::MissingJob;
use crate::model::{ClipFlag, Job, JobId, MAX_STARS};
use crate::text::Text;

/// The flag a change sets: pick, reject, or none (unflagged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum FlagMark {
    Pick,
    Reject,
    Unflagged,
}

impl FlagMark {
    fn flag(self) -> Option<ClipFlag> {
        match self {
            FlagMark::Pick => Some(ClipFlag::Pick),
            FlagMark::Reject => Some(ClipFlag::Reject),
            FlagMark::Unflagged => None,
        }
    }
}

/// What a change sets on each clip; a part left `None` stays as it is on every clip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    flag: Option<FlagMark>,
    /// 0 clears the stars, 1 to 5 sets them.
    stars: Option<u8>,
}

/// Why a change of marks is refused. `Display` is a sentence for the creator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MarksError {
    #[error("A clip has 1 to {MAX_STARS} stars (0 clears them): {0} stars is not a rating.")]
    Stars(u32),
    #[error("Choose a flag or a number of stars to set.")]
    Nothing,
    #[error("Select at least one clip to mark.")]
    NoClips,
    #[error(transparent)]
    MissingJob(#[from] MissingJob),
}

impl MarksError {
    /// The sentence as a catalog message (its `Display` is the English).
    pub fn text(&self) -> Text {
        match self {
            MarksError::Stars(n) => Text::new("errors-marks-stars")
                .with("max", MAX_STARS)
                .with("stars", *n),
            MarksError::Nothing => Text::new("errors-marks-nothing"),
            MarksError::NoClips => Text::new("errors-marks-no-clips"),
            MarksError::MissingJob(m) => m.text(),
        }
    }
}

impl Marks {
    /// A change: `flag` to set (or `None`: leave each clip's), `stars` 0 to clear, 1 to
    /// [`MAX_STARS`] to set (or `None`: leave them). Setting nothing is refused.
    pub fn new(flag: Option<FlagMark>, stars: Option<u32>) -> Result<Marks, MarksError> {
        let stars = match stars {
            Some(n) => Some(
                u8::try_from(n)
                    .ok()
                    .filter(|n| *n <= MAX_STARS)
                    .ok_or(MarksError::Stars(n))?,
            ),
            None => None,
        };
        if flag.is_none() && stars.is_none() {
            return Err(MarksError::Nothing);
        }
        Ok(Marks { flag, stars })
    }

    /// Set only the flag.
    pub fn flag(flag: FlagMark) -> Marks {
        Marks {
            flag: Some(flag),
            stars: None,
        }
    }

    /// Apply to one job; answers whether it changed.
    fn apply(self, job: &mut Job) -> bool {
        let before = (job.flag, job.rating);
        if let Some(f) = self.flag {
            job.flag = f.flag();
        }
        if let Some(n) = self.stars {
            job.rating = (n > 0).then_some(n);
        }
        (job.flag, job.rating) != before
    }
}

impl Store {
    /// Set `marks` on the jobs `ids`, all or none: an unknown id changes nothing
    /// (`MissingJob`), nor does an empty list (`NoClips`). Answers the jobs whose marks
    /// changed (a job that already had them is left as it is, its `updated_at` too).
    pub fn set_marks(&mut self, ids: &[JobId], marks: Marks) -> Result<Vec<Job>, MarksError> {
        if ids.is_empty() {
            return Err(MarksError::NoClips);
        }
        if !ids.iter().all(|id| self.jobs.contains_key(id)) {
            return Err(MissingJob.into());
        }
        let now = now_rfc3339();
        let mut changed = Vec::new();
        for id in ids {
            // Marked on a copy: a job that already had the marks is left as it is.
            let Some(mut job) = self.job(id).cloned() else {
                continue;
            };
            if marks.apply(&mut job) {
                job.updated_at = now.clone();
                changed.push(job.clone());
                self.jobs.insert(id.clone(), std::sync::Arc::new(job));
            }
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::RemoteJob;
    use crate::model::GenerateParams;
    use crate::store::tests::remote;
    use crate::store::{JsonFilePersist, Persist};

    fn store_of(ids: &[&str]) -> Store {
        let mut s = Store::new();
        for (i, id) in ids.iter().enumerate() {
            let params = GenerateParams {
                model_slug: "veo31_fast".into(),
                prompt: format!("shot {i}").into(),
                ..Default::default()
            };
            s.insert(Job::started(id, &params, "2026-01-01T00:00:00.000Z"));
        }
        s
    }

    fn marks_of(s: &Store, id: &str) -> (Option<ClipFlag>, Option<u8>) {
        let j = s.job(id).unwrap();
        (j.flag, j.rating)
    }

    #[test]
    fn six_stars_and_an_empty_change_are_refused_with_a_sentence() {
        assert_eq!(Marks::new(None, Some(6)), Err(MarksError::Stars(6)));
        assert_eq!(
            MarksError::Stars(6).to_string(),
            "A clip has 1 to 5 stars (0 clears them): 6 stars is not a rating."
        );
        assert_eq!(Marks::new(None, Some(300)), Err(MarksError::Stars(300)));
        assert_eq!(Marks::new(None, None), Err(MarksError::Nothing));
        assert!(Marks::new(None, Some(0)).is_ok());
        assert!(Marks::new(None, Some(5)).is_ok());
        assert!(Marks::new(Some(FlagMark::Pick), None).is_ok());
    }

    #[test]
    fn flags_and_stars_set_and_clear_independently_on_several_clips() {
        let mut s = store_of(&["a", "b", "c"]);
        let ab = ["a".to_string(), "b".to_string()];
        let changed = s
            .set_marks(&ab, Marks::new(None, Some(4)).unwrap())
            .unwrap();
        assert_eq!(changed.len(), 2);
        assert_eq!(marks_of(&s, "a"), (None, Some(4)));
        assert_eq!(marks_of(&s, "c"), (None, None), "only the clips named");

        s.set_marks(&ab[..1], Marks::flag(FlagMark::Reject))
            .unwrap();
        assert_eq!(
            marks_of(&s, "a"),
            (Some(ClipFlag::Reject), Some(4)),
            "stars kept"
        );
        s.set_marks(&ab[..1], Marks::flag(FlagMark::Pick)).unwrap();
        assert_eq!(marks_of(&s, "a"), (Some(ClipFlag::Pick), Some(4)));
        s.set_marks(&ab[..1], Marks::new(None, Some(0)).unwrap())
            .unwrap();
        assert_eq!(
            marks_of(&s, "a"),
            (Some(ClipFlag::Pick), None),
            "0 clears the stars"
        );
        s.set_marks(&ab[..1], Marks::flag(FlagMark::Unflagged))
            .unwrap();
        assert_eq!(marks_of(&s, "a"), (None, None));

        // Both at once; a clip that already has them is not reported as changed.
        let both = Marks::new(Some(FlagMark::Pick), Some(2)).unwrap();
        assert_eq!(s.set_marks(&ab, both).unwrap().len(), 2);
        let stamp = s.job("a").unwrap().updated_at.clone();
        assert!(s.set_marks(&ab, both).unwrap().is_empty());
        assert_eq!(s.job("a").unwrap().updated_at, stamp);
    }

    #[test]
    fn an_unknown_id_changes_nothing() {
        let mut s = store_of(&["a"]);
        let ids = ["a".to_string(), "gone".to_string()];
        assert_eq!(
            s.set_marks(&ids, Marks::flag(FlagMark::Pick)),
            Err(MarksError::MissingJob(MissingJob))
        );
        assert_eq!(marks_of(&s, "a"), (None, None), "all or none");
        assert_eq!(
            s.set_marks(&[], Marks::flag(FlagMark::Pick)),
            Err(MarksError::NoClips)
        );
    }

    #[test]
    fn the_servers_answers_keep_the_marks() {
        let mut s = store_of(&["a"]);
        let a = ["a".to_string()];
        s.set_marks(&a, Marks::new(Some(FlagMark::Pick), Some(3)).unwrap())
            .unwrap();
        let answer = |status: &str| RemoteJob {
            model_slug: Some("veo31_fast".into()),
            prompt: Some("the server's prompt".into()),
            result_urls: vec!["https://cdn.example/a.mp4".into()],
            credits_charged: Some(12),
            completed_at: Some("2026-01-01T00:01:00Z".into()),
            ..remote("a", status)
        };
        s.apply_remote(&answer("processing")).expect("changed");
        let done = s.apply_remote(&answer("completed")).expect("changed");
        assert!(done.became_terminal);
        assert_eq!(
            (done.job.flag, done.job.rating),
            (Some(ClipFlag::Pick), Some(3))
        );
        assert_eq!(marks_of(&s, "a"), (Some(ClipFlag::Pick), Some(3)));
    }

    #[test]
    fn the_marks_survive_a_save_and_a_load_through_the_json_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = JsonFilePersist::new(dir.path().join("jobs.json"));
        let mut s = store_of(&["a", "b", "c"]);
        s.set_marks(
            &["a".to_string()],
            Marks::new(Some(FlagMark::Reject), Some(1)).unwrap(),
        )
        .unwrap();
        s.set_marks(&["b".to_string()], Marks::new(None, Some(5)).unwrap())
            .unwrap();
        file.save(&s.snapshot()).unwrap();

        let back = Store::from_snapshot(file.load().unwrap().expect("saved"));
        assert_eq!(marks_of(&back, "a"), (Some(ClipFlag::Reject), Some(1)));
        assert_eq!(marks_of(&back, "b"), (None, Some(5)));
        assert_eq!(marks_of(&back, "c"), (None, None));
    }
}
