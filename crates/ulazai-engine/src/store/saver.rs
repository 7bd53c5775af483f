//! Debounced saving: changes only raise a dirty flag; a saver task writes at most once
//! per debounce interval (~300 ms), and `flush` writes at once (shutdown, "save now").
//!
//! Writes run on the blocking pool and are serialised by a lock taken *inside* the
//! blocking call, together with taking the snapshot — so an aborted saver task can never
//! let an older snapshot overwrite a newer one.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;

use super::persist::{Persist, PersistError, StoreImage};

/// Takes an image of the current state (called on the blocking pool).
pub type SnapshotSource = Arc<dyn Fn() -> StoreImage + Send + Sync>;

pub struct Saver {
    persist: Arc<dyn Persist>,
    source: SnapshotSource,
    dirty: AtomicBool,
    wake: Notify,
    write_lock: Mutex<()>,
    debounce: Duration,
}

impl Saver {
    pub fn new(
        persist: Arc<dyn Persist>,
        source: SnapshotSource,
        debounce: Duration,
    ) -> Arc<Saver> {
        Arc::new(Saver {
            persist,
            source,
            dirty: AtomicBool::new(false),
            wake: Notify::new(),
            write_lock: Mutex::new(()),
            debounce,
        })
    }

    /// Something changed: save within the debounce interval.
    pub fn mark_dirty(&self) {
        self.dirty.store(true, Ordering::SeqCst);
        self.wake.notify_one();
    }

    /// Where the saves go (the grid's view asks it for the prompt index).
    pub fn persist(&self) -> &Arc<dyn Persist> {
        &self.persist
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty.load(Ordering::SeqCst)
    }

    /// The background task: wait for a change, let more changes gather, write once.
    pub fn spawn(self: &Arc<Self>) -> JoinHandle<()> {
        let saver = self.clone();
        tokio::spawn(async move {
            loop {
                saver.wake.notified().await;
                tokio::time::sleep(saver.debounce).await;
                if let Err(e) = saver.flush().await {
                    tracing::error!(error = %e, "saving the job store failed; retrying");
                    tokio::time::sleep(saver.debounce * 10).await;
                    saver.wake.notify_one();
                }
            }
        })
    }

    /// Write now if anything changed since the last write.
    pub async fn flush(self: &Arc<Self>) -> Result<(), PersistError> {
        let saver = self.clone();
        match tokio::task::spawn_blocking(move || saver.flush_blocking()).await {
            Ok(r) => r,
            Err(e) => Err(PersistError::Backend(format!("save task failed: {e}"))),
        }
    }

    /// Write now, then tell the persist the app closes cleanly (only when the write
    /// succeeded: a store that could not be saved did not close clean).
    pub async fn close(self: &Arc<Self>) -> Result<(), PersistError> {
        let saver = self.clone();
        let close = move || {
            saver.flush_blocking()?;
            let _guard = saver.write_lock.lock().unwrap_or_else(|e| e.into_inner());
            saver.persist.close()
        };
        match tokio::task::spawn_blocking(close).await {
            Ok(r) => r,
            Err(e) => Err(PersistError::Backend(format!("close task failed: {e}"))),
        }
    }

    fn flush_blocking(&self) -> Result<(), PersistError> {
        let _guard = self.write_lock.lock().unwrap_or_else(|e| e.into_inner());
        if !self.dirty.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        let image = (self.source)();
        self.persist
            .save_image(&image)
            .inspect_err(|_| self.dirty.store(true, Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{MemoryPersist, Snapshot};

    // Paused time: the debounce is measured in the runtime's clock, not the machine's load.
    #[tokio::test(start_paused = true)]
    async fn many_changes_make_few_writes() {
        let mem = MemoryPersist::new();
        let counter = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let c = counter.clone();
        let source: SnapshotSource = Arc::new(move || {
            StoreImage::from(Snapshot {
                version: c.load(Ordering::SeqCst),
                ..Default::default()
            })
        });
        let saver = Saver::new(Arc::new(mem.clone()), source, Duration::from_millis(100));
        let task = saver.spawn();
        for i in 1..=50 {
            counter.store(i, Ordering::SeqCst);
            saver.mark_dirty();
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        saver.flush().await.unwrap();
        assert_eq!(
            mem.current().unwrap().version,
            50,
            "flush writes the latest state"
        );
        assert!(
            mem.save_count() <= 3,
            "debounced: {} writes",
            mem.save_count()
        );
        // Nothing changed since: flush writes nothing.
        let before = mem.save_count();
        saver.flush().await.unwrap();
        assert_eq!(mem.save_count(), before);
        task.abort();
    }
}
