//! Token login, the browser sign-in page with CSRF cookies, folders and merge.

use crate::common;

use common::*;
use reqwest::header::HeaderMap;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use ulazai_sim::SimHandle;

fn set_cookies(h: &HeaderMap) -> Vec<String> {
    h.get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

fn cookie_value(h: &HeaderMap, name: &str) -> Option<String> {
    set_cookies(h).iter().find_map(|c| {
        let first = c.split(';').next().unwrap();
        first.strip_prefix(&format!("{name}=")).map(str::to_string)
    })
}

struct Browser {
    csrf: String,
    session: String,
}

/// POSTs the login form as a browser would: `cookie` is the CSRF cookie sent (if any),
/// `token` the form's hidden CSRF field.
async fn post_login(
    c: &Client,
    url: &str,
    cookie: Option<&str>,
    token: &str,
    user: &str,
    password: &str,
) -> reqwest::Response {
    let mut req = c.post(url);
    if let Some(csrf) = cookie {
        req = req.header("Cookie", format!("csrftoken={csrf}"));
    }
    req.form(&[
        ("csrfmiddlewaretoken", token),
        ("username", user),
        ("password", password),
    ])
    .send()
    .await
    .unwrap()
}

async fn sign_in(c: &Client, sim: &SimHandle) -> Browser {
    let page = c
        .get(format!("{}/accounts/login/", sim.base_url()))
        .send()
        .await
        .unwrap();
    let csrf = cookie_value(page.headers(), "csrftoken").unwrap();
    let url = format!("{}/accounts/login/", sim.base_url());
    let r = post_login(c, &url, Some(&csrf), &csrf, "demo", "demo").await;
    assert_eq!(r.status(), StatusCode::FOUND);
    let session = cookie_value(r.headers(), "sessionid").unwrap();
    Browser { csrf, session }
}

async fn browser_post(
    c: &Client,
    sim: &SimHandle,
    path: &str,
    b: &Browser,
    body: &Value,
) -> Answer {
    read(
        c.post(format!("{}{path}", sim.base_url()))
            .header(
                "Cookie",
                format!("csrftoken={}; sessionid={}", b.csrf, b.session),
            )
            .header("X-CSRFToken", &b.csrf)
            .header("Referer", format!("{}/video-studio/", sim.base_url()))
            .json(body)
            .send()
            .await
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn login_page_is_a_real_form_with_a_csrf_cookie() {
    let sim = start(quick()).await;
    let c = &client();
    let r = c
        .get(format!("{}/accounts/login/", sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let cookie = set_cookies(r.headers())
        .into_iter()
        .find(|c| c.starts_with("csrftoken="))
        .unwrap();
    assert!(cookie.contains("Path=/"));
    assert!(
        !cookie.to_ascii_lowercase().contains("httponly"),
        "the page's JS must read it"
    );
    let csrf = cookie_value(r.headers(), "csrftoken").unwrap();
    let html = r.text().await.unwrap();
    for needle in [
        "<form method=\"post\"",
        "id=\"username\"",
        "id=\"password\"",
        "id=\"sign-in\"",
        "<label for=\"username\">",
        "<label for=\"password\">",
        &format!("name=\"csrfmiddlewaretoken\" value=\"{csrf}\""),
    ] {
        assert!(html.contains(needle), "missing {needle} in {html}");
    }
}

#[tokio::test]
async fn form_login_checks_csrf_and_credentials() {
    let sim = start(quick()).await;
    let c = &client();
    let url = format!("{}/accounts/login/", sim.base_url());
    let csrf = cookie_value(c.get(&url).send().await.unwrap().headers(), "csrftoken").unwrap();

    // Bad credentials: the form again, with an error, user text escaped.
    let r = post_login(c, &url, Some(&csrf), &csrf, "<b>eve</b>", "x").await;
    assert_eq!(r.status(), 200);
    assert!(cookie_value(r.headers(), "sessionid").is_none());
    let html = r.text().await.unwrap();
    assert!(html.contains("Please enter a correct username and password."));
    assert!(html.contains("value=\"&lt;b&gt;eve&lt;/b&gt;\"") && !html.contains("<b>eve"));

    // CSRF token not matching the cookie, or no cookie at all.
    let r = post_login(c, &url, Some(&csrf), &"x".repeat(32), "demo", "demo").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains("CSRF verification failed"));
    let r = post_login(c, &url, None, &csrf, "demo", "demo").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Success: 302 to the studio with an HttpOnly session cookie.
    let r = post_login(c, &url, Some(&csrf), &csrf, "demo", "demo").await;
    assert_eq!(r.status(), StatusCode::FOUND);
    assert_eq!(r.headers()["location"], "/video-studio/");
    let sc = set_cookies(r.headers())
        .into_iter()
        .find(|c| c.starts_with("sessionid="))
        .unwrap();
    assert!(sc.contains("HttpOnly") && sc.contains("Path=/"));
    let sid = cookie_value(r.headers(), "sessionid").unwrap();
    let page = c
        .get(format!("{}/video-studio/", sim.base_url()))
        .header("Cookie", format!("sessionid={sid}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Signed in as demo"));
    let anon = c
        .get(format!("{}/video-studio/", sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(anon.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn folders_need_session_csrf_and_referer() {
    let sim = start(quick()).await;
    let c = &client();
    let b = sign_in(c, &sim).await;
    let path = "/video-studio/api/folders/";
    let a = browser_post(c, &sim, path, &b, &json!({"name": "Trailers"})).await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.body["success"], true);
    assert_eq!(a.body["folder"]["name"], "Trailers");
    assert!(a.body["folder"]["id"].is_number());
    let a = browser_post(c, &sim, path, &b, &json!({"name": "  "})).await;
    assert_eq!(
        (a.status.as_u16(), a.error()),
        (400, "Folder name is required")
    );
    let a = browser_post(c, &sim, path, &b, &json!({"name": "x", "color": "red"})).await;
    assert_eq!(a.error(), "unknown field \"color\"");

    let url = format!("{}{path}", sim.base_url());
    let referer = format!("{}/video-studio/", sim.base_url());
    // No session cookie.
    let a = read(
        c.post(&url)
            .header("Cookie", format!("csrftoken={}", b.csrf))
            .header("X-CSRFToken", &b.csrf)
            .header("Referer", &referer)
            .json(&json!({"name": "x"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (a.status.as_u16(), a.error()),
        (403, "Authentication credentials were not provided.")
    );
    // Wrong CSRF header.
    let a = read(
        c.post(&url)
            .header(
                "Cookie",
                format!("csrftoken={}; sessionid={}", b.csrf, b.session),
            )
            .header("X-CSRFToken", "0".repeat(32))
            .header("Referer", &referer)
            .json(&json!({"name": "x"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (a.status.as_u16(), a.error()),
        (403, "CSRF verification failed")
    );
    // Foreign and missing Referer.
    for referer in [Some("http://evil.example/video-studio/"), None] {
        let mut rb = c
            .post(&url)
            .header(
                "Cookie",
                format!("csrftoken={}; sessionid={}", b.csrf, b.session),
            )
            .header("X-CSRFToken", &b.csrf)
            .json(&json!({"name": "x"}));
        if let Some(r) = referer {
            rb = rb.header("Referer", r);
        }
        let a = read(rb.send().await.unwrap()).await;
        assert_eq!(
            (a.status.as_u16(), a.error()),
            (403, "CSRF verification failed. Referer checking failed.")
        );
    }
    // The API key is not a session.
    let a = post(c, &sim, path, Some(KEY), &json!({"name": "x"})).await;
    assert_eq!(a.status, 403);

    // Expired sessions.
    sim.expire_sessions();
    let a = browser_post(c, &sim, path, &b, &json!({"name": "late"})).await;
    assert_eq!(
        (a.status.as_u16(), a.error()),
        (403, "Authentication credentials were not provided.")
    );
    let folders = sim.folders();
    assert_eq!(folders.len(), 1);
    assert_eq!(folders[0].name, "Trailers");
    assert_eq!(
        get(c, &sim, "/_sim/folders", None).await.body[0]["name"],
        "Trailers"
    );

    // Expire over HTTP too.
    let b = sign_in(c, &sim).await;
    assert_eq!(
        browser_post(c, &sim, path, &b, &json!({"name": "B"}))
            .await
            .status,
        200
    );
    assert_eq!(
        post(c, &sim, "/_sim/sessions/expire", None, &json!({}))
            .await
            .status,
        200
    );
    assert_eq!(
        browser_post(c, &sim, path, &b, &json!({"name": "C"}))
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn merge_of_completed_clips_becomes_a_playable_job() {
    let sim = start(cfg(20.0, 1.0, 5.0)).await;
    let c = &client();
    let b = sign_in(c, &sim).await;
    let path = "/video-studio/api/merge/";
    let ids = create(c, &sim, json!({"model_slug": "kling_3_0", "prompt": "a", "quality_mode": "std", "duration_seconds": 10, "count": 2})).await;

    let a = browser_post(c, &sim, path, &b, &json!({"job_ids": [ids[0], ids[1]]})).await;
    assert_eq!(a.status, 400);
    assert!(
        a.error()
            .starts_with(&format!("Job {} is not completed (status: ", ids[0])),
        "{}",
        a.text
    );

    for id in &ids {
        wait_for(c, &sim, id, "completed").await;
    }
    let a = browser_post(c, &sim, path, &b, &json!({"job_ids": [ids[0]]})).await;
    assert_eq!(a.error(), "Merge needs at least 2 job ids (got 1)");
    let ghost = "00000000-0000-4000-8000-000000000000";
    let a = browser_post(c, &sim, path, &b, &json!({"job_ids": [ids[0], ghost]})).await;
    assert_eq!(a.error(), format!("Job {ghost} not found"));

    let a = browser_post(c, &sim, path, &b, &json!({"job_ids": [ids[1], ids[0]]})).await;
    assert_eq!(a.status, 200, "{}", a.text);
    let merged = a.body["job_id"].as_str().unwrap().to_string();
    let job = status(c, &sim, KEY, &merged).await.body["job"].clone();
    assert_eq!(job["model_slug"], "merge");
    assert_eq!(job["mode"], "merge");
    assert_ne!(job["status"], "completed");
    let done = wait_for(c, &sim, &merged, "completed").await;
    assert_eq!(done["provider_meta"]["effective_duration_seconds"], 20);
    let created =
        chrono::DateTime::parse_from_rfc3339(done["created_at"].as_str().unwrap()).unwrap();
    let completed =
        chrono::DateTime::parse_from_rfc3339(done["completed_at"].as_str().unwrap()).unwrap();
    // Wall-clock timestamps: 6 sim s at 20x = 300 real ms.
    let span = (completed - created).num_milliseconds();
    assert!(
        (299..=300).contains(&span),
        "pending 1 s + (10 + 10) / 4 s of sim time = 300 real ms, got {span}"
    );
    let media = c
        .get(done["result_urls"][0].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(media.status(), 200);
    assert_eq!(media.headers()["content-type"], "video/mp4");
    assert!(media.bytes().await.unwrap().len() > 1000);

    let merges = sim.merges();
    let last = merges.last().unwrap();
    assert_eq!(last.job_ids, vec![ids[1].clone(), ids[0].clone()]);
    assert_eq!(last.merge_job_id.as_deref(), Some(merged.as_str()));
    assert_eq!(merges.len(), 4, "rejected merges are recorded too");
    let over_http = get(c, &sim, "/_sim/merges", None).await;
    assert_eq!(over_http.body.as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let sim = start(quick()).await;
    let c = client();
    let b = sign_in(&c, &sim).await;
    let folder = json!({"name": "Before"});
    let r = browser_post(&c, &sim, "/video-studio/api/folders/", &b, &folder).await;
    assert!(r.status.is_success(), "{}", r.text);
    // Django's LogoutView: POST only, and CSRF-checked.
    let get = c
        .get(format!("{}/accounts/logout/", sim.base_url()))
        .header("Cookie", format!("sessionid={}", b.session))
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);
    let forged = c
        .post(format!("{}/accounts/logout/", sim.base_url()))
        .header("Cookie", format!("sessionid={}", b.session))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN, "no CSRF token");
    assert!(sim.session_ids().contains(&b.session), "still signed in");
    let out = browser_post(&c, &sim, "/accounts/logout/", &b, &json!({})).await;
    assert_eq!(out.status, StatusCode::FOUND);
    assert!(!sim.session_ids().contains(&b.session));
    let after = browser_post(&c, &sim, "/video-studio/api/folders/", &b, &folder).await;
    assert_eq!(
        after.status,
        StatusCode::FORBIDDEN,
        "the old cookie is worthless"
    );
}
