//! `set_clip_marks`: pick / reject and stars on several clips in one call, all or none,
//! refused with a sentence the creator reads.

use std::time::Duration;

use serde_json::json;

use crate::support::*;

#[test]
fn marks_are_set_on_several_clips_at_once_and_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let ids = ids_of(&t.ok("generate", json!({"params": veo_params("marks", 3)})));

    let both = t.ok(
        "set_clip_marks",
        json!({"ids": [ids[0], ids[1]], "rating": 4}),
    );
    assert_eq!(ids_of(&both), [ids[0].clone(), ids[1].clone()]);
    assert!(both.as_array().unwrap().iter().all(|j| j["rating"] == 4));
    let picked = t.ok("set_clip_marks", json!({"ids": [ids[0]], "flag": "pick"}));
    assert_eq!(picked[0]["flag"], "pick");
    assert_eq!(picked[0]["rating"], 4, "the stars stay");

    for (args, message) in [
        (
            json!({"ids": [ids[2]], "rating": 6}),
            "A clip has 1 to 5 stars (0 clears them): 6 stars is not a rating.",
        ),
        (
            json!({"ids": [ids[2]]}),
            "Choose a flag or a number of stars to set.",
        ),
        (
            json!({"ids": [], "flag": "reject"}),
            "Select at least one clip to mark.",
        ),
    ] {
        let e = t.err("set_clip_marks", args.clone());
        assert_eq!(e["code"], "bad_input", "{args}: {e}");
        assert_eq!(e["message"], message, "{args}: {e}");
    }
    let e = t.err(
        "set_clip_marks",
        json!({"ids": [ids[2], "nope"], "flag": "reject"}),
    );
    assert_eq!(e["code"], "not_found", "{e}");
    let third = t.jobs_where(|j| j["id"] == ids[2].as_str());
    assert!(
        third[0].get("flag").is_none() && third[0].get("rating").is_none(),
        "nothing changed: {third}"
    );

    // Unflag and clear the stars: the card is plain again.
    let plain = t.ok(
        "set_clip_marks",
        json!({"ids": [ids[0]], "flag": "unflagged", "rating": 0}),
    );
    assert!(plain[0].get("flag").is_none() && plain[0].get("rating").is_none());
    wait_for(
        "job://updated with the stars (the UI store hears of each change)",
        Duration::from_secs(10),
        || {
            t.events_named("job://updated")
                .iter()
                .any(|j| j["id"] == ids[1].as_str() && j["rating"] == 4)
        },
    );
    t.shutdown();
    sim.shutdown();
}
