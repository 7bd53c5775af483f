//! `make soak`: the soak benchmark — 100 jobs through the real app binary while the
//! simulator injects every fault at once and the app is SIGKILLed three times (see
//! tests/soak/mod.rs). Prints the figures table; exits non-zero when a goal (lost 0,
//! duplicates 0, wrong states 0, convergence) is missed. Runs inside
//! tests/harness/desktop-session.sh (display, D-Bus, Secret Service). `SOAK_SEED` picks
//! another run; `SOAK_SHORT=1` runs the short version.

#[path = "../tests/soak/mod.rs"]
mod soak;

fn main() {
    if !soak::available() {
        eprintln!("the soak needs the desktop session: run it with `make soak`");
        std::process::exit(2);
    }
    let plan = if std::env::var_os("SOAK_SHORT").is_some() {
        soak::Plan::short()
    } else {
        soak::Plan::full()
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let report = match rt.block_on(soak::run(&plan)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("the soak could not run: {e}");
            std::process::exit(1);
        }
    };
    report.print(&plan);
    let misses = report.misses(&plan);
    if misses.is_empty() {
        println!("goals met: lost 0, duplicates 0, wrong states 0, converged");
    } else {
        for m in &misses {
            eprintln!("GOAL MISSED: {m}");
        }
        std::process::exit(1);
    }
}
