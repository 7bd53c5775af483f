//! The small HTML pages of the browser session (sign-in form, signed-in page).

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;background:#f4f4f7;margin:0}\
main{max-width:22rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;\
box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem;margin-top:0}\
label{display:block;margin:.8rem 0 .2rem}input[type=text],input[type=password]\
{width:100%;padding:.45rem;box-sizing:border-box}button{margin-top:1.2rem;padding:.5rem 1.2rem}\
.error{color:#a40000;background:#fde8e8;padding:.5rem;border-radius:4px}.note{color:#666;font-size:.85rem}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
}

/// The sign-in form. `error` and `username` are user text and get escaped here.
pub fn login_page(
    csrf: &str,
    next: &str,
    username: &str,
    error: Option<&str>,
    demo_hint: bool,
) -> String {
    let error_html = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>\n", escape(e)))
        .unwrap_or_default();
    let hint = if demo_hint {
        "<p class=\"note\">Local UlazAI simulator. Demo account: demo / demo.</p>"
    } else {
        "<p class=\"note\">Local UlazAI simulator.</p>"
    };
    let body = format!(
        "<h1>Sign in to UlazAI</h1>\n{error_html}\
<form method=\"post\" action=\"/accounts/login/\">\n\
<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{csrf}\">\n\
<input type=\"hidden\" name=\"next\" value=\"{next}\">\n\
<label for=\"username\">Username</label>\n\
<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" value=\"{user}\" required autofocus>\n\
<label for=\"password\">Password</label>\n\
<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n\
<button type=\"submit\" id=\"sign-in\">Sign in</button>\n\
</form>\n{hint}",
        csrf = escape(csrf),
        next = escape(next),
        user = escape(username),
    );
    page("Sign in · UlazAI", &body)
}

pub fn studio_page(username: &str) -> String {
    let body = format!(
        "<h1>UlazAI Video Studio</h1>\n<p id=\"signed-in\">Signed in as {}</p>\n\
<p class=\"note\">Local UlazAI simulator. This session can now create folders and merge clips.</p>",
        escape(username)
    );
    page("Video Studio · UlazAI", &body)
}

pub fn csrf_failure_page(reason: &str) -> String {
    let body = format!(
        "<h1>Forbidden (403)</h1>\n<p>CSRF verification failed. Request aborted.</p>\n<p class=\"note\">{}</p>",
        escape(reason)
    );
    page("403 Forbidden", &body)
}
