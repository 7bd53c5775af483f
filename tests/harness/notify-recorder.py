#!/usr/bin/python3
"""A tiny org.freedesktop.Notifications server for tests.

It owns the notification bus name on the current session bus and appends one JSON object per
Notify call to $NOTIFY_LOG (fields: id, app_name, replaces_id, app_icon, summary, body,
actions {key: label}, hints, expire_timeout, ts). It touches $NOTIFY_READY once it owns the
name. When $NOTIFY_INVOKE_ACTION names an action key (e.g. "open"), it "clicks" that action
shortly after each notification that offers it, as a person would; a test can switch this
on and off while the recorder runs by writing an action key into (or removing) the file
named by $NOTIFY_CLICK_FILE. A second line in that file names a word: then only the
notifications whose summary or body holds it are clicked, so that a test clicks its own and
never those of the apps other tests run in the same session at the same time.

It advertises what the common desktop servers do (GNOME Shell, Plasma, dunst, mako,
xfce4-notifyd), "body-markup" included. When the file named by $NOTIFY_CAPS_FILE exists,
its words are the capabilities instead: a test can be a server that shows bodies as plain
text for a while.

Needs Debian's python3-dbus and python3-gi; run it with /usr/bin/python3.
"""
import json
import os
import sys
import time

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"


def to_json(value):
    """Convert dbus-python values into plain JSON-able values."""
    if isinstance(value, dbus.ByteArray):
        return "<%d bytes>" % len(value)
    if isinstance(value, (dbus.Array, list)):
        if getattr(value, "signature", None) == "y":
            return "<%d bytes>" % len(value)
        return [to_json(v) for v in value]
    if isinstance(value, (dbus.Struct, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (dbus.Dictionary, dict)):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, dbus.Boolean):
        return bool(value)
    if isinstance(value, (int, dbus.Byte, dbus.Int16, dbus.Int32, dbus.Int64,
                          dbus.UInt16, dbus.UInt32, dbus.UInt64)):
        return int(value)
    if isinstance(value, (float, dbus.Double)):
        return float(value)
    return str(value)


class Recorder(dbus.service.Object):
    def __init__(self, bus, log_path, click_action):
        super().__init__(bus, OBJECT_PATH)
        self.log_path = log_path
        self.click_action = click_action
        self.last_id = 0

    @dbus.service.method(BUS_NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        path = os.environ.get("NOTIFY_CAPS_FILE")
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return f.read().split()
        return ["actions", "body", "body-markup", "persistence"]

    @dbus.service.method(BUS_NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("ulazai-test-recorder", "UlazAI Studio tests", "1.0", "1.2")

    @dbus.service.method(BUS_NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        if replaces_id:
            nid = int(replaces_id)
        else:
            self.last_id += 1
            nid = self.last_id
        keys = [str(a) for a in actions]
        record = {
            "id": nid,
            "app_name": str(app_name),
            "replaces_id": int(replaces_id),
            "app_icon": str(app_icon),
            "summary": str(summary),
            "body": str(body),
            "actions": dict(zip(keys[0::2], keys[1::2])),
            "hints": to_json(hints),
            "expire_timeout": int(timeout),
            "ts": time.time(),
        }
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
        action, word = self.click_action_now()
        mine = word is None or word in record["summary"] or word in record["body"]
        if action and mine and action in record["actions"]:
            GLib.timeout_add(300, self.click, nid, action)
        return dbus.UInt32(nid)

    def click_action_now(self):
        """The action to click now, and the word a notification must hold (None: any)."""
        path = os.environ.get("NOTIFY_CLICK_FILE")
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                lines = [line.strip() for line in f.read().splitlines()]
            action = lines[0] if lines and lines[0] else None
            word = lines[1] if len(lines) > 1 and lines[1] else None
            return action, word
        return self.click_action, None

    def click(self, nid, key):
        self.ActionInvoked(dbus.UInt32(nid), key)
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(2))
        return False

    @dbus.service.method(BUS_NAME, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(3))

    @dbus.service.signal(BUS_NAME, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    @dbus.service.signal(BUS_NAME, signature="us")
    def ActionInvoked(self, nid, action_key):
        pass


def main():
    log_path = os.environ.get("NOTIFY_LOG", "notifications.jsonl")
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    reply = bus.request_name(BUS_NAME, dbus.bus.NAME_FLAG_DO_NOT_QUEUE)
    if reply != dbus.bus.REQUEST_NAME_REPLY_PRIMARY_OWNER:
        sys.exit("notify-recorder: %s is already owned on this bus" % BUS_NAME)
    Recorder(bus, log_path, os.environ.get("NOTIFY_INVOKE_ACTION"))
    ready = os.environ.get("NOTIFY_READY")
    if ready:
        open(ready, "w").close()
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
