//! A creator's first hour in one run, crossing the features the way a person does: a batch
//! → a clip moved into a folder → a trim → a merge → a refused render → Edit & retry of that
//! one clip → a prompt list imported into the queue at the hourly limit → settings changed,
//! one of them to a bad value → a restart. After each step it checks what a creator relies
//! on (`checks`): a saved clip stays saved and openable, credits charged = clips asked for,
//! every finished render is notified once, every setting change is kept or refused with a
//! visible message, and nothing is clipped at 860×560.

mod checks;
mod settings;
mod steps;

use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, App, Profile, Step, TestResult};
use crate::flows;
use checks::Books;

pub const MODEL: &str = "veo31_fast";
/// Generate requests the simulator allows per window: the batch, the refused render and the
/// retry use them all, so the imported list meets the limit.
pub const LIMIT: u32 = 3;
pub const WINDOW_SECS: f64 = 150.0;
pub const RENDER: Duration = Duration::from_secs(60);
/// The imported list waits for the window to pass, then renders.
pub const DRAIN: Duration = Duration::from_secs(240);

async fn journey_sim() -> ulazai_sim::SimHandle {
    crate::sim_with(ulazai_sim::SimConfig {
        generate_limit_per_hour: LIMIT,
        rate_window_secs: WINDOW_SECS,
        ..crate::sim_config()
    })
    .await
}

/// What the steps share: the window, the simulator, the profile and the books.
pub struct Journey {
    /// `None` only while the app restarts.
    pub window: Option<App>,
    /// The window's place, on a display of the journey's own (the restart opens there too).
    pub place: crate::places::WindowPlace,
    pub sim: ulazai_sim::SimHandle,
    pub profile: Profile,
    pub books: Books,
    pub start_credits: u64,
    pub price: u64,
    /// A word unique to this run, in every prompt (notifications are told apart by it).
    pub tag: String,
}

impl Journey {
    pub fn app(&self) -> &App {
        self.window.as_ref().expect("the app is running")
    }

    /// The books balance: credits charged = clips asked for, less refunds.
    pub fn books_balance(&self, after: &str) -> TestResult {
        checks::credits_match(&self.sim, self.start_credits, self.price, &self.books)
            .step(&format!("credits after {after}"))
    }

    /// The smallest window: nothing clipped, at least one whole card; then back.
    pub async fn at_small_size(&self, what: &str) -> TestResult {
        resize(self.app(), 860, 560).await?;
        let result = checks::fits_small_window(self.app(), what).await;
        self.app()
            .screenshot(&format!("journey-small-{what}"))
            .await?;
        resize(self.app(), 1280, 800).await?;
        result
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_creators_first_hour_across_the_features() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = journey_sim().await;
    let profile = Profile::new("journey");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    resize(&app, 1280, 800).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY)
        .await
        .step("set the key")?;
    let price = ulazai_sim::models::find(MODEL).ok_or("the model")?.credits;
    let mut j = Journey {
        start_credits: sim.credits(ulazai_sim::DEMO_KEY),
        window: Some(app),
        place,
        sim,
        profile,
        books: Books::default(),
        price,
        tag: format!("j{}", std::process::id()),
    };
    let result = steps::run(&mut j).await;
    if result.is_err() {
        if let Some(app) = &j.window {
            let _ = app.screenshot("journey-failure").await;
        }
    }
    result?;
    match j.window.take() {
        Some(app) => app.close().await,
        None => Ok(()),
    }
}
