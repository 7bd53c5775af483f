//! What the services tell the UI and ask of the window system: typed events (`ipc::events`)
//! and the `platform::window::Shell`. Holds no state of its own.

use std::sync::Arc;

use crate::ipc::events::IpcEvent;
use crate::platform::window::Shell;

pub struct Ui {
    shell: Arc<dyn Shell>,
}

impl Ui {
    pub(super) fn new(shell: Arc<dyn Shell>) -> Ui {
        Ui { shell }
    }

    /// Emit a typed event to the UI.
    pub(super) fn emit<E: IpcEvent>(&self, payload: &E::Payload) {
        match serde_json::to_value(payload) {
            Ok(v) => self.shell.emit(E::NAME, v),
            Err(e) => tracing::error!(event = E::NAME, error = %e, "cannot serialise event"),
        }
    }

    /// The window system (open, reveal, pick a folder, drag out, the sign-in window).
    pub(super) fn shell(&self) -> &Arc<dyn Shell> {
        &self.shell
    }
}
