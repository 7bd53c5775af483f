//! A generate request on its way counts as one being sent until it is answered: an app
//! update waits for it (a restart in the middle could lose the answer that names the
//! charged jobs).

use crate::support::engine as support;

use support::*;
use ulazai_sim::Faults;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generate_request_counts_as_sending_until_it_is_answered() {
    let sim = sim_at(20.0, 1.0, 6.0).await;
    let (engine, _ev) = engine(&sim, 20.0).await;
    assert_eq!(engine.jobs().sending(), 0);
    sim.set_faults(Faults {
        hang_generate_ms: 1_500,
        ..Default::default()
    });
    let going = engine.clone();
    let request =
        tokio::spawn(async move { going.jobs().generate(params("a slow answer", 1)).await });
    eventually(5.0, "the request is being sent", || {
        engine.jobs().sending() == 1
    })
    .await;
    let jobs = request.await.unwrap().expect("answered");
    assert_eq!(jobs.len(), 1);
    assert_eq!(engine.jobs().sending(), 0, "answered: nothing being sent");

    // A refused request is no longer being sent either.
    sim.set_faults(Faults::default());
    let mut bad = params("", 1);
    bad.prompt = "".into();
    assert!(engine.jobs().generate(bad).await.is_err());
    assert_eq!(engine.jobs().sending(), 0);
    engine.shutdown().await;
}
