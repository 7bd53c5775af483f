//! Desktop notifications for finished and failed renders (notify-rust).
//!
//! Terminal jobs are collected for a short window (3 s from the first): one job gives one
//! notification, two or more give ONE summary ("2 finished, 1 failed"). Each offers an
//! "Open" action; clicking it focuses the main window and emits `app://focus-job` with the
//! job (for a summary: the first job). Which jobs get here (setting on, not notified
//! before, not merely reloaded from history) is decided by the caller
//! (`studio::reactions`), which also names the model as the creator knows it (its display
//! name, never its slug). Renders the queue started are notified like any other; the
//! queue's own "finished" notice is handed over after them and shown once the burst being
//! collected is shown. A burst that holds every render the notice sums up is shown as that
//! notice, naming them: one notification, not two about the same clips at once.
//!
//! What the notifications say is in [`text`], in the language of the app's [`Locale`];
//! this module collects and shows them.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::locale::Locale;

mod text;
use text::with_lines_of;
pub use text::{body_text, queue_drained, single, summary, Finished, Note};

pub const BURST_WINDOW: Duration = Duration::from_secs(3);
pub const ACTION_OPEN: &str = "open";
pub const APP_NAME: &str = "UlazAI Studio";
/// The app's AppUserModelID on Windows: the bundle identifier, which Tauri's installer
/// gives the Start-menu shortcut, so a notification shows the app's name and icon
/// (without it, notify-rust shows it as "Windows PowerShell"). Windows shows a toast for
/// an AppUserModelID only when a shortcut carries it: a build that was not installed
/// shows none.
pub const APP_USER_MODEL_ID: &str = "com.ulazai.studio";

/// What to do when "Open" is clicked (focus the window + emit app://focus-job).
pub type OnOpen = Arc<dyn Fn(&str) + Send + Sync>;

/// What the collector is handed.
enum Msg {
    Finished(Box<Finished>),
    /// Shown once the burst being collected (if any) is shown: it follows those renders.
    /// It sums up `renders` renders (0: none).
    After {
        note: Note,
        renders: usize,
    },
}

/// Collects terminal jobs into bursts and shows them.
#[derive(Clone)]
pub struct Notifier {
    tx: mpsc::UnboundedSender<Msg>,
    on_open: OnOpen,
}

impl Notifier {
    /// Notes of bursts are written in `locale`'s language as they are shown.
    pub fn new(on_open: OnOpen, window: Duration, locale: Locale) -> Notifier {
        let (tx, rx) = mpsc::unbounded_channel();
        tauri::async_runtime::spawn(collect(rx, on_open.clone(), window, locale));
        Notifier { tx, on_open }
    }

    /// Show `note` at once (not part of a burst).
    pub fn show(&self, note: Note) {
        drop(spawn_note(note, self.on_open.clone()));
    }

    /// Show `note`, which sums up `renders` renders, after the renders pushed before it: a
    /// burst being collected is shown first, at once, so that e.g. "Render queue finished"
    /// comes after its last renders; a burst of exactly `renders` renders is shown as
    /// `note` with their lines under it.
    pub fn show_after_pushed(&self, note: Note, renders: usize) {
        if let Err(mpsc::error::SendError(Msg::After { note, .. })) =
            self.tx.send(Msg::After { note, renders })
        {
            self.show(note);
        }
    }

    pub fn push(&self, finished: Finished) {
        let _ = self.tx.send(Msg::Finished(Box::new(finished)));
    }
}

async fn collect(
    mut rx: mpsc::UnboundedReceiver<Msg>,
    on_open: OnOpen,
    window: Duration,
    locale: Locale,
) {
    while let Some(msg) = rx.recv().await {
        let first = match msg {
            Msg::Finished(f) => *f,
            Msg::After { note, .. } => {
                drop(spawn_note(note, on_open.clone()));
                continue;
            }
        };
        let mut burst = vec![first];
        let mut after = None;
        let deadline = tokio::time::Instant::now() + window;
        while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, rx.recv()).await {
            match msg {
                Msg::Finished(job) => {
                    if !burst.iter().any(|f| f.job.id == job.job.id) {
                        burst.push(*job);
                    }
                }
                Msg::After { note, renders } => {
                    after = Some((note, renders));
                    break;
                }
            }
        }
        let l = locale.get();
        let note = if burst.len() == 1 {
            single(&l, &burst[0])
        } else {
            summary(&l, &burst)
        };
        match after {
            Some((after, renders)) if renders == burst.len() => {
                drop(spawn_note(with_lines_of(after, note), on_open.clone()));
            }
            Some((after, _)) => {
                let shown = spawn_note(note, on_open.clone());
                spawn_note_after(after, on_open.clone(), shown);
            }
            None => drop(spawn_note(note, on_open.clone())),
        }
    }
}

/// Showing and waiting for the action block (D-Bus / OS APIs): own thread each. The
/// receiver hears once the notification server has taken the note (or refused it).
fn spawn_note(note: Note, on_open: OnOpen) -> std::sync::mpsc::Receiver<()> {
    let (shown, heard) = std::sync::mpsc::channel();
    start_thread(move || show_blocking(note, on_open, Some(shown)));
    heard
}

/// Like [`spawn_note`], once `before` has been shown: two threads would race to the server.
fn spawn_note_after(note: Note, on_open: OnOpen, before: std::sync::mpsc::Receiver<()>) {
    start_thread(move || {
        // A server that hangs must not hold this note back for ever.
        let _ = before.recv_timeout(Duration::from_secs(5));
        show_blocking(note, on_open, None);
    });
}

fn start_thread(f: impl FnOnce() + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("notification".into())
        .spawn(f);
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start a notification thread");
    }
}

fn show_blocking(note: Note, on_open: OnOpen, shown: Option<std::sync::mpsc::Sender<()>>) {
    let mut n = notify_rust::Notification::new();
    n.appname(APP_NAME)
        .summary(&note.summary)
        .body(&body_text(&note.body, server_reads_markup()))
        .action(ACTION_OPEN, &note.open);
    #[cfg(all(unix, not(target_os = "macos")))]
    n.hint(notify_rust::Hint::Category("transfer.complete".into()));
    #[cfg(windows)]
    n.app_id(APP_USER_MODEL_ID);
    let result = n.show();
    if let Some(shown) = shown {
        let _ = shown.send(());
    }
    match result {
        Ok(handle) => {
            tracing::debug!(summary = %note.summary, "notification shown");
            let focus = note.focus.clone();
            // Returns when an action is invoked or the notification is closed.
            handle.wait_for_action(move |action| {
                if matches!(action, ACTION_OPEN | "default" | "") {
                    on_open(&focus);
                }
            });
        }
        Err(e) => tracing::warn!(error = %e, "cannot show a notification"),
    }
}

/// Whether the notification server reads markup in bodies (its "body-markup"
/// capability, asked each time: the creator may change servers). Without an answer: as if
/// it did, so that server text is escaped rather than read as a link. Windows and macOS
/// show text.
fn server_reads_markup() -> bool {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        notify_rust::get_capabilities().map_or(true, |caps| caps.iter().any(|c| c == "body-markup"))
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    /// The installer's shortcut carries the bundle identifier as its AppUserModelID: the
    /// notifications must name the same one, or Windows shows them under another app.
    #[test]
    fn the_app_user_model_id_is_the_installers_bundle_identifier() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], super::APP_USER_MODEL_ID);
    }
}
