//! Every error code the client maps, produced over real HTTP (the simulator, plus a canned
//! server for answers the simulator does not give), and the key never leaks into any of them.

use crate::support::api as api_support;

use std::time::Duration;

use api_support::*;
use ulazai_engine::api::{ApiError, Client, ClientConfig, NetworkKind};
use ulazai_engine::model::GenerateParams;
use ulazai_engine::secret::{ApiKey, Auth, WebSession};
use ulazai_sim::{Faults, SimConfig, SimUser};

const SECRET: &str = "ulazai_live_TOPSECRET_9f8e7d6c5b4a3210";
const WRONG: &str = "ulazai_live_WRONGKEY_0123456789abcdef";

fn secret_sim_config() -> SimConfig {
    SimConfig {
        keys: vec![SECRET.into()],
        users: vec![SimUser::new("demo", "demo", SECRET)],
        ..fast_config()
    }
}

/// Produce every error variant, labelled, with requests that carry `SECRET` (or `WRONG`).
/// Also returns the web session used, whose tokens must not leak either.
async fn all_errors() -> (Vec<(&'static str, ApiError)>, WebSession) {
    let sim = start_sim(secret_sim_config()).await;
    let base = sim.base_url();
    let auth = Some(Auth::Bearer(ApiKey::new(SECRET)));
    let client = client_for(&base, auth.clone(), Duration::from_secs(5));
    let mut out = Vec::new();

    let bad_duration = GenerateParams {
        duration_seconds: Some(7),
        ..veo("x", 1)
    };
    out.push(("400", client.generate(&bad_duration).await.unwrap_err()));
    let wrong = client_for(
        &base,
        Some(Auth::Bearer(ApiKey::new(WRONG))),
        Duration::from_secs(5),
    );
    out.push(("401", wrong.generate(&veo("x", 1)).await.unwrap_err()));
    sim.set_credits(SECRET, 150);
    out.push(("402", client.generate(&veo("x", 2)).await.unwrap_err()));
    sim.set_credits(SECRET, 100_000);

    let session = sign_in(&base).await;
    let forged = WebSession {
        session_cookie: session.session_cookie.clone(),
        csrf_token: ApiKey::new("not-a-valid-csrf-token!"),
    };
    out.push((
        "403 csrf",
        client.create_folder(&forged, "f").await.unwrap_err(),
    ));
    sim.expire_sessions();
    out.push((
        "403 expired",
        client.create_folder(&session, "f").await.unwrap_err(),
    ));

    out.push((
        "404 job",
        client
            .status("00000000-0000-4000-8000-000000000000")
            .await
            .unwrap_err(),
    ));
    let unknown = GenerateParams {
        model_slug: "no_such_model".into(),
        ..Default::default()
    };
    out.push(("404 model", client.generate(&unknown).await.unwrap_err()));

    sim.set_faults(Faults {
        storm_429: 1,
        storm_retry_after_secs: 720,
        ..Default::default()
    });
    out.push(("429", client.generate(&veo("x", 1)).await.unwrap_err()));
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Default::default()
    });
    out.push(("5xx", client.history(10, 0).await.unwrap_err()));
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Default::default()
    });
    out.push(("reset", client.history(10, 0).await.unwrap_err()));
    sim.set_faults(Faults {
        malformed_rate: 1.0,
        ..Default::default()
    });
    out.push(("malformed", client.history(10, 0).await.unwrap_err()));
    sim.set_faults(Faults {
        latency_ms: 2_000,
        ..Default::default()
    });
    let impatient = client_for(&base, auth.clone(), Duration::from_millis(300));
    out.push(("timeout", impatient.models().await.unwrap_err()));
    sim.set_faults(Faults::default());

    let refused = client_for(
        &closed_port_url().await,
        auth.clone(),
        Duration::from_secs(2),
    );
    out.push(("connect", refused.models().await.unwrap_err()));
    let teapot = canned_server(raw_answer(
        "418 I'm a teapot",
        &[],
        r#"{"detail":"short and stout"}"#,
    ))
    .await;
    out.push((
        "unexpected",
        client_for(&teapot, auth, Duration::from_secs(2))
            .models()
            .await
            .unwrap_err(),
    ));
    out.push((
        "no credentials",
        client_for(&base, None, Duration::from_secs(2))
            .models()
            .await
            .unwrap_err(),
    ));
    out.push((
        "bad url",
        Client::new(ClientConfig::new("http://example.com"), None).unwrap_err(),
    ));
    (out, session)
}

