//! The contract between the shell and the UI: the types that cross IPC (beside the
//! engine's own), the list of events, and how a command describes its signature for the
//! TypeScript bindings. It depends on the engine's types and, for the key's two status
//! types, on `platform::keyring`; never on `studio` or `commands`.

pub mod events;
pub mod types;
pub mod updates;

use ts_rs::TS;

/// Receives a command's signature, as written in its own definition (see
/// `commands::command!`): each argument's name and type, then the result type.
pub trait SignatureVisitor {
    fn arg<T: TS + 'static>(&mut self, name: &'static str);
    fn result<T: TS + 'static>(&mut self);
}
