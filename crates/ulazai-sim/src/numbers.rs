//! Numbers from settings and control requests, made safe to use (no NaN, no negatives).

/// A duration in seconds: finite and positive, else 0.
pub(crate) fn clean_secs(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        0.0
    }
}

/// A probability: clamped to 0..=1 (NaN: 0).
pub(crate) fn clamp01(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}
