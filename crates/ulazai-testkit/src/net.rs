//! Loopback helpers for tests of what the app connects to.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A TCP listener on every address of this machine that counts the connections made to it
/// (and closes each at once): the port, and the count. A test that must show that nothing
/// connected reads the count after the call it checks.
pub async fn counting_listener() -> (u16, Arc<AtomicUsize>) {
    let l = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = l.accept().await {
            c.fetch_add(1, Ordering::SeqCst);
            drop(sock);
        }
    });
    (port, count)
}
