#![no_main]
//! The notification texts (the shell's `platform/notify/text.rs`, compiled here as it is)
//! from server text — prompts, error messages, model names — read through a status answer
//! as the app reads it: no panic; a body as sent on Linux has no raw `<` or `>` and each
//! `&` starts one of the three entities, unescapes to the text cut to `BODY_CHARS`; cut
//! lines stay within their width.
//!
//! Input: up to 6 jobs separated by `\x1e`; each job's prompt, error message and model
//! name separated by `\x1f` (a job with an error message failed). The language is the
//! input's length's: English, German, Japanese or the pseudo-locale.

use libfuzzer_sys::fuzz_target;
use ulazai_engine::api::RemoteJob;
use ulazai_engine::model::{Job, JobOrigin};
use ulazai_i18n::Localizer;

#[allow(dead_code)]
#[path = "../../src-tauri/platform/notify/text.rs"]
mod text;

use text::{
    body_text, distinct_lines, ellipsize, escape_markup, single, summary, Finished, BODY_CHARS,
};

/// Left to right, as a markup reader does.
fn unescape(s: &str) -> String {
    let (mut out, mut rest) = (String::new(), s);
    while let Some(c) = rest.chars().next() {
        let entity = (c == '&')
            .then(|| {
                [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>')]
                    .into_iter()
                    .find(|(e, _)| rest.starts_with(e))
            })
            .flatten();
        match entity {
            Some((e, ch)) => {
                out.push(ch);
                rest = &rest[e.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The body as `notify::show` sends it, checked: escaped for a server that reads markup,
/// the same text as it is for one that does not.
fn check_body(raw: &str) {
    let sent = body_text(raw, true);
    assert!(!sent.contains(['<', '>']), "{sent:?}");
    let mut rest = sent.as_str();
    while let Some(at) = rest.find('&') {
        rest = &rest[at..];
        assert!(
            ["&amp;", "&lt;", "&gt;"]
                .iter()
                .any(|e| rest.starts_with(e)),
            "a bare & in {sent:?}"
        );
        rest = &rest[1..];
    }
    let shown = unescape(&sent);
    assert!(
        shown.chars().count() <= BODY_CHARS,
        "{} chars",
        shown.chars().count()
    );
    if raw.chars().count() <= BODY_CHARS {
        assert_eq!(shown, raw);
    } else {
        let head: String = raw.chars().take(BODY_CHARS - 1).collect();
        assert_eq!(shown, format!("{}…", head.trim_end()));
    }
    assert_eq!(unescape(&escape_markup(raw)), raw);
    assert_eq!(body_text(raw, false), shown);
}

fn finished(fields: &str) -> Finished {
    let mut f = fields.split('\x1f');
    let (prompt, error, model) = (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next());
    let status = if error.is_empty() {
        "completed"
    } else {
        "failed"
    };
    let body = serde_json::json!({"job": {
        "job_id": "job-1", "status": status, "prompt": prompt, "error_message": error,
        "credits_refunded": status == "failed",
    }});
    let remote = RemoteJob::from_status_body(&body.to_string()).expect("a status answer");
    Finished {
        job: Job::from_remote(&remote, JobOrigin::App, "2026-01-01T00:00:00.000Z"),
        model_name: model.map(str::to_string),
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_body(&text);
    let line = ellipsize(&text, 80);
    assert!(
        line.chars().count() <= 80 && !line.contains('\n'),
        "{line:?}"
    );

    let l = Localizer::new(["en", "de", "ja", "en-XA"][data.len() % 4]);
    let burst: Vec<Finished> = text.split('\x1e').take(6).map(finished).collect();
    for f in &burst {
        check_body(&single(&l, f).body);
    }
    if burst.len() >= 2 {
        check_body(&summary(&l, &burst).body);
        let names: Vec<String> = text.split('\x1e').map(str::to_string).collect();
        for l in distinct_lines(&names, 46) {
            assert!(l.chars().count() <= 46, "{l:?}");
        }
    }
});
