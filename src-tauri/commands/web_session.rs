//! The ulazai.com web account: sign in through the sign-in window, state, sign out.
//! Answers carry a state, never a cookie.

use super::command;
use crate::ipc::types::WebSessionStatus;

command! {
    pub async fn web_session(web: WebSessionService, engine: CurrentEngine) -> WebSessionStatus {
        engine.wait_ready().await;
        Ok(web.status().await)
    }
}

command! {
    /// Open the "Sign in to UlazAI" window; `session://state` reports the outcome.
    pub async fn sign_in_web(web: WebSessionService) -> WebSessionStatus {
        Ok(web.begin_sign_in().await?)
    }
}

command! {
    /// Forget the web session (keyring and memory).
    pub async fn sign_out_web(web: WebSessionService) -> WebSessionStatus {
        Ok(web.sign_out().await?)
    }
}
