//! The search field's rule, as the UI's `filterJobs` has it: the text, trimmed as JS trims
//! and lowercased as JS lowercases (`toLowerCase`: Unicode's full mapping, a final sigma
//! as ς), is found anywhere in the lowercased prompt, or starts the lowercased job id. The
//! whole text is one piece: "red fox" finds "a red fox", not "a fox, red".

/// What the search field holds, ready to match; `None` when it holds only white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    lower: String,
}

impl Needle {
    pub fn new(text: &str) -> Option<Needle> {
        let t = js_trim(text);
        (!t.is_empty()).then(|| Needle {
            lower: t.to_lowercase(),
        })
    }

    /// The trimmed, lowercased text.
    pub fn as_str(&self) -> &str {
        &self.lower
    }

    /// Does a job with this prompt and id match?
    pub fn matches(&self, prompt: Option<&str>, id: &str) -> bool {
        prompt.is_some_and(|p| self.in_prompt(p)) || self.starts_id(id)
    }

    fn in_prompt(&self, hay: &str) -> bool {
        let q = self.lower.as_bytes();
        if hay.is_ascii() {
            // An ASCII prompt lowercases to ASCII: only an ASCII text can be in it.
            return self.lower.is_ascii() && ascii_contains_folded(hay.as_bytes(), q);
        }
        hay.to_lowercase().contains(&self.lower)
    }

    fn starts_id(&self, id: &str) -> bool {
        if id.is_ascii() {
            let q = self.lower.as_bytes();
            return id.len() >= q.len() && id.as_bytes()[..q.len()].eq_ignore_ascii_case(q);
        }
        id.to_lowercase().starts_with(&self.lower)
    }
}

/// `hay` (any case) holds `q` (lowercase), both ASCII.
fn ascii_contains_folded(hay: &[u8], q: &[u8]) -> bool {
    let Some((&first, rest)) = q.split_first() else {
        return true;
    };
    if hay.len() < q.len() {
        return false;
    }
    (0..=hay.len() - q.len()).any(|i| {
        hay[i].to_ascii_lowercase() == first && hay[i + 1..i + q.len()].eq_ignore_ascii_case(rest)
    })
}

/// `String.prototype.trim`: JS's white space and line ends (its set differs from Rust's
/// `trim` in two characters: U+0085 is not trimmed, U+FEFF is).
pub fn js_trim(s: &str) -> &str {
    s.trim_matches(|c: char| (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}')
}

/// Could the prompt index miss this prompt for a text the UI's rule finds in it? The index
/// folds case one character to one; JS's lowercasing does not always (İ becomes two
/// characters, Σ depends on its place, and the two follow different Unicode versions).
/// Only a prompt with a character outside ASCII that lowercasing changes can differ.
pub fn folds_unlike_js(prompt: &str) -> bool {
    !prompt.is_ascii()
        && prompt.chars().any(|c| {
            let mut l = c.to_lowercase();
            !(l.next() == Some(c) && l.next().is_none())
        })
}
