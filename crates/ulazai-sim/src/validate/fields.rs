//! Typed field readers and the URL rule shared by generate validation.

use serde_json::{Map, Value};

use super::bad;
use crate::error::ApiResult;
use crate::models::ModelSpec;

pub(super) fn opt_str<'a>(body: &'a Map<String, Value>, name: &str) -> ApiResult<Option<&'a str>> {
    match body.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(bad(format!("{name} must be a string"))),
    }
}

pub(super) fn opt_url<'a>(
    body: &'a Map<String, Value>,
    name: &str,
    asset_ok: bool,
) -> ApiResult<Option<&'a str>> {
    let v = opt_str(body, name)?;
    if let Some(u) = v {
        check_url(name, u, asset_ok)?;
    }
    Ok(v)
}

pub(super) fn url_list<'a>(
    body: &'a Map<String, Value>,
    name: &str,
    asset_ok: bool,
) -> ApiResult<Vec<&'a str>> {
    let Some(v) = body.get(name) else {
        return Ok(Vec::new());
    };
    let arr = v
        .as_array()
        .ok_or_else(|| bad(format!("{name} must be a list of URL strings")))?;
    let mut out = Vec::with_capacity(arr.len());
    for item in arr {
        let s = item
            .as_str()
            .ok_or_else(|| bad(format!("{name} must be a list of URL strings")))?;
        check_url(name, s, asset_ok)?;
        out.push(s);
    }
    Ok(out)
}

/// http(s) URL with a host, no whitespace or control characters; `asset://<id>` where
/// allowed.
pub fn check_url(field: &str, url: &str, asset_ok: bool) -> ApiResult<()> {
    let ok = if let Some(rest) = url.strip_prefix("asset://") {
        asset_ok
            && !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    } else {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        match rest {
            Some(r) => {
                let host = r.split(['/', '?', '#']).next().unwrap_or("");
                !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        }
    };
    if ok {
        Ok(())
    } else {
        let allowed = if asset_ok {
            "http(s) URL or asset:// id"
        } else {
            "http(s) URL"
        };
        Err(bad(format!(
            "Invalid URL in {field}: \"{url}\" (must be an {allowed})"
        )))
    }
}

pub(super) fn check_count(
    model: &ModelSpec,
    what: &str,
    got: usize,
    min: usize,
    max: usize,
) -> ApiResult<()> {
    let field = format!("input_{what}_urls");
    if max == 0 && got > 0 {
        return Err(bad(format!(
            "{} does not accept input {what}s ({field})",
            model.slug
        )));
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if min == max && got != min {
        return Err(bad(format!(
            "{} needs exactly {min} input {what}{} (got {got})",
            model.slug,
            plural(min)
        )));
    }
    if got < min {
        return Err(bad(format!(
            "{} needs at least {min} input {what}{} (got {got})",
            model.slug,
            plural(min)
        )));
    }
    if got > max {
        return Err(bad(format!(
            "{} accepts at most {max} input {what}{} (got {got})",
            model.slug,
            plural(max)
        )));
    }
    Ok(())
}
