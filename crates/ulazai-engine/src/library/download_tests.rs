//! The downloader's own tests: content ranges, and the addresses it never connects to
//! (names that resolve to this computer, private address literals, such redirects).

use super::*;

#[test]
fn content_range() {
    assert_eq!(parse_content_range("bytes 5-9/10"), Some((5, Some(10))));
    assert_eq!(parse_content_range("bytes 5-9/*"), Some((5, None)));
    assert_eq!(parse_content_range("items 5-9/10"), None);
}

fn no_cancel() -> watch::Receiver<bool> {
    watch::channel(false).1
}

fn downloader() -> Downloader {
    Downloader::with_options(DownloadOptions {
        server_origin: Some("https://ulazai.com".into()),
        ..DownloadOptions::default()
    })
}

/// This machine's own name, when the system resolver answers it with loopback or
/// private addresses only (it does on most Linux machines: `127.0.1.1` on Debian, the
/// LAN address on CI runners): a name that passes every check on names.
async fn a_name_for_this_computer() -> Option<String> {
    // Through a proxy, the proxy resolves the host (not this resolver): nothing to show.
    if crate::urls::resolver::PROXY_VARS
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
    {
        eprintln!("a proxy is set: the result's host is resolved by the proxy");
        return None;
    }
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| {
            let out = std::process::Command::new("hostname").output().ok()?;
            String::from_utf8(out.stdout).ok()
        })?
        .trim()
        .to_string();
    if name.is_empty() || name.eq_ignore_ascii_case("localhost") {
        return None;
    }
    let addrs: Vec<_> = tokio::net::lookup_host((name.as_str(), 0))
        .await
        .ok()?
        .collect();
    let local = !addrs.is_empty() && addrs.iter().all(|a| crate::urls::is_private_ip(a.ip()));
    local.then_some(name)
}

/// An https result whose host NAME is fine but whose address (from the real system
/// resolver) is this computer is refused before any connection is made.
#[tokio::test]
async fn a_result_host_that_resolves_to_this_computer_is_refused_before_connecting() {
    let Some(name) = a_name_for_this_computer().await else {
        eprintln!("this machine's name does not resolve to a local address: skipped");
        return;
    };
    let (port, connections) = ulazai_testkit::net::counting_listener().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("https://{name}:{port}/clip.mp4");
    let got = tokio::time::timeout(
        Duration::from_secs(20),
        downloader().download(&url, &dir.path().join("x.mp4"), |_| {}, no_cancel()),
    )
    .await
    .expect("refused at once, not retried");
    assert!(
        matches!(got, Err(DownloadError::BadUrl(_))),
        "{url}: {got:?}"
    );
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        connections.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no connection to {url}"
    );
}

/// Address literals of this computer or its network are refused by the URL policy
/// itself (no name is resolved for them), before any connection.
#[tokio::test]
async fn literal_lan_and_loopback_addresses_are_refused_without_a_request() {
    let (port, connections) = ulazai_testkit::net::counting_listener().await;
    let dir = tempfile::tempdir().unwrap();
    for url in [
        "https://10.0.0.1/clip.mp4".to_string(),
        "https://192.168.1.20/clip.mp4".to_string(),
        "https://169.254.169.254/latest/meta-data".to_string(),
        "https://[fc00::1]/clip.mp4".to_string(),
        "https://[::ffff:10.0.0.1]/clip.mp4".to_string(),
        format!("https://[::1]:{port}/clip.mp4"),
        format!("https://127.0.0.2:{port}/clip.mp4"),
    ] {
        let got = tokio::time::timeout(
            Duration::from_secs(5),
            downloader().download(&url, &dir.path().join("x.mp4"), |_| {}, no_cancel()),
        )
        .await
        .unwrap_or_else(|_| panic!("{url}: not refused at once"));
        assert!(
            matches!(got, Err(DownloadError::BadUrl(_))),
            "{url}: {got:?}"
        );
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(connections.load(std::sync::atomic::Ordering::SeqCst), 0);
}

/// The same for a redirect: the local server (the demo's origin, allowed) sends the
/// download on to an https name that resolves to this computer; nothing connects there.
#[tokio::test]
async fn a_redirect_to_a_name_of_this_computer_is_refused_before_connecting() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let Some(name) = a_name_for_this_computer().await else {
        eprintln!("this machine's name does not resolve to a local address: skipped");
        return;
    };
    let (port, connections) = ulazai_testkit::net::counting_listener().await;
    let server = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", server.local_addr().unwrap());
    let to = format!("https://{name}:{port}/clip.mp4");
    let answer = format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\n\r\n");
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = server.accept().await {
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
            let _ = sock.write_all(answer.as_bytes()).await;
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let d = Downloader::with_options(DownloadOptions {
        server_origin: Some(origin.clone()),
        ..DownloadOptions::default()
    });
    let got = tokio::time::timeout(
        Duration::from_secs(20),
        d.download(
            &format!("{origin}/away.mp4"),
            &dir.path().join("x.mp4"),
            |_| {},
            no_cancel(),
        ),
    )
    .await
    .expect("refused at once, not retried");
    assert!(
        matches!(got, Err(DownloadError::BadUrl(_))),
        "{to}: {got:?}"
    );
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        connections.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no connection to {to}"
    );
}