fn get<'a>(errors: &'a [(&str, ApiError)], label: &str) -> &'a ApiError {
    &errors.iter().find(|(l, _)| *l == label).unwrap().1
}

#[tokio::test]
async fn every_error_code_is_mapped() {
    let (errors, _) = all_errors().await;
    let e = |l| get(&errors, l);
    assert!(
        matches!(e("400"), ApiError::InvalidRequest { message } if message.contains("Invalid duration"))
    );
    assert!(matches!(e("401"), ApiError::Unauthorized { .. }));
    assert!(
        matches!(e("402"), ApiError::InsufficientCredits { message } if message.contains("200"))
    );
    assert!(matches!(e("403 csrf"), ApiError::Forbidden { message } if message.contains("CSRF")));
    assert!(matches!(e("403 expired"), ApiError::Forbidden { .. }));
    assert!(matches!(e("404 job"), ApiError::NotFound { .. }));
    assert!(
        matches!(e("404 model"), ApiError::NotFound { message } if message.contains("no_such_model"))
    );
    assert_eq!(
        e("429"),
        &ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(720)),
            message: "Request was throttled. Expected available in 720 seconds.".into()
        }
    );
    assert!(matches!(
        e("5xx"),
        ApiError::Server {
            status: 500 | 502 | 503,
            ..
        }
    ));
    assert!(matches!(
        e("reset"),
        ApiError::Network {
            kind: NetworkKind::Reset,
            ..
        }
    ));
    assert!(matches!(
        e("malformed"),
        ApiError::UnreadableBody { status: 200, .. }
    ));
    assert!(matches!(
        e("timeout"),
        ApiError::Network {
            kind: NetworkKind::Timeout,
            ..
        }
    ));
    assert!(matches!(
        e("connect"),
        ApiError::Network {
            kind: NetworkKind::Connect,
            ..
        }
    ));
    assert!(
        matches!(e("unexpected"), ApiError::Unexpected { status: 418, message } if message == "short and stout")
    );
    assert_eq!(e("no credentials"), &ApiError::NoCredentials);
    assert!(matches!(e("bad url"), ApiError::BadUrl { .. }));

    // The creator-facing sentences and the UI codes.
    assert_eq!(
        e("401").user_message(),
        "UlazAI did not accept your API key. Check it in Settings → API key."
    );
    assert!(e("402").user_message().starts_with(
        "Not enough credits for this batch. Add credits on ulazai.com, then try again. (UlazAI says: Not enough credits: this batch needs 200"
    ));
    assert_eq!(
        e("429").user_message(),
        "UlazAI's rate limit was reached. You can try again in 12 minutes."
    );
    assert_eq!(e("429").info().retry_after_secs, Some(720));
    assert_eq!(
        e("timeout").user_message(),
        "UlazAI did not answer in time. Check your connection; the app will keep trying."
    );
    let codes: Vec<&str> = errors.iter().map(|(_, e)| e.code().as_str()).collect();
    for code in [
        "invalid_request",
        "unauthorized",
        "insufficient_credits",
        "forbidden",
        "not_found",
        "rate_limited",
        "server",
        "network",
        "unreadable",
        "unexpected",
        "no_credentials",
        "bad_url",
    ] {
        assert!(codes.contains(&code), "{code} covered");
    }
    // Which errors leave a generate ambiguous, which are worth retrying.
    for (label, err) in &errors {
        let ambiguous = matches!(*label, "5xx" | "reset" | "malformed" | "timeout");
        assert_eq!(err.may_have_created_jobs(), ambiguous, "{label}");
        let transient = ambiguous || matches!(*label, "429" | "connect");
        assert_eq!(err.is_transient(), transient, "{label}");
        assert_eq!(err.info().code, err.code());
    }
}

