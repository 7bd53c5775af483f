//! Helpers shared by the integration tests: start a fast sim, send requests, poll.
#![allow(dead_code)]

pub mod validation;

use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use ulazai_sim::{SimConfig, SimHandle, DEMO_KEY};

pub const KEY: &str = DEMO_KEY;
pub const GENERATE: &str = "/api/v1/video-studio/generate/";

/// A config where phases last `pending`/`render` sim seconds at `speed`×.
pub fn cfg(speed: f64, pending: f64, render: f64) -> SimConfig {
    SimConfig {
        speed,
        pending_secs: pending,
        render_secs: Some(render),
        ..SimConfig::default()
    }
}

/// Jobs finish within a few real milliseconds.
pub fn quick() -> SimConfig {
    cfg(1000.0, 1.0, 2.0)
}

pub async fn start(config: SimConfig) -> SimHandle {
    ulazai_testkit::sim::start(config).await
}

pub fn client() -> Client {
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Answer {
    pub fn error(&self) -> &str {
        assert_eq!(
            self.body["success"],
            json!(false),
            "not an error body: {}",
            self.text
        );
        self.body["error"].as_str().expect("error message")
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    }
}

pub async fn read(resp: reqwest::Response) -> Answer {
    let status = resp.status();
    let headers = resp.headers().clone();
    let text = resp.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        body,
        text,
    }
}

pub async fn get(c: &Client, sim: &SimHandle, path: &str, key: Option<&str>) -> Answer {
    let mut rb = c.get(format!("{}{path}", sim.base_url()));
    if let Some(k) = key {
        rb = rb.bearer_auth(k);
    }
    read(rb.send().await.expect("request")).await
}

pub async fn post(
    c: &Client,
    sim: &SimHandle,
    path: &str,
    key: Option<&str>,
    body: &Value,
) -> Answer {
    let mut rb = c.post(format!("{}{path}", sim.base_url())).json(body);
    if let Some(k) = key {
        rb = rb.bearer_auth(k);
    }
    read(rb.send().await.expect("request")).await
}

pub async fn generate(c: &Client, sim: &SimHandle, body: Value) -> Answer {
    post(c, sim, GENERATE, Some(KEY), &body).await
}

/// A valid request for `veo31_fast`.
pub fn veo() -> Value {
    json!({"model_slug": "veo31_fast", "prompt": "a lighthouse at dusk", "aspect_ratio": "16:9", "duration_seconds": 8})
}

/// Create jobs from a valid body; returns their ids.
pub async fn create(c: &Client, sim: &SimHandle, body: Value) -> Vec<String> {
    let a = generate(c, sim, body).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    a.body["job_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

pub async fn status(c: &Client, sim: &SimHandle, key: &str, id: &str) -> Answer {
    get(
        c,
        sim,
        &format!("/api/v1/video-studio/status/{id}/"),
        Some(key),
    )
    .await
}

/// Poll (every 5 ms, at most 10 s) until the job reaches `want`; returns the job object.
pub async fn wait_for(c: &Client, sim: &SimHandle, id: &str, want: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let a = status(c, sim, KEY, id).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        if a.body["job"]["status"] == want {
            return a.body["job"].clone();
        }
        assert!(
            Instant::now() < deadline,
            "job {id} never reached {want}: {}",
            a.text
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// `base` with the fields of `extra` set (or replaced).
pub fn with(mut base: Value, extra: Value) -> Value {
    for (k, v) in extra.as_object().unwrap() {
        base[k] = v.clone();
    }
    base
}

/// A valid request for `kling_3_0`.
pub fn kling() -> Value {
    json!({"model_slug": "kling_3_0", "prompt": "a fox", "duration_seconds": 5, "quality_mode": "std"})
}
