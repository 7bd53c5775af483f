//! The web account: sign in through the real sign-in window, folders and merges on the
//! server's session endpoints, and the reconnect prompt after the session expires.

use std::time::Duration;

use crate::driver::{e2e_available, App, Profile, TestResult};
use crate::{sim, ONE_WINDOW_AT_A_TIME};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probe_windows() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let _one = ONE_WINDOW_AT_A_TIME.lock().await;
    let sim = sim().await;
    let profile = Profile::new("probe");
    let app = App::launch(&profile, &sim.base_url(), &[]).await?;
    let before = app.client.windows().await?;
    eprintln!("windows before: {before:?}");
    let r = app.client.execute_async("const done = arguments[arguments.length-1]; window.__TAURI_INTERNALS__.invoke('sign_in_web').then(r => done(JSON.stringify(r)), e => done('ERR ' + JSON.stringify(e)));", vec![]).await?;
    eprintln!("invoke: {r:?}");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let after = app.client.windows().await?;
    eprintln!("windows after: {after:?}");
    for w in after.iter() {
        if !before.contains(w) {
            app.client.switch_to_window(w.clone()).await?;
            eprintln!("url in new window: {:?}", app.client.current_url().await);
            eprintln!("title: {:?}", app.client.title().await);
        }
    }
    app.close().await
}