#[tokio::test]
async fn the_key_never_appears_in_any_error() {
    let (errors, session) = all_errors().await;
    let secrets = [
        SECRET,
        WRONG,
        session.session_cookie.expose(),
        session.csrf_token.expose(),
    ];
    for (label, err) in &errors {
        let info = serde_json::to_string(&err.info()).unwrap();
        for text in [
            format!("{err:?}"),
            format!("{err}"),
            err.user_message(),
            info,
        ] {
            for s in secrets {
                assert!(!text.contains(s), "{label}: secret in {text:?}");
                assert!(
                    !text.contains(&s[12..]),
                    "{label}: part of a secret in {text:?}"
                );
            }
        }
    }
    let client = client_for(
        "http://127.0.0.1:1",
        Some(Auth::Bearer(ApiKey::new(SECRET))),
        Duration::from_secs(1),
    );
    assert!(!format!("{client:?}").contains(SECRET));
}

#[tokio::test]
async fn retry_after_as_http_date_and_echoed_secrets_are_scrubbed() {
    let when = (chrono::Utc::now() + chrono::Duration::seconds(90))
        .to_rfc2822()
        .replace("+0000", "GMT");
    let body = format!(r#"{{"success":false,"error":"slow down, Bearer {SECRET}"}}"#);
    let url = canned_server(raw_answer(
        "429 Too Many Requests",
        &[&format!("Retry-After: {when}")],
        &body,
    ))
    .await;
    let client = client_for(
        &url,
        Some(Auth::Bearer(ApiKey::new(SECRET))),
        Duration::from_secs(2),
    );
    match client.models().await.unwrap_err() {
        ApiError::RateLimited {
            retry_after: Some(d),
            message,
        } => {
            assert!((80..=91).contains(&d.as_secs()), "{d:?}");
            assert_eq!(message, "slow down, Bearer [redacted]");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn server_texts_are_capped_and_cleaned() {
    let long = format!("bad\\u0007 \\nthing {}", "x".repeat(2_000));
    let url = canned_server(raw_answer(
        "400 Bad Request",
        &[],
        &format!(r#"{{"message":"{long}"}}"#),
    ))
    .await;
    let client = client_for(&url, Some(demo_auth()), Duration::from_secs(2));
    let ApiError::InvalidRequest { message } = client.models().await.unwrap_err() else {
        panic!()
    };
    assert!(message.starts_with("bad thing xxx"), "{message}");
    assert!(message.chars().count() <= 501 && !message.chars().any(char::is_control));

    let html = canned_server(raw_answer(
        "503 Service Unavailable",
        &[],
        "<html>busy</html>",
    ))
    .await;
    let client = client_for(&html, Some(demo_auth()), Duration::from_secs(2));
    assert_eq!(
        client.models().await.unwrap_err(),
        ApiError::Server {
            status: 503,
            message: "Service Unavailable".into()
        }
    );
}

#[tokio::test]
async fn a_2xx_without_job_ids_is_unreadable() {
    for body in [
        r#"{"success":true}"#,
        r#"{"success":false,"job_ids":["a"]}"#,
        "OK",
        r#"{"success":true,"job_ids":[]}"#,
    ] {
        let url = canned_server(raw_answer(
            "200 OK",
            &["Content-Type: application/json"],
            body,
        ))
        .await;
        let client = client_for(&url, Some(demo_auth()), Duration::from_secs(2));
        let err = client.generate(&veo("x", 1)).await.unwrap_err();
        assert!(
            matches!(err, ApiError::UnreadableBody { status: 200, .. }),
            "{body}: {err:?}"
        );
        assert!(err.may_have_created_jobs());
    }
    let extra = r#"{"success":true,"job_ids":["j1"],"credits_charged":100.0,"jobs":[{}]}"#;
    let headers = ["X-RateLimit-Remaining: 7", "X-RateLimit-Limit: 24"];
    let url = canned_server(raw_answer("201 Created", &headers, extra)).await;
    let answer = client_for(&url, Some(demo_auth()), Duration::from_secs(2))
        .generate(&veo("x", 1))
        .await
        .unwrap();
    assert_eq!(answer.job_ids, vec!["j1"]);
    assert_eq!(
        (answer.rate.remaining, answer.rate.limit),
        (Some(7), Some(24))
    );
}
