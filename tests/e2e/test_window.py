# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The Flexor window (flexor-window, a program of its own): launching Flexor again opens it
and it becomes the active window under a real window manager (openbox), with the launcher's
startup id handed on; `flexor window statistics` and the tray's "Open Flexor" open it on their
page; closing it ends its program while the daemon runs on; the very first start shows the
welcome once; and read through AT-SPI, its controls are named and its state sentence follows
the daemon's StateChanged (pause, then resume)."""

import re
import shutil
import subprocess
import unittest
from pathlib import Path

from desktop import FLEXOR_BIN, Desktop, wait_until
from test_accessibility import ScreenReader, accessible_desktop
from test_tray import layout_items
from windows import visible_window

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
sound = false
"""


def window_processes(desktop):
    """Pids of the flexor-window programs of this desktop's daemon."""
    out = subprocess.run(["pgrep", "-P", str(desktop.flexor.pid), "-f", "flexor-window"],
                         capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def active_window(desktop):
    out = desktop.run(["xprop", "-root", "_NET_ACTIVE_WINDOW"], check=False).stdout
    match = re.search(r"# (0x[0-9a-f]+)", out)
    return int(match.group(1), 16) if match else None


def start_openbox(desktop):
    # openbox 3.6 handles the events of its own start-up late (see test_do_not_disturb): wait
    # until it runs its --startup command, right before its event loop.
    ready = desktop.root / "openbox-ready"
    desktop.spawn(["openbox", "--sm-disable", "--startup", f"touch {ready}"], "openbox")
    wait_until(ready.exists, what="openbox to enter its event loop")


@unittest.skipUnless(shutil.which("openbox") and shutil.which("wmctrl"),
                     "openbox and wmctrl are needed (packaging/debian-deps.txt)")
class WindowTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))
        start_openbox(self.desktop)
        self.desktop.start_flexor(CONFIG)

    def close_window(self):
        """As a person does: the window manager's close (WM_DELETE_WINDOW)."""
        self.desktop.run(["wmctrl", "-c", "Flexor"])
        wait_until(lambda: not window_processes(self.desktop), what="the window program to end")

    def test_launching_flexor_again_opens_the_window_active_and_closing_ends_it(self):
        startup_id = "flexor-test_TIME1234"
        second = self.desktop.run([FLEXOR_BIN], check=False,
                                  env={**self.desktop.env, "DESKTOP_STARTUP_ID": startup_id})
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("already running", second.stderr)
        window = int(wait_until(lambda: visible_window(self.desktop, "Flexor"),
                                what="the Flexor window"))
        wait_until(lambda: active_window(self.desktop) == window, what="the window to be active")
        # The launcher's startup id reached the window program, in the variable Qt's X11
        # platform reads at start (it ends the launcher's startup notification when the window
        # maps).
        pids = window_processes(self.desktop)
        self.assertEqual(len(pids), 1)
        environ = Path(f"/proc/{pids[0]}/environ").read_bytes().split(b"\0")
        self.assertIn(f"DESKTOP_STARTUP_ID={startup_id}".encode(), environ)

        # Asked again while open: the same program shows it, no second one.
        self.assertEqual(self.desktop.cli("window", "statistics").returncode, 0)
        self.desktop.wait_for_log(r"info window: asked again, showing statistics")
        self.assertEqual(len(window_processes(self.desktop)), 1)

        self.close_window()
        self.desktop.wait_for_log(r"window: closed")
        self.assertEqual(self.desktop.status()["state"], "sitting")
        self.assertIsNone(visible_window(self.desktop, "Flexor"))

    def test_flexor_window_statistics_opens_the_statistics_page(self):
        self.assertEqual(self.desktop.cli("window", "statistics").returncode, 0)
        self.desktop.wait_for_log(r"info window: shown on statistics")
        wait_until(lambda: visible_window(self.desktop, "Flexor"), what="the Flexor window")

    def test_a_page_that_does_not_exist_is_wrong_usage(self):
        result = self.desktop.cli("window", "nowhere")
        self.assertEqual(result.returncode, 64)
        self.assertIn("now, statistics or settings", result.stderr)
        self.assertFalse(window_processes(self.desktop))


