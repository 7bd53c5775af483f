//! Every answer, refusals included, is written after the request has been read whole.
//!
//! A server that answers and closes while a request's body is still unread makes its own
//! TCP stack send a reset. Windows drops whatever the client had not read yet when the
//! reset arrives: the client sees "connection reset" instead of the 404, 421, 429 or 5xx.
//! The app's embedded demo simulator runs on Windows, so the simulator must not do that.
//! A body larger than the socket buffers makes the reset certain here too (Linux), before
//! the client reads: the answer is lost on every platform.

use crate::common;

use common::*;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use ulazai_sim::{Faults, SimConfig, SimHandle};

/// 1 MiB: under the body limit, over what the kernel buffers for an unread socket.
const BODY: usize = 1 << 20;

/// Sends `POST path` with a 1 MiB JSON body and `Connection: close`, waits until the server
/// has had time to answer and close, then reads everything: the status, or the read's error.
async fn post_big(sim: &SimHandle, path: &str, host: Option<&str>) -> Result<u16, String> {
    let addr = sim.base_url().trim_start_matches("http://").to_string();
    let host = host.unwrap_or(&addr).to_string();
    let mut sock = TcpStream::connect(&addr).await.unwrap();
    let body = format!("{{\"prompt\": \"{}\"}}", "a".repeat(BODY - 14));
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Authorization: Bearer {KEY}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    sock.write_all(head.as_bytes()).await.unwrap();
    // The head alone first, as a client writing in pieces may send it; a server that answers
    // without the body has answered and closed by the time the body arrives.
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    // The body goes in pieces while the server may already have answered; a write that
    // fails because the server hung up is the defect's first sign, not the test's fault.
    for piece in body.as_bytes().chunks(64 * 1024) {
        if let Err(e) = sock.write_all(piece).await {
            return Err(format!("writing the body: {e}"));
        }
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let mut text = Vec::new();
    sock.read_to_end(&mut text)
        .await
        .map_err(|e| format!("reading the answer: {e}"))?;
    let text = String::from_utf8_lossy(&text);
    let status = text
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status line in {text:?}"))?;
    let json_body: Value = text
        .split_once("\r\n\r\n")
        .and_then(|(_, b)| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null);
    assert_eq!(
        json_body["success"], false,
        "{status}: an error body: {text}"
    );
    Ok(status)
}

#[tokio::test]
async fn refusals_are_read_to_the_end_of_the_request() {
    let sim = start(quick()).await;
    assert_eq!(post_big(&sim, "/no/such/page/", None).await, Ok(404));
    assert_eq!(
        post_big(&sim, "/api/v1/video-studio/status/x/", None).await,
        Ok(405)
    );
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Faults::default()
    });
    let fault = post_big(&sim, GENERATE, None).await;
    assert!(matches!(fault, Ok(500 | 502 | 503)), "{fault:?}");
    assert!(sim.jobs().is_empty(), "a 5xx creates nothing");
}

#[tokio::test]
async fn a_foreign_host_is_refused_after_its_request_is_read() {
    let sim = start(SimConfig {
        only_own_host: true,
        control_endpoints: false,
        ..quick()
    })
    .await;
    assert_eq!(
        post_big(&sim, GENERATE, Some("rebound.example")).await,
        Ok(421)
    );
    assert_eq!(post_big(&sim, "/_sim/fail-next", None).await, Ok(404));
}
