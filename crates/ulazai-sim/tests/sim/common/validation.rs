//! Helpers of the generate-validation tests (`validation_*.rs`).

use reqwest::Client;
use serde_json::Value;
use ulazai_sim::{SimConfig, SimHandle};

use super::{generate, quick, start};

pub async fn sim() -> SimHandle {
    start(SimConfig {
        generate_limit_per_hour: 1000,
        ..quick()
    })
    .await
}

/// Every case must be refused with exactly this status and message.
pub async fn check_refusals(c: &Client, s: &SimHandle, cases: Vec<(Value, u16, &str)>) {
    for (body, code, msg) in cases {
        let a = generate(c, s, body.clone()).await;
        assert_eq!(a.status.as_u16(), code, "{body}: {}", a.text);
        assert_eq!(a.error(), msg, "{body}");
    }
    assert!(s.jobs().is_empty(), "a refused request creates no job");
}
