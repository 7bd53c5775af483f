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
}
