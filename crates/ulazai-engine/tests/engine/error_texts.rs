//! Each error that keeps an English `Display` (for logs) says the same in English as its
//! catalog message: the catalog cannot drift from what logs and tests read.

use ulazai_engine::engine::MergeFailure;
use ulazai_engine::store::curation::MarksError;
use ulazai_engine::store::FolderNameError;
use ulazai_engine::MissingJob;

#[test]
fn display_and_catalog_say_the_same_in_english() {
    let merges = [
        MergeFailure::TooFew,
        MergeFailure::TooMany,
        MergeFailure::Duplicate,
        MergeFailure::NotFound("j1".into()),
        MergeFailure::NotCompleted,
        MergeFailure::SessionExpired,
    ];
    for m in merges {
        assert_eq!(
            m.text().expect("a catalog message").english(),
            m.to_string()
        );
    }
    for m in [
        MarksError::Stars(9),
        MarksError::Nothing,
        MarksError::NoClips,
        MarksError::MissingJob(MissingJob),
    ] {
        assert_eq!(m.text().english(), m.to_string());
    }
    for f in [FolderNameError::Empty, FolderNameError::TooLong] {
        assert_eq!(f.text().english(), f.to_string());
    }
    use ulazai_engine::engine::LibraryError;
    use ulazai_engine::library::DownloadError;
    let downloads = [
        DownloadError::Http { status: 403 },
        DownloadError::Http { status: 410 },
        DownloadError::Http { status: 502 },
        DownloadError::Http { status: 418 },
        DownloadError::Network("could not connect to the server".into()),
        DownloadError::SizeMismatch {
            expected: 2048,
            got: 1024,
        },
        DownloadError::Io("disk full".into()),
        DownloadError::Cancelled,
        DownloadError::BadUrl("not https".into()),
        DownloadError::NotVideo,
        DownloadError::TooLarge { limit: 2 << 30 },
        DownloadError::TooLarge { limit: 500 << 20 },
        DownloadError::TooLarge { limit: 4096 },
        DownloadError::TimedOut { secs: 1 },
        DownloadError::TimedOut { secs: 45 },
        DownloadError::TimedOut { secs: 600 },
    ];
    for d in downloads {
        assert_eq!(d.text().english(), d.to_string());
        let l = LibraryError::Download(d);
        assert_eq!(l.text().expect("worded").english(), l.to_string());
    }
    for l in [
        LibraryError::NoJob,
        LibraryError::NoResult,
        LibraryError::Folder {
            dir: "/x".into(),
            why: "read-only".into(),
        },
        LibraryError::NotSaved,
        LibraryError::Refused,
    ] {
        assert_eq!(l.text().expect("worded").english(), l.to_string());
    }
    use ulazai_engine::ffmpeg::MergeError;
    for m in [
        MergeError::NotInstalled {
            how_to_install: "Install it.".into(),
        },
        MergeError::ChosenFfmpeg("/x/ffmpeg is not a program".into()),
        MergeError::Probe("no video stream".into()),
        MergeError::Ffmpeg {
            code: Some(1),
            stderr_tail: "a\nInvalid data found\n\n".into(),
        },
        MergeError::Ffmpeg {
            code: Some(1),
            stderr_tail: " \n".into(),
        },
        MergeError::Ffmpeg {
            code: None,
            stderr_tail: "killed".into(),
        },
        MergeError::Ffmpeg {
            code: None,
            stderr_tail: String::new(),
        },
        MergeError::Cancelled,
        MergeError::Io("disk full".into()),
        MergeError::NeedTwoClips,
        MergeError::BadPath("a line break".into()),
        MergeError::BadTrim("the out point must come after the in point".into()),
    ] {
        assert_eq!(m.text().english(), m.to_string());
        let f = MergeFailure::Ffmpeg(m);
        assert_eq!(f.text().expect("worded").english(), f.to_string());
    }
    use ulazai_engine::library::TrashError;
    for t in [
        TrashError::Trash("permission denied".into()),
        TrashError::Restore("no such item".into()),
        TrashError::Gone,
        TrashError::Taken("/videos/a.mp4".into()),
        TrashError::NotRestorable,
    ] {
        assert_eq!(t.text().english(), t.to_string());
    }
}

/// Every message the API errors name is in every language's catalog (a misspelt id would
/// come back as the id itself), with its variables filled in.
#[test]
fn every_api_error_reads_in_every_language() {
    use std::time::Duration;
    use ulazai_engine::api::{ApiError, NetworkKind};
    use ulazai_i18n::{languages, Localizer, PSEUDO};

    let said = |m: &str| m.to_string();
    let errors = vec![
        ApiError::InvalidRequest { message: said("") },
        ApiError::InvalidRequest {
            message: said("bad ratio"),
        },
        ApiError::Unauthorized { message: said("") },
        ApiError::InsufficientCredits {
            message: said("Need 400 credits, have 100"),
        },
        ApiError::InsufficientCredits {
            message: said("no"),
        },
        ApiError::Forbidden { message: said("") },
        ApiError::NotFound { message: said("") },
        ApiError::NotFound {
            message: said("no such job"),
        },
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(1)),
            message: said(""),
        },
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(45)),
            message: said(""),
        },
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(60)),
            message: said(""),
        },
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(3 * 3600)),
            message: said(""),
        },
        ApiError::RateLimited {
            retry_after: None,
            message: said(""),
        },
        ApiError::Server {
            status: 503,
            message: said(""),
        },
        ApiError::Network {
            kind: NetworkKind::Connect,
            message: said(""),
        },
        ApiError::Network {
            kind: NetworkKind::Timeout,
            message: said(""),
        },
        ApiError::Network {
            kind: NetworkKind::Reset,
            message: said(""),
        },
        ApiError::Network {
            kind: NetworkKind::Other,
            message: said(""),
        },
        ApiError::UnreadableBody {
            status: 200,
            detail: said(""),
        },
        ApiError::Unexpected {
            status: 418,
            message: said(""),
        },
        ApiError::NoCredentials,
        ApiError::BadUrl {
            message: said("not https"),
        },
    ];
    let mut codes: Vec<&str> = languages().iter().map(|l| l.code).collect();
    codes.push(PSEUDO);
    for code in codes {
        let lang = Localizer::new(code);
        for e in &errors {
            let text = e.text();
            let read = text.render(&lang);
            assert!(!read.contains("errors-"), "{code}: {read}");
            assert!(!read.contains('{') && !read.contains('}'), "{code}: {read}");
            assert_ne!(read, text.id, "{code}");
        }
    }
    let credits = ApiError::InsufficientCredits {
        message: said("Need 400 credits, have 100"),
    };
    let de = credits.text().render(&Localizer::new("de"));
    assert!(de.starts_with("Nicht genug Credits"), "{de}");
    assert!(
        de.contains("Need 400 credits, have 100."),
        "the server's words as they are: {de}"
    );
}
