//! What persisting one status change costs with a big store: the real engine (its
//! debounced saver, its `SqlitePersist`) on a seeded `jobs.db`, against the simulator.
//! One render goes pending → processing → completed; every save is timed and weighed (the
//! bytes this process wrote meanwhile, `/proc/self/io` `write_bytes`, or `wchar` where that
//! stays 0) by a wrapper around the engine's own persistence.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ulazai_engine::api::ClientConfig;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::{Engine, EngineConfig};
use ulazai_engine::model::{GenerateParams, JobStatus};
use ulazai_engine::poll::PollPolicy;
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_engine::store::{Persist, PersistError, Snapshot, SqlitePersist, Store, StoreImage};
use ulazai_sim::SimHandle;

/// One write of the store file.
#[derive(Debug, Clone)]
pub struct Write {
    pub took: Duration,
    pub bytes: u64,
}

/// The engine's database, with every save timed (find the changed rows, write, commit).
struct Timed {
    inner: SqlitePersist,
    writes: Mutex<Vec<Write>>,
    /// A save is under way (its copies of the store are alive).
    saving: std::sync::atomic::AtomicBool,
}

impl Timed {
    /// Time and weigh one save.
    fn timed(&self, save: impl FnOnce() -> Result<(), PersistError>) -> Result<(), PersistError> {
        let before = written();
        let t = Instant::now();
        self.saving.store(true, std::sync::atomic::Ordering::SeqCst);
        let saved = save();
        self.saving
            .store(false, std::sync::atomic::Ordering::SeqCst);
        saved?;
        let took = t.elapsed();
        let bytes = written().saturating_sub(before);
        self.writes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Write { took, bytes });
        Ok(())
    }
}

/// Every way in forwarded, as the engine uses its database: the store's image (its jobs
/// shared with the database) is what the engine loads and saves.
impl Persist for Timed {
    fn load(&self) -> Result<Option<Snapshot>, PersistError> {
        self.inner.load()
    }
    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError> {
        self.timed(|| self.inner.save(snapshot))
    }
    fn load_image(&self) -> Result<Option<StoreImage>, PersistError> {
        self.inner.load_image()
    }
    fn save_image(&self, image: &StoreImage) -> Result<(), PersistError> {
        self.timed(|| self.inner.save_image(image))
    }
    fn prompt_candidates(
        &self,
        query: &str,
        at_most: usize,
    ) -> Option<Result<Vec<ulazai_engine::model::JobId>, PersistError>> {
        Persist::prompt_candidates(&self.inner, query, at_most)
    }
    fn close(&self) -> Result<(), PersistError> {
        self.inner.close()
    }
}

/// Bytes this process has written: `write_bytes` of `/proc/self/io`, or `wchar` when the
/// file system does not count `write_bytes` (a tmpfs, some containers).
fn written() -> u64 {
    let text = std::fs::read_to_string("/proc/self/io").unwrap_or_default();
    let field = |name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or(0)
    };
    match field("write_bytes:") {
        0 => field("wchar:"),
        n => n,
    }
}

/// Bytes malloc has handed out and not taken back (every arena, and the large blocks it
/// maps on its own): what the process's own data structures hold.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn heap_in_use() -> u64 {
    // SAFETY: mallinfo2 only reads the allocator's counters.
    let m = unsafe { libc::mallinfo2() };
    (m.uordblks + m.hblkhd) as u64
}

/// glibc's counters only: the benchmark measures on Linux (`/proc`, WebKitGTK); elsewhere it
/// only has to compile (`make macos-check`), and the heap reads 0.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn heap_in_use() -> u64 {
    0
}

pub struct Figures {
    pub jobs: usize,
    /// The engine's heap once started on the store, at rest (malloc in use, after minus
    /// before the start; no save under way): the store, the database's row digests and
    /// page cache. `None`: the saver never rested for a second in 20 s.
    pub engine_heap: Option<u64>,
    /// Starting the engine on the store (reading jobs.db).
    pub start: Duration,
    /// Opening the library's index (`library.db`, every clip's file), as the app does
    /// while it sets up, and the heap it then holds.
    pub library_open: (Duration, u64),
    /// Every job as the UI's first `list_jobs` answer: time to collect and serialise, bytes.
    pub list_all: (Duration, u64),
    /// The write that followed the render's last status change (processing → completed).
    pub one_change: Write,
    /// Job events (created + each status change) during the render, and writes they caused.
    pub job_events: usize,
    pub writes: usize,
    /// Taking the store's image for a write (`Store::image`, under the store's lock: the
    /// jobs are shared, not copied).
    pub snapshot_copy: Duration,
}

