//! Secrets longer than one keyring entry may hold, kept in several entries.
//!
//! Windows' Credential Manager keeps at most 2,560 bytes per credential
//! (`CRED_MAX_CREDENTIAL_BLOB_SIZE`, 5 × 512; `CredWriteW` docs), and the keyring crate
//! stores the text as UTF-16: 1,280 UTF-16 units. A web session's JSON (session cookie,
//! CSRF token, server) can be longer; the keyring crate refuses it (`TooLong`), so the
//! session would be lost at every restart. Such a value is split: the entry `user` holds
//! a header `ulazai-parts:v1:<n>`, and `user#1` … `user#n` hold the parts, in order, each
//! at most [`PART_UNITS`] UTF-16 units (split on character boundaries). A short value is
//! stored as it is, as before. The same rule on every OS: one format to read back.
//!
//! Only the planning (what goes where) is here; `keyring` does the storing.

/// The most UTF-16 units one entry is given: 2,000 bytes, under Windows' 2,560.
pub const PART_UNITS: usize = 1000;

const HEADER: &str = "ulazai-parts:v1:";

/// The entry names of the parts of `user`'s secret.
pub fn part_user(user: &str, n: usize) -> String {
    format!("{user}#{n}")
}

/// How `value` is stored: `None` when it fits in the one entry as it is; else the header
/// for the main entry and the parts.
pub fn plan(value: &str) -> Option<(String, Vec<String>)> {
    if value.encode_utf16().count() <= PART_UNITS && !value.starts_with(HEADER) {
        return None;
    }
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut units = 0;
    for c in value.chars() {
        if units + c.len_utf16() > PART_UNITS {
            parts.push(std::mem::take(&mut part));
            units = 0;
        }
        part.push(c);
        units += c.len_utf16();
    }
    parts.push(part);
    Some((format!("{HEADER}{}", parts.len()), parts))
}

/// How many parts the main entry's `stored` text announces; `None`: it is the value itself.
pub fn parts_in(stored: &str) -> Option<usize> {
    stored.strip_prefix(HEADER)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_value_is_stored_as_it_is() {
        assert_eq!(plan(r#"{"sessionid":"abc"}"#), None);
        assert_eq!(plan(&"x".repeat(PART_UNITS)), None);
        assert_eq!(parts_in(r#"{"sessionid":"abc"}"#), None);
    }

    #[test]
    fn a_long_value_is_split_into_parts_that_fit_and_join_back() {
        // 3,000 units with characters of 1, 2 (an emoji: a surrogate pair) and 1 unit:
        // no part is cut inside a character, none is over the limit.
        let value: String = "aé😀".repeat(750);
        assert_eq!(value.encode_utf16().count(), 3000);
        let (header, parts) = plan(&value).expect("split");
        assert_eq!(parts_in(&header), Some(parts.len()));
        assert_eq!(parts.len(), 3);
        for p in &parts {
            assert!(p.encode_utf16().count() <= PART_UNITS, "{}", p.len());
            assert!(
                p.encode_utf16().count() * 2 <= 2560,
                "Credential Manager's limit"
            );
        }
        assert_eq!(parts.concat(), value);
        assert_eq!(part_user("web-session", 2), "web-session#2");
    }

    #[test]
    fn a_value_that_looks_like_a_header_is_never_taken_for_one() {
        let (header, parts) = plan("ulazai-parts:v1:9").expect("stored as parts");
        assert_eq!(parts_in(&header), Some(1));
        assert_eq!(parts, vec!["ulazai-parts:v1:9".to_string()]);
    }

    /// The real Credential Manager (Wine's, or Windows' on CI): a web session longer than
    /// one credential may hold is kept, read back whole, shortened and removed, parts
    /// included. (Before: `secret_set` answered "The keyring refused the password", and
    /// the session was gone at the next start.)
    #[cfg(windows)]
    #[test]
    fn a_web_session_longer_than_one_credential_comes_back_whole() {
        use crate::platform::keyring::{secret_delete, secret_get, secret_set};
        let service = format!("ulazai-studio-test-{}", std::process::id());
        let user = "web-session";
        let long = format!(r#"{{"sessionid":"{}"}}"#, "s".repeat(4000));
        let one = |u: &str| keyring::Entry::new(&service, u).unwrap();
        assert!(
            matches!(
                one("probe").set_password(&long),
                Err(keyring::Error::TooLong(..))
            ),
            "one credential cannot hold it: the limit this works around"
        );
        secret_set(&service, user, &long).unwrap();
        assert_eq!(secret_get(&service, user).unwrap(), Some(long.clone()));
        assert!(one(&part_user(user, 5)).get_password().is_ok());

        secret_set(&service, user, "short").unwrap();
        assert_eq!(
            secret_get(&service, user).unwrap().as_deref(),
            Some("short")
        );
        assert!(matches!(
            one(&part_user(user, 1)).get_password(),
            Err(keyring::Error::NoEntry)
        ));

        secret_set(&service, user, &long).unwrap();
        secret_delete(&service, user).unwrap();
        assert_eq!(secret_get(&service, user).unwrap(), None);
        for n in 1..=5 {
            assert!(matches!(
                one(&part_user(user, n)).get_password(),
                Err(keyring::Error::NoEntry)
            ));
        }
    }
}
