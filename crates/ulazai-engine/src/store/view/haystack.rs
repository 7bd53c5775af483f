//! Every prompt, lowercased as JS lowercases it (`toLowerCase`: `str::to_lowercase`, a
//! final sigma as ς), in one buffer, each entry after a NUL: a search finds its text in all
//! of them in one pass of `memchr::memmem` over contiguous bytes (the prompts one by one
//! from the store, lowercased at each search, took 45 ms at 100,000 jobs; this, a few).
//! A NUL never starts or ends inside a match: a text holding one is searched the slow way.

/// No entry for a slot.
const NONE: u32 = u32::MAX;

/// The prompts of the index's slots (see the module doc).
#[derive(Debug, Default)]
pub(super) struct Haystack {
    buf: Vec<u8>,
    /// Per entry, ascending: where its text starts in `buf`, and its slot.
    starts: Vec<u32>,
    slots: Vec<u32>,
    /// A slot's entry, by slot ([`NONE`]: the slot has no prompt here).
    entry: Vec<u32>,
}

impl Haystack {
    /// From each slot's prompt (`None`: no prompt, no entry).
    pub fn build<'a>(prompts: impl Iterator<Item = (u32, Option<&'a str>)>) -> Haystack {
        let mut h = Haystack::default();
        for (slot, prompt) in prompts {
            let Some(p) = prompt.filter(|p| !p.is_empty()) else {
                continue;
            };
            h.buf.push(0);
            let at = slot as usize;
            if h.entry.len() <= at {
                h.entry.resize(at + 1, NONE);
            }
            h.entry[at] = h.starts.len() as u32;
            h.starts.push(h.buf.len() as u32);
            h.slots.push(slot);
            lower_into(p, &mut h.buf);
        }
        // Grown by doubling, the buffer held up to twice the prompts' bytes: about 12 MB
        // more than they need at 100,000 jobs, for as long as the haystack lives.
        h.buf.shrink_to_fit();
        h.starts.shrink_to_fit();
        h.slots.shrink_to_fit();
        h.entry.shrink_to_fit();
        h
    }

    /// Is `prompt` what the slot's entry holds (lowercased)?
    pub fn holds(&self, slot: u32, prompt: Option<&str>) -> bool {
        let prompt = prompt.filter(|p| !p.is_empty());
        let entry = self.entry.get(slot as usize).filter(|e| **e != NONE);
        match (entry, prompt) {
            (None, None) => true,
            (Some(&i), Some(p)) => {
                let i = i as usize;
                let start = self.starts[i] as usize;
                let end = self
                    .starts
                    .get(i + 1)
                    .map_or(self.buf.len(), |s| *s as usize - 1);
                let mut lower = Vec::with_capacity(p.len());
                lower_into(p, &mut lower);
                self.buf[start..end] == lower[..]
            }
            _ => false,
        }
    }

    /// Mark the slot of every prompt holding `lower` (lowercased, no NUL) in `hits`.
    pub fn find(&self, lower: &str, hits: &mut [bool]) {
        debug_assert!(!lower.contains('\0'));
        let mut last = usize::MAX;
        for at in memchr::memmem::find_iter(&self.buf, lower.as_bytes()) {
            let i = self.starts.partition_point(|s| *s as usize <= at) - 1;
            if i != last {
                hits[self.slots[i] as usize] = true;
                last = i;
            }
        }
    }
}

/// `p` lowercased as JS's `toLowerCase` does, appended to `buf`.
fn lower_into(p: &str, buf: &mut Vec<u8>) {
    if p.is_ascii() {
        buf.extend(p.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        buf.extend_from_slice(p.to_lowercase().as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_prompt_holding_the_text_and_never_across_two() {
        let prompts = [
            (0, Some("A Red Fox")),
            (1, None),
            (2, Some("fox at night")),
            (5, Some("ΟΔΟΣ")),
            (3, Some("")),
            (4, Some("RED")),
        ];
        let h = Haystack::build(prompts.iter().map(|(s, p)| (*s, *p)));
        let found = |text: &str| {
            let mut hits = vec![false; 6];
            h.find(text, &mut hits);
            (0..6).filter(|i| hits[*i]).collect::<Vec<_>>()
        };
        assert_eq!(found("fox"), [0, 2]);
        assert_eq!(found("red"), [0, 4]);
        // "a red fox" and "fox at night" are neighbours in the buffer, with a NUL between.
        assert_eq!(
            found("foxfox"),
            Vec::<usize>::new(),
            "never across two prompts"
        );
        assert_eq!(found("x"), [0, 2]);
        // ΟΔΟΣ lowercases with a final sigma (ς), as JS's toLowerCase does.
        assert_eq!(found("\u{3bf}\u{3b4}\u{3bf}\u{3c2}"), [5]);
        assert_eq!(found("\u{3bf}\u{3b4}\u{3bf}\u{3c3}"), Vec::<usize>::new());
        assert!(h.holds(0, Some("a red FOX")) && !h.holds(0, Some("a red dog")));
        assert!(h.holds(1, None) && h.holds(3, None) && !h.holds(1, Some("x")));
        assert!(h.holds(5, Some("ΟΔΟΣ")));
    }

    #[test]
    fn keeps_no_spare_room_once_built() {
        let prompts: Vec<String> = (0..5_000).map(|i| format!("take {i}: a harbour")).collect();
        let h = Haystack::build(
            prompts
                .iter()
                .enumerate()
                .map(|(i, p)| (i as u32, Some(p.as_str()))),
        );
        assert_eq!(h.buf.capacity(), h.buf.len());
        assert_eq!(h.starts.capacity(), h.starts.len());
        assert_eq!(h.slots.capacity(), h.slots.len());
        assert_eq!(h.entry.capacity(), h.entry.len());
    }
}