/// A render of one clip through an engine holding `jobs` saved jobs.
pub async fn measure(sim: &SimHandle, dir: PathBuf, jobs: usize) -> Result<Figures, String> {
    super::seed::write(&dir, jobs, &sim.base_url()).await?;
    let library_open = {
        let before = heap_in_use();
        let t = Instant::now();
        let lib = ulazai_engine::library::Library::open(
            dir.join(ulazai_engine::library::INDEX_FILE),
            dir.join("Library"),
        );
        let took = t.elapsed();
        let held = heap_in_use().saturating_sub(before);
        drop(lib);
        (took, held)
    };
    let persist = Arc::new(Timed {
        inner: SqlitePersist::new(dir.join("jobs.db")),
        writes: Mutex::default(),
        saving: Default::default(),
    });
    let speed = 10.0;
    let config = EngineConfig {
        poll: PollPolicy::documented().scaled(1.0 / speed),
        ..EngineConfig::new(ClientConfig::new(sim.base_url()))
    };
    let auth = Auth::Bearer(ApiKey::new(ulazai_sim::DEMO_KEY));
    let heap_before = heap_in_use();
    let t = Instant::now();
    let engine = Engine::start(config, Some(auth), persist.clone())
        .await
        .map_err(|e| format!("engine: {e}"))?;
    let start = t.elapsed();
    let t = Instant::now();
    let list = serde_json::to_vec(&engine.jobs().list()).map_err(|e| e.to_string())?;
    let list_all = (t.elapsed(), list.len() as u64);
    let mut rx = engine.subscribe();
    // What the start did (history reload) is written before the render begins.
    tokio::time::sleep(Duration::from_millis(800)).await;
    while rx.try_recv().is_ok() {}
    // At rest: no save under way and none started for a second (a save works on a copy
    // of the store, taken just before it, and serialises every job: seconds at 100,000).
    let saves = || {
        persist
            .writes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len()
    };
    let mut at_rest = u64::MAX;
    let (mut last, mut quiet) = (saves(), 0);
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let busy = persist.saving.load(std::sync::atomic::Ordering::SeqCst);
        let now = saves();
        quiet = if busy || now != last { 0 } else { quiet + 1 };
        last = now;
        if quiet >= 10 {
            at_rest = heap_in_use();
            break;
        }
    }
    while rx.try_recv().is_ok() {}
    let engine_heap = (at_rest != u64::MAX).then(|| at_rest.saturating_sub(heap_before));
    let before = persist
        .writes
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .len();

    let params = GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "one more clip".into(),
        count: 1,
        ..Default::default()
    };
    let id = engine
        .jobs()
        .generate(params)
        .await
        .map_err(|e| format!("generate: {e}"))?
        .first()
        .map(|j| j.id.clone())
        .ok_or("generate started nothing")?;
    let mut job_events = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut completed_at = None;
    while completed_at.is_none() {
        let left = deadline.saturating_duration_since(Instant::now());
        let ev = tokio::time::timeout(left, rx.recv())
            .await
            .map_err(|_| "the render did not complete within 60 s")?
            .ok_or("the engine stopped")?;
        match ev {
            EngineEvent::JobCreated { job } | EngineEvent::JobUpdated { job } if job.id == id => {
                job_events += 1
            }
            EngineEvent::JobTerminal { job } if job.id == id => {
                job_events += 1;
                if job.status == JobStatus::Completed {
                    completed_at = Some(persist.writes.lock().unwrap().len());
                }
            }
            _ => {}
        }
    }
    // The debounce (300 ms) and the write itself.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    engine.shutdown().await;
    let writes = persist
        .writes
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let after_completion = completed_at.unwrap_or(before);
    let one_change = writes
        .get(after_completion)
        .cloned()
        .ok_or("no write followed the status change")?;

    let snapshot = SqlitePersist::new(dir.join("jobs.db"))
        .load()
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let store = Store::from_snapshot(snapshot);
    let t = Instant::now();
    let copy = store.image();
    let snapshot_copy = t.elapsed();
    drop(copy);
    Ok(Figures {
        jobs,
        engine_heap,
        library_open,
        start,
        list_all,
        one_change,
        job_events,
        // Writes after the render started; the shutdown's flush has nothing left to write.
        writes: writes.len() - before,
        snapshot_copy,
    })
}
