//! A generate the engine could not confirm — the answer was lost after the server created
//! the jobs, and history could not be read to find them — must neither lose those jobs
//! (they become cards once history answers) nor let the creator's "try again" charge the
//! batch twice (the retry finds them in history instead of sending). Found by the soak.

use crate::support::engine as support;

use std::time::Duration;

use support::*;
use ulazai_engine::engine::GenerateError;
use ulazai_sim::Faults;

const SPEED: f64 = 20.0;

/// An engine whose models are cached, then every answer broken off after the server
/// processed the request (generate creates the batch; history cannot be read).
async fn unconfirmed_generate(
    prompt: &str,
) -> (
    ulazai_sim::SimHandle,
    ulazai_engine::engine::Engine,
    Vec<String>,
) {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let (engine, _events) = engine(&sim, SPEED).await;
    engine.jobs().models(false).await.expect("models cached");
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Faults::default()
    });
    let err = engine
        .jobs()
        .generate(params(prompt, 2))
        .await
        .expect_err("no answer could be read");
    assert!(
        matches!(err, GenerateError::Api(ref e) if e.may_have_created_jobs()),
        "{err:?}"
    );
    sim.set_faults(Faults::default());
    let created: Vec<String> = sim.jobs().into_iter().map(|j| j.job_id).collect();
    assert_eq!(created.len(), 2, "the server did create the batch");
    (sim, engine, created)
}

#[tokio::test]
async fn jobs_of_an_unconfirmed_generate_become_cards() {
    let (_sim, engine, created) = unconfirmed_generate("lost in transit").await;
    eventually(10.0, "the server's jobs appear in the app", || {
        created.iter().all(|id| engine.jobs().get(id).is_some())
    })
    .await;
}

#[tokio::test]
async fn trying_an_unconfirmed_generate_again_sends_nothing_twice() {
    let (sim, engine, created) = unconfirmed_generate("try again").await;
    // The creator reads "try again" and presses Generate (the cards may or may not have
    // appeared yet: both must end the same way).
    tokio::time::sleep(Duration::from_millis(30)).await;
    let jobs = engine
        .jobs()
        .generate(params("try again", 2))
        .await
        .expect("the retry answers");
    let mut got: Vec<String> = jobs.into_iter().map(|j| j.id).collect();
    let mut want = created.clone();
    got.sort();
    want.sort();
    assert_eq!(
        got, want,
        "the retry answers with the batch the server made"
    );
    assert_eq!(sim.jobs().len(), 2, "no second batch on the server");
    assert_eq!(count(&sim, "generate"), 1, "generate was sent once");
    for id in &created {
        let job = engine.jobs().get(id).expect("a card");
        assert!(
            job.params.is_some(),
            "the card is the app's own, with its settings"
        );
    }
    // A later, deliberate batch with the same prompt is new work: it is sent.
    let again = engine
        .jobs()
        .generate(params("try again", 1))
        .await
        .expect("a new batch");
    assert!(!created.contains(&again[0].id));
    assert_eq!(sim.jobs().len(), 3);
}
