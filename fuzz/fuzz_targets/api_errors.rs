#![no_main]
//! A refusal from the server (any status, `Retry-After`, body) as the client maps it: no
//! panic; a `Retry-After` wait is at most a week; the server's words are kept as one line of at most 500 characters (and an
//! ellipsis) without control characters; a credential the request carried never comes back
//! in them; the creator's sentence and the error's info are made without panicking.
//!
//! Input: two bytes of status, one of flags (bit 0: a session request), then the
//! `Retry-After` value, the request's secret and the body, separated by the first two `\n`.

use libfuzzer_sys::fuzz_target;
use ulazai_engine::api::ApiError;
use ulazai_engine::fuzzing;

/// The server's words in the error, if it carries them.
fn server_words(e: &ApiError) -> Option<&str> {
    match e {
        ApiError::InvalidRequest { message }
        | ApiError::Unauthorized { message }
        | ApiError::InsufficientCredits { message }
        | ApiError::Forbidden { message }
        | ApiError::NotFound { message }
        | ApiError::RateLimited { message, .. }
        | ApiError::Server { message, .. }
        | ApiError::Unexpected { message, .. } => Some(message),
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let [hi, lo, flags, rest @ ..] = data else {
        return;
    };
    let status = 100 + u16::from_be_bytes([*hi, *lo]) % 500;
    let session = flags & 1 == 1;
    let mut parts = rest.splitn(3, |b| *b == b'\n');
    let retry_after = parts.next().filter(|v| !v.is_empty());
    let secret = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let body = parts.next().unwrap_or_default();

    let Some(plain) = fuzzing::error_answer(status, retry_after, body, session, &[]) else {
        return;
    };
    if let Some(words) = server_words(&plain) {
        assert!(!words.chars().any(char::is_control), "{plain:?}");
        assert!(
            words.chars().count() <= 501,
            "{} chars",
            words.chars().count()
        );
        assert_eq!(words.trim(), words, "{plain:?}");
    }
    // The poll gate adds it to an `Instant`, the queue budget to a clock in milliseconds,
    // the banner to the wall clock: a wait is at most a week, as the other forms are.
    if let ApiError::RateLimited {
        retry_after: Some(wait),
        ..
    } = &plain
    {
        assert!(
            wait.as_secs() <= 7 * 86_400,
            "{retry_after:?} waits {wait:?}"
        );
    }
    let _ = plain.user_message();
    let _ = plain.info();
    let _ = plain.is_transient();

    // A credential is at least 4 characters and goes into a header (what `sensitive`
    // accepts): it must not come back in the error, wherever the server echoes it.
    if secret.chars().count() >= 4 && reqwest_header_ok(&secret) {
        let scrubbed = fuzzing::error_answer(status, retry_after, body, session, &[secret.clone()])
            .expect("same status");
        if let Some(words) = server_words(&scrubbed) {
            for piece in words.split("[redacted]") {
                assert!(!piece.contains(&secret), "{secret:?} in {words:?}");
            }
        }
        let _ = scrubbed.user_message();
    }
});

/// What `HeaderValue::from_str` accepts: visible ASCII, space and tab.
fn reqwest_header_ok(s: &str) -> bool {
    s.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}
