#![no_main]
//! The job store's file (`jobs.json`) as the app reads it, whatever it holds: no panic; a
//! well-formed file is salvaged whole; what is read (whole, or salvaged entry by entry)
//! saves and reads back equal; the store built from it gives a snapshot that builds the
//! same store again.

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use ulazai_engine::fuzzing;
use ulazai_engine::store::salvage::salvage;
use ulazai_engine::store::Store;

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = serde_json::from_slice::<Value>(data) {
        if v.is_object() || v.is_array() {
            assert_eq!(
                salvage(data).as_ref(),
                Some(&v),
                "a whole file is kept whole"
            );
        }
    }
    let Some(snap) = fuzzing::store_load(data) else {
        return; // a newer version's file: refused, left as it is
    };
    // `JsonFilePersist::save` writes compact JSON.
    let saved = serde_json::to_vec(&snap).expect("a snapshot serialises");
    let again = fuzzing::store_load(&saved).expect("a saved store is read");
    assert_eq!(again, snap, "saved and read back");

    let store = Store::from_snapshot(snap);
    let first = store.snapshot();
    let second = Store::from_snapshot(first.clone()).snapshot();
    assert_eq!(second, first, "a store's snapshot builds the same store");
});