class TrayEntryTest(unittest.TestCase):
    def test_open_flexor_in_the_tray_menu_opens_the_window(self):
        with Desktop(tray="xfce4-panel") as desktop:
            desktop.start_flexor(CONFIG)
            items = wait_until(lambda: re.findall(r"'([^']+)'", desktop.gdbus_property(
                "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems") or ""),
                timeout=15, what="a registered StatusNotifierItem")
            service = items[0].split("/")[0]
            layout = desktop.run(["gdbus", "call", "--session", "--dest", service,
                                  "--object-path", "/MenuBar", "--method",
                                  "com.canonical.dbusmenu.GetLayout", "0", "int32 -1",
                                  "@as []"]).stdout
            labels = dict((label, i) for i, label in layout_items(layout))
            desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path",
                         "/MenuBar", "--method", "com.canonical.dbusmenu.Event",
                         str(labels["Open Flexor"]), "clicked", "<int32 0>", "0"])
            desktop.wait_for_log(r"info window: shown on now")
            wait_until(lambda: visible_window(desktop, "Flexor"), what="the Flexor window")
            desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path",
                         "/MenuBar", "--method", "com.canonical.dbusmenu.Event",
                         str(labels["Statistics…"]), "clicked", "<int32 0>", "0"])
            desktop.wait_for_log(r"info window: asked again, showing statistics")


class FirstStartTest(unittest.TestCase):
    def test_the_first_start_welcomes_once_and_says_when_counting_starts(self):
        # A Saturday morning under the default schedule (Monday to Friday, 08:00-19:00).
        config = CONFIG.replace("schedule = false", "schedule = true")
        with Desktop(tray=None, clock="2026-06-13T10:00:00") as desktop:
            desktop.forget_welcome()
            desktop.start_flexor(config)
            desktop.wait_for_log(r"first start: opening the welcome")
            desktop.wait_for_log(r"info window: shown on welcome")
            wait_until(lambda: visible_window(desktop, "Flexor"), what="the welcome")
            status = desktop.status()
            self.assertEqual(status["state"], "off-schedule")
            self.assertEqual(status["counting_starts"], "2026-06-15T08:00:00")
            line = desktop.cli("status").stdout
            self.assertRegex(line, r"^Outside active hours · counting starts Monday 0?8:00")
            self.assertTrue((desktop.home / ".local/state/flexor/welcomed").exists())

            desktop.cli("quit")
            desktop.flexor.wait(timeout=10)
            wait_until(lambda: not visible_window(desktop, "Flexor"),
                       what="the window to go with the daemon")
            desktop.start_flexor(config)
            wait_until(lambda: desktop.flexor_log().count(" started; state") == 2,
                       what="the second start")
            self.assertEqual(desktop.flexor_log().count("first start: opening the welcome"), 1)
            self.assertIsNone(visible_window(desktop, "Flexor"))


DESKTOP = None
READER = None


def setUpModule():
    global DESKTOP, READER
    DESKTOP = unittest.enterModuleContext(accessible_desktop(tray=None, notifications=False))
    READER = ScreenReader(DESKTOP)


