//! The simulator's one locking rule.

use std::sync::{Mutex, MutexGuard};

/// Lock a mutex, ignoring poisoning (a panicking handler must not wedge the sim).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
