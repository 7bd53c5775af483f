#![no_main]
//! The library index of earlier versions (`library.json`: job id → clip file and length) as
//! the library reads it when it moves into `library.db`, damaged or not: no panic; what is
//! read saves (pretty, as those versions wrote it) and reads back equal, every entry kept.

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use ulazai_engine::fuzzing;
use ulazai_engine::store::salvage::salvage;

fuzz_target!(|data: &[u8]| {
    // `json_file::read_tolerant`: the whole file, else what can be salvaged, else nothing.
    let json = serde_json::from_slice::<Value>(data)
        .ok()
        .or_else(|| salvage(data))
        .unwrap_or(Value::Null);
    let (index, _dropped) = fuzzing::library_index(&json);
    for (id, (file, seconds)) in &index {
        assert!(!file.as_os_str().is_empty(), "{id}: empty file");
        if let Some(s) = seconds {
            assert!(s.is_finite() && *s > 0.0, "{id}: {s}");
        }
    }
    let written = serde_json::to_vec_pretty(&fuzzing::library_index_json(&index)).unwrap();
    let reread: Value = serde_json::from_slice(&written).expect("the library writes JSON");
    let (again, dropped) = fuzzing::library_index(&reread);
    assert_eq!(dropped, 0, "an entry the library wrote is left out");
    assert_eq!(again, index, "saved and read back");
});