class WindowAccessibilityTest(unittest.TestCase):
    def setUp(self):
        DESKTOP.start_flexor(CONFIG)
        self.addCleanup(DESKTOP.stop_flexor)
        DESKTOP.keep_active()

    def sentence(self, frame, pattern):
        return READER.find(frame, "label", pattern)

    def test_controls_are_named_and_the_state_sentence_follows_the_daemon(self):
        self.assertEqual(DESKTOP.cli("window", "now").returncode, 0)
        frame = READER.wait_for("the Flexor window's frame", lambda: READER.find_in_apps(
            "flexor", "frame", r"^Flexor$"))[0]
        READER.wait_for("the sitting sentence",
                        lambda: self.sentence(frame, r"^Sitting for \d+ min · reminder at "))
        showing = READER.pyatspi.STATE_SHOWING
        # I'm standing and I'm in a meeting are switches: check boxes to AT-SPI.
        buttons = [b for role in ("push button", "check box") for b in READER.find(frame, role)
                   if b.getState().contains(showing)]
        names = {b.name for b in buttons}
        for expected in ("Stretch now", "Snooze", "Pause", "I'm standing", "I'm in a meeting"):
            self.assertIn(expected, names)
        for button in buttons:
            self.assertTrue(button.name, "a button without a name")
            self.assertTrue(button.getState().contains(READER.pyatspi.STATE_FOCUSABLE),
                            f"{button.name} cannot take the keyboard focus")
        tabs = {t.name for t in READER.find(frame, "page tab")}
        self.assertEqual(tabs, {"Now", "Statistics", "Settings"})
        # The Now page's one combo box; the Settings page's are on a tab not shown.
        combo = [c for c in READER.find(frame, "combo box") if c.getState().contains(showing)]
        self.assertEqual(len(combo), 1, "the routine picker")
        self.assertIn("Psoas release", {item.name for item in READER.find(combo[0], "list item")})

        since = len(READER.events)
        self.assertEqual(DESKTOP.cli("pause", "30m").returncode, 0)
        READER.wait_for("the paused sentence, as an event",
                        lambda: READER.heard(r"^Paused until ", since))
        since = len(READER.events)
        self.assertEqual(DESKTOP.cli("resume").returncode, 0)
        READER.wait_for("the sitting sentence again, as an event",
                        lambda: READER.heard(r"^Sitting for ", since))


    def test_a_meeting_going_on_when_the_window_opens_says_since_when(self):
        # The meeting begins before the window exists: only the daemon knows since when.
        set_meeting(DESKTOP, True)
        since = DESKTOP.status()["meeting_since"]
        self.assertRegex(since, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")
        self.assertEqual(DESKTOP.cli("window", "now").returncode, 0)
        frame = READER.wait_for("the Flexor window's frame", lambda: READER.find_in_apps(
            "flexor", "frame", r"^Flexor$"))[0]
        # (The C locale of the tests writes seconds too: "10:00:02".)
        hour, minute = int(since[11:13]), since[14:16]
        READER.wait_for("the meeting sentence with its start", lambda: self.sentence(
            frame, rf"^In a meeting since 0?{hour}:{minute}(:\d\d)? · reminder waits$"))
        set_meeting(DESKTOP, False)
        self.assertIsNone(DESKTOP.status()["meeting_since"])


def set_meeting(desktop, on):
    desktop.run(["gdbus", "call", "--session", "--dest", "io.github.flexor.Flexor",
                 "--object-path", "/io/github/flexor/Flexor",
                 "--method", "io.github.flexor.Flexor1.SetMeeting", "true" if on else "false"])
    wait_until(lambda: desktop.status()["meeting"] == on, what=f"meeting = {on}")


class MissingWindowProgramTest(unittest.TestCase):
    def test_an_install_without_the_window_program_gets_a_clear_refusal_and_runs_on(self):
        # The daemon alone, relocated beside its data but without flexor-window: it looks for the
        # program beside itself, then in the install folder, and finds it in neither.
        with Desktop(tray=None) as desktop:
            build = Path(shutil.which(FLEXOR_BIN)).resolve().parent.parent
            relocated = desktop.root / "relocated"
            (relocated / "bin").mkdir(parents=True)
            shutil.copy2(build / "bin" / "flexor", relocated / "bin" / "flexor")
            (relocated / "share").symlink_to(build / "share")
            desktop.write_config(CONFIG)
            desktop.flexor = desktop.spawn([str(relocated / "bin" / "flexor"), "--verbose"],
                                           "flexor")
            desktop.wait_until_serving()
            result = desktop.cli("window", "statistics")
            self.assertNotEqual(result.returncode, 0)
            self.assertIn("The Flexor window could not start", result.stderr)
            self.assertIn("flexor-window is missing or not executable", result.stderr)
            desktop.wait_for_log(r"window: the window program \S+ is missing or not executable")
            self.assertEqual(desktop.status()["state"], "sitting")


if __name__ == "__main__":
    unittest.main()
