//! Starting the app while its last instance of the same profile is still leaving (the creator
//! quit and opened it again at once; a test relaunches after closing): the single-instance
//! check finds the old instance on the session bus and asks it to come forward, but it leaves
//! without answering. That used to end the new start in a panic (no window at all); now the
//! new start waits for the old one to be gone and opens.
//!
//! The leaving instance is a stand-in on the real session bus (python3-dbus): it holds the
//! app's single-instance name for this profile and, when called, exits without replying, as
//! an instance on its way out does.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

const LEAVING: &str = r#"
import os, sys, dbus, dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib
DBusGMainLoop(set_as_default=True)
name, path = sys.argv[1], sys.argv[2]
keep = dbus.service.BusName(name, dbus.SessionBus(), do_not_queue=True)
class Leaving(dbus.service.Object):
    @dbus.service.method("org.SingleInstance.DBus", in_signature="ass", out_signature="")
    def ExecuteCallback(self, argv, cwd):
        os._exit(0)
Leaving(dbus.SessionBus(), path)
print("ready", flush=True)
GLib.MainLoop().run()
"#;

#[test]
fn a_start_while_the_last_instance_is_leaving_opens_the_app() {
    if !desktop_session("second_start") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    let name = ulazai_studio::single_instance_id(&data) + ".SingleInstance";
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    let mut leaving = Command::new("/usr/bin/python3") // Debian's, with python3-dbus (as the notification recorder)
        .args(["-c", LEAVING, &name, &path])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 (apt: python3-dbus, python3-gi)");
    let mut ready = String::new();
    BufReader::new(leaving.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    assert_eq!(ready.trim(), "ready", "the stand-in holds {name}");

    let service = format!("com.ulazai.studio.test.second.{}", std::process::id());
    let mut app = launch_app(&data, "http://127.0.0.1:9", &service);
    // The stand-in is asked, leaves without answering; the new start must then open.
    let until = Instant::now() + Duration::from_secs(8);
    while Instant::now() < until {
        if let Some(status) = app.try_wait().unwrap() {
            panic!("the second start ended ({status}) instead of opening the app");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        leaving.try_wait().unwrap().is_some(),
        "the stand-in was asked to bring its window forward"
    );
    assert!(data.exists(), "the app made its profile's folder");
    let _ = app.kill();
    let _ = app.wait();
}
