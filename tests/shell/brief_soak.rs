//! The soak's short version (20 jobs, one SIGKILL during a generate, every fault at once):
//! the real app binary loses no job, charges nothing twice and ends every job in the
//! server's state. The full run is `make soak` (benches/soak.rs); both share tests/soak/.

use crate::soak;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_every_fault_and_a_kill_nothing_is_lost_or_charged_twice() {
    if !soak::available() {
        return;
    }
    let plan = soak::Plan::short();
    let report = soak::run(&plan).await.expect("the soak runs");
    report.print(&plan);
    let misses = report.misses(&plan);
    assert!(misses.is_empty(), "goals missed: {misses:#?}");
}
