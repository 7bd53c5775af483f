//! App-level commands: the frame state and demo mode.

use ulazai_engine::ErrorCode;

use super::{command, CommandError};
use crate::ipc::types::AppState;

command! {
    /// Everything the UI needs to draw its frame.
    pub async fn app_state(frame: Frame) -> AppState {
        Ok(frame.app_state().await)
    }
}

command! {
    /// Start the embedded simulator with the demo key and use it (remembered across
    /// restarts until a real key is set). Already in demo mode: just answers the state.
    pub async fn start_demo(runner: EngineRunner, frame: Frame) -> AppState {
        runner
            .start_demo()
            .await
            .map_err(|e| CommandError::new(ErrorCode::Demo, e.to_string()))?;
        Ok(frame.app_state().await)
    }
}
