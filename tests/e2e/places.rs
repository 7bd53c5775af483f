//! Places for app windows: up to `ULAZAI_E2E_WINDOWS` (3) apps open at once, each test holding
//! one for its whole length, each on an X display of its own. The suite starts every test at
//! once (`--test-threads` above the window count) and the places go to the longest tests
//! first ([`LONGEST_FIRST`]), the rest in name order: libtest would start them in name order,
//! which left the longest test (the journey) starting a third of the way in and finishing
//! alone at the end.
//!
//! Why a display each: windows on one X display share keyboard focus. A window that opens
//! takes it from the others, and one that closes hands it back; measured here, an app's page
//! saw `blur` when a second app opened beside it. The studio closes a context menu when its
//! window loses focus, as native menus do, so a test whose menu opened just as another test's
//! window appeared found no menu. Focused tooltips, typing and the X pointer are shared too.

use std::sync::{Mutex, OnceLock};

use tokio::sync::Notify;

use crate::driver;

/// The tests that take longest, longest first, as the suite's `--report-time` showed them
/// (seconds with three windows). Only an order: a test missing here starts after these, and a
/// name here that no longer exists changes nothing.
const LONGEST_FIRST: &[&str] = &[
    "journey::",                  // 209: waits for the simulator's rate window
    "demo::a_demo_failure",       // 103: two demo renders of 30-45 s in a row
    "queue::",                    // 65: nine clips through the hourly budget
    "demo::try_the_demo",         // 49: one demo render of 30-45 s
    "a11y::axe_grid",             // 43
    "edit::use_this_prompt",      // 42
    "announce::",                 // 42
    "generate::invalid_requests", // 33
    "session::sign_in_folder",    // 30
];

/// How many app windows may be open at once (`ULAZAI_E2E_WINDOWS`, default 3): each app has
/// its own data folder, keyring service, single-instance id, WebDriver ports and display, so
/// the tests overlap; more than three only share the two cores more thinly.
fn windows_at_once() -> u32 {
    std::env::var("ULAZAI_E2E_WINDOWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(3)
}

/// Free places and the tests waiting for one.
struct Places {
    state: Mutex<Line>,
    /// Told of every place freed or taken; works across the tests' own tokio runtimes.
    changed: Notify,
}

struct Line {
    free: u32,
    /// Each waiting test as (rank, arrival): the smallest goes first.
    waiting: Vec<(usize, u64)>,
    arrivals: u64,
}

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| Places {
        state: Mutex::new(Line {
            free: windows_at_once(),
            waiting: Vec::new(),
            arrivals: 0,
        }),
        changed: Notify::new(),
    })
}

/// Where the running test stands in [`LONGEST_FIRST`]: libtest names each test's thread
/// after the test, and `#[tokio::test]` polls the test's body on that thread.
fn rank_of_this_test() -> usize {
    let name = std::thread::current()
        .name()
        .unwrap_or_default()
        .to_string();
    LONGEST_FIRST
        .iter()
        .position(|prefix| name.starts_with(prefix))
        .unwrap_or(LONGEST_FIRST.len())
}

/// A place for one app window, held until dropped.
pub struct Place(());

impl Drop for Place {
    fn drop(&mut self) {
        let p = places();
        p.state.lock().unwrap_or_else(|e| e.into_inner()).free += 1;
        p.changed.notify_waiters();
    }
}

/// A place for one more app window beside others (held for the test's length); the longest
/// waiting test gets the next free one.
async fn place_in_line() -> Place {
    let p = places();
    let me = {
        let mut s = p.state.lock().unwrap_or_else(|e| e.into_inner());
        s.arrivals += 1;
        let me = (rank_of_this_test(), s.arrivals);
        s.waiting.push(me);
        me
    };
    loop {
        // Listening before looking: a place freed in between still wakes this test.
        let changed = p.changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        {
            let mut s = p.state.lock().unwrap_or_else(|e| e.into_inner());
            let first = s.waiting.iter().min().copied();
            if s.free > 0 && first == Some(me) {
                s.free -= 1;
                s.waiting.retain(|w| *w != me);
                drop(s);
                // The next in line may have a place too.
                p.changed.notify_waiters();
                return Place(());
            }
        }
        changed.await;
    }
}

/// A place for the test's app window, on an X display of its own (a private Xvfb), held for
/// the test's length. Launch the app with [`WindowPlace::env`]; run X clients (xdotool) with
/// `App::x_command`.
pub async fn window() -> driver::TestResult<WindowPlace> {
    let place = place_in_line().await;
    let display = ulazai_testkit::display::OwnDisplay::start()?;
    Ok(WindowPlace {
        _place: place,
        display,
    })
}

/// A window's place and the display it is shown on (both held for the test's length).
pub struct WindowPlace {
    _place: Place,
    display: ulazai_testkit::display::OwnDisplay,
}

impl WindowPlace {
    /// What `App::launch` adds so that the app opens on this display.
    pub fn env(&self) -> [(&str, &str); 1] {
        [("DISPLAY", self.display.name())]
    }
}
