//! Test helpers for the API client tests: a simulator, clients, a browser sign-in, and a
//! tiny canned HTTP server for answers the simulator does not produce.
//! Include with `#[path = "support/api.rs"] mod api_support;`.
#![allow(dead_code)]

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use ulazai_engine::api::{Client, ClientConfig, RemoteJob};
use ulazai_engine::model::GenerateParams;
use ulazai_engine::secret::{ApiKey, Auth, WebSession};
use ulazai_sim::{SimConfig, SimHandle};

/// A fast simulator: 200 sim seconds per real second, 1 s pending, 4 s rendering
/// (≈ 25 ms real time from creation to a terminal state).
pub fn fast_config() -> SimConfig {
    SimConfig {
        speed: 200.0,
        pending_secs: 1.0,
        render_secs: Some(4.0),
        ..Default::default()
    }
}

pub async fn start_sim(config: SimConfig) -> SimHandle {
    ulazai_testkit::sim::start(config).await
}

pub fn demo_auth() -> Auth {
    Auth::Bearer(ApiKey::new(ulazai_sim::DEMO_KEY))
}

pub fn client_for(base_url: &str, auth: Option<Auth>, timeout: Duration) -> Client {
    let mut cfg = ClientConfig::new(base_url);
    cfg.timeout = timeout;
    cfg.connect_timeout = Duration::from_secs(2);
    Client::new(cfg, auth).expect("client builds")
}

/// A client with the demo key and a 5 s timeout.
pub fn demo_client(sim: &SimHandle) -> Client {
    client_for(&sim.base_url(), Some(demo_auth()), Duration::from_secs(5))
}

/// A valid one-job Veo 3.1 Fast request.
pub fn veo(prompt: &str, count: u32) -> GenerateParams {
    GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: prompt.into(),
        aspect_ratio: Some("16:9".into()),
        duration_seconds: Some(8),
        count,
        ..Default::default()
    }
}

/// Poll `status` until the job is terminal (plain loop; the scheduler is tested elsewhere).
pub async fn wait_terminal(client: &Client, id: &str) -> RemoteJob {
    for _ in 0..400 {
        let job = client.status(id).await.expect("status");
        if job.status.is_terminal() {
            return job;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("job {id} did not finish");
}

/// Sign in like a browser (`/accounts/login/` with CSRF) and return the web session.
pub async fn sign_in(base_url: &str) -> WebSession {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = http
        .get(format!("{base_url}/accounts/login/"))
        .send()
        .await
        .unwrap();
    let csrf = cookie_value(page.headers(), "csrftoken").expect("csrftoken cookie");
    let form = format!("username=demo&password=demo&csrfmiddlewaretoken={csrf}");
    let done = http
        .post(format!("{base_url}/accounts/login/"))
        .header("Cookie", format!("csrftoken={csrf}"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Referer", format!("{base_url}/accounts/login/"))
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 302, "sign-in redirects");
    let sid = cookie_value(done.headers(), "sessionid").expect("sessionid cookie");
    WebSession {
        session_cookie: ApiKey::new(sid),
        csrf_token: ApiKey::new(csrf),
    }
}

fn cookie_value(h: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    h.get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            let first = v.split(';').next()?;
            let (k, val) = first.split_once('=')?;
            (k.trim() == name).then(|| val.trim().to_string())
        })
}

/// A loopback address where nothing listens.
pub async fn closed_port_url() -> String {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("http://127.0.0.1:{port}")
}

/// Serve `response` (a whole raw HTTP/1.1 answer) to every connection; returns the base URL.
pub async fn canned_server(response: String) -> String {
    scripted_server(move |_| response.clone()).await
}

/// Serve the answer `script(request_line)` gives (e.g. `"GET /api/... HTTP/1.1"`) to each
/// request, one request per connection; returns the base URL.
pub async fn scripted_server<F>(script: F) -> String
where
    F: Fn(&str) -> String + Send + Sync + 'static,
{
    let script = std::sync::Arc::new(script);
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = l.accept().await {
            let script = script.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                let mut seen = Vec::new();
                // Read the request head and body (the tests send small bodies).
                let head = loop {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                    if let Some(end) = find(&seen, b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&seen[..end]).to_string();
                        let len = head
                            .to_ascii_lowercase()
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:").map(str::to_string))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        if seen.len() >= end + 4 + len {
                            break head;
                        }
                    }
                };
                let response = script(head.lines().next().unwrap_or(""));
                let _ = sock.write_all(response.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    url
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A raw answer with a JSON (or any) body and extra header lines.
pub fn raw_answer(status_line: &str, headers: &[&str], body: &str) -> String {
    let mut s = format!(
        "HTTP/1.1 {status_line}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for h in headers {
        s.push_str(h);
        s.push_str("\r\n");
    }
    s.push_str("\r\n");
    s.push_str(body);
    s
}
