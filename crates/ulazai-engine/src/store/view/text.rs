//! The search field's rule, as the UI's `filterJobs` has it: the text, trimmed as JS trims
//! and lowercased as JS lowercases (`toLowerCase`: Unicode's full mapping, a final sigma
//! as ς), is found anywhere in the lowercased prompt, or starts the lowercased job id. The
//! whole text is one piece: "red fox" finds "a red fox", not "a fox, red".

thread_local! {
    /// One buffer for the lowercased prompts a search looks through.
    static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// What the search field holds, ready to match; `None` when it holds only white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    lower: String,
    ascii: bool,
}

impl Needle {
    pub fn new(text: &str) -> Option<Needle> {
        let t = js_trim(text);
        (!t.is_empty()).then(|| {
            let lower = t.to_lowercase();
            Needle {
                ascii: lower.is_ascii(),
                lower,
            }
        })
    }

    /// The trimmed, lowercased text.
    pub fn as_str(&self) -> &str {
        &self.lower
    }

    /// Can the database's prompt search (`store::database::search`) find a superset of the
    /// matches? Its terms (split at white space) of three characters or more go to the
    /// prompt index, shorter ones to `LIKE`, which folds only ASCII letters: a short term
    /// may hold only characters outside ASCII that have no case (CJK, digits, marks).
    pub fn indexable(&self) -> bool {
        self.lower.split_whitespace().all(|t| {
            t.chars().count() >= 3
                || t.chars()
                    .all(|c| c.is_ascii() || (c.to_lowercase().eq([c]) && c.to_uppercase().eq([c])))
        })
    }

    /// Does a job with this prompt and id match?
    pub fn matches(&self, prompt: Option<&str>, id: &str) -> bool {
        prompt.is_some_and(|p| self.in_prompt(p)) || self.starts_id(id)
    }

    fn in_prompt(&self, hay: &str) -> bool {
        let q = self.lower.as_bytes();
        if hay.is_ascii() {
            // An ASCII prompt lowercases to ASCII: only an ASCII text can be in it.
            return self.ascii && ascii_contains_folded(hay.as_bytes(), q);
        }
        if self.ascii && !hay.contains(['\u{130}', '\u{212a}']) {
            // Only İ and the Kelvin sign lowercase to ASCII from outside it: without them,
            // the ASCII text is in the prompt as its ASCII letters fold.
            return ascii_contains_folded(hay.as_bytes(), q);
        }
        if hay.contains('Σ') {
            // Its lowercase depends on its place (ς at a word's end): the whole string's.
            return hay.to_lowercase().contains(&self.lower);
        }
        LOWER.with_borrow_mut(|buf| {
            buf.clear();
            buf.extend(hay.chars().flat_map(char::to_lowercase));
            buf.contains(&self.lower)
        })
    }

    fn starts_id(&self, id: &str) -> bool {
        if id.is_ascii() {
            let q = self.lower.as_bytes();
            if !self.ascii {
                return false;
            }
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

/// Could the prompt index miss this prompt for a text the UI's rule finds in it? The
/// index folds case one character to one with SQLite's tables; JS lowercases with its own
/// Unicode version and not always one to one: İ becomes two characters, Σ depends on its
/// place in the word, and the characters of scripts SQLite's tables do not fold (Cherokee,
/// Georgian Mtavruli, Adlam… in [`UNLIKE_JS`]). A test holds the list to the bundled
/// SQLite: every other cased character folds as JS lowercases it.
pub fn folds_unlike_js(prompt: &str) -> bool {
    !prompt.is_ascii() && prompt.chars().any(char_folds_unlike_js)
}

fn char_folds_unlike_js(c: char) -> bool {
    let c = c as u32;
    c >= 0x80
        && UNLIKE_JS
            .binary_search_by(|&(from, to)| {
                if to < c {
                    std::cmp::Ordering::Less
                } else if from > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// The characters (ranges, in order) the prompt index does not fold as JS lowercases them.
const UNLIKE_JS: &[(u32, u32)] = &[
    (0x0130, 0x0130), // İ: i and a combining dot in JS
    (0x037F, 0x037F),
    (0x03A3, 0x03A3), // Σ: ς at a word's end in JS
    (0x0528, 0x052F),
    (0x13A0, 0x13F5),
    (0x1C89, 0x1C89),
    (0x1C90, 0x1CBF),
    (0x212A, 0x212A), // K (Kelvin): k in JS and in the index, not in `LIKE` (short terms)
    (0x2C2F, 0x2C2F),
    (0xA698, 0xA69B),
    (0xA796, 0xA79F),
    (0xA7AB, 0xA7DC),
    (0xA7F5, 0xA7F5),
    (0x104B0, 0x104D3),
    (0x10570, 0x10595),
    (0x10C80, 0x10CB2),
    (0x10D50, 0x10D65),
    (0x118A0, 0x118BF),
    (0x16E40, 0x16E5F),
    (0x16EA0, 0x16EB8),
    (0x1E900, 0x1E921),
];
