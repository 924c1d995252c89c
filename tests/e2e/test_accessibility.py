# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Flexor's windows as a screen reader reads them: at-spi2-core's bus on the test's session
bus, the real daemon and windows under Xvfb, and python3-pyatspi walking their tree and
listening to their events: every control named, the countdown a value, the pose picture an
image, a step change and "switch sides" announced, the chart described in numbers, the
reminder prompt named by what it asks, and the routine's buttons reachable with Tab."""

import contextlib
import os
import re
import unittest

from desktop import Desktop, wait_until
from stats_seed import TOOLS, seed

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
routine = "psoas"
sound = false
"""

PROMPT_CONFIG = """
remind_after = "2s"
snooze = "10m"
away_after = "10m"
schedule = false
"""


@contextlib.contextmanager
def accessible_desktop(**kwargs):
    """A Desktop with the AT-SPI bus running and Qt's bridge switched on for Flexor. One for
    the whole file: libatspi stays on the first bus it was started on."""
    with Desktop(**kwargs) as desktop:
        desktop.env.pop("NO_AT_BRIDGE", None)
        desktop.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        desktop.spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], "at-spi")
        desktop.wait_for_bus_name("org.a11y.Bus")
        yield desktop


class ScreenReader:
    """pyatspi on the desktop's bus: the tree and the events, pumped by hand (no main loop)."""

    def __init__(self, desktop):
        # libatspi finds the accessibility bus through the session bus it is started on.
        for key in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "XDG_RUNTIME_DIR"):
            os.environ[key] = desktop.env[key]
        import pyatspi  # noqa: E402 (after the environment is set)
        from gi.repository import GLib
        self.pyatspi = pyatspi
        self.context = GLib.MainContext.default()
        self.events = []
        pyatspi.Registry.registerEventListener(self._heard, "object:property-change",
                                               "object:state-changed:showing")

    def _heard(self, event):
        try:
            self.events.append((event.type, event.source.getRoleName(), event.source.name,
                                event.detail1))
        except Exception:  # the object may be gone already
            pass

    def pump(self):
        while self.context.iteration(False):
            pass

    def app(self, name):
        found = self.apps(name)
        return found[0] if found else None

    def apps(self, name):
        """Every application of that name: the daemon and its routine program are both
        "flexor"."""
        return [app for app in self.pyatspi.Registry.getDesktop(0)
                if app is not None and app.name == name]

    def find_in_apps(self, name, role, pattern=None):
        found = []
        for app in self.apps(name):
            try:
                found.extend(self.find(app, role, pattern))
            except Exception:  # a routine program of an earlier test that has gone away
                continue
        return found

    def nodes(self, root):
        found = [root]
        try:
            children = [root.getChildAtIndex(i) for i in range(root.childCount)]
        except Exception:  # gone since its parent listed it: a routine's last-but-one news
            return found
        for child in children:
            if child is not None:
                found.extend(self.nodes(child))
        return found

    def find(self, root, role, name=None):
        def matches(node):
            try:
                return node.getRoleName() == role and (name is None or
                                                       re.search(name, node.name or ""))
            except Exception:  # gone since the walk: a routine's last-but-one news
                return False
        return [n for n in self.nodes(root) if matches(n)]

    def wait_for(self, what, condition, timeout=15):
        def check():
            self.pump()
            return condition()
        return wait_until(check, timeout=timeout, what=what)

    def heard(self, pattern, since=0):
        return [e for e in self.events[since:] if e[0] == "object:property-change:accessible-name"
                and e[1] == "label" and re.search(pattern, e[2] or "")]

    def notified(self, pattern, since=0):
        """Notifications that became showing: what Orca speaks (it ignores a label's name)."""
        return [e for e in self.events[since:] if e[0] == "object:state-changed:showing"
                and e[1] == "notification" and e[3] == 1 and re.search(pattern, e[2] or "")]


DESKTOP = None
READER = None


def setUpModule():
    global DESKTOP, READER
    # No notification server: the reminder prompt test needs Flexor's own window.
    DESKTOP = unittest.enterModuleContext(accessible_desktop(tray=None, notifications=False))
    READER = ScreenReader(DESKTOP)


def start_flexor(test, config):
    DESKTOP.start_flexor(config)
    test.addCleanup(DESKTOP.stop_flexor)
    DESKTOP.keep_active()


class RoutineWindowAccessibilityTest(unittest.TestCase):
    def setUp(self):
        self.desktop = DESKTOP
        self.reader = READER
        start_flexor(self, CONFIG)

    def press(self, *keys):
        """Keys to the routine window: it runs in a program of its own, and with no window
        manager the keyboard focus is given to it explicitly first."""
        self.desktop.xdotool("search", "--onlyvisible", "--name", "^Psoas release$", "windowfocus",
                             "--sync",
                             "key", *keys)

    def announced(self, pattern, since):
        """The news arrived as events, as a screen reader gets them: a notification that became
        showing with the news as its name (what Orca speaks), and the status line's
        accessible-name change, sent by the routine program over AT-SPI (never read back from the
        tree: a screen reader does not poll)."""
        return self.reader.notified(pattern, since) and self.reader.heard(pattern, since)

    def activate(self, window, button_name):
        """Presses a button through AT-SPI, as a screen reader user does."""
        button = self.reader.find(window, "push button", f"^{re.escape(button_name)}$")[0]
        button.queryAction().doAction(0)

    def status_line(self, window):
        self.reader.pump()
        names = [label.name for label in self.reader.find(window, "label", r"^(Step|Switch|Round) ")]
        return names[0] if names else None

    def open_routine(self):
        self.assertEqual(self.desktop.cli("stretch").returncode, 0)
        return self.reader.wait_for("the routine window's frame", lambda: self.reader.find_in_apps(
            "flexor", "frame", r"^Guided routine: Psoas release$"))[0]

    def test_every_control_is_named_and_the_countdown_and_picture_say_what_they_are(self):
        window = self.open_routine()
        buttons = self.reader.find(window, "push button")
        names = {b.name for b in buttons if b.getState().contains(self.reader.pyatspi.STATE_SHOWING)}
        self.assertEqual(names, {"Previous step", "Pause or resume", "Next step",
                                 "Stop the routine", "Mute or unmute voice and sounds"})
        for button in buttons:
            self.assertTrue(button.name, "a button without a name")
        for label in self.reader.find(window, "label"):
            if label.getState().contains(self.reader.pyatspi.STATE_SHOWING):
                self.assertTrue(label.name, "a showing label without text")

        ring = self.reader.find(window, "progress bar", r"^Time left$")
        self.assertEqual(len(ring), 1, "the countdown is not a progress bar named Time left")
        value = ring[0].queryValue()
        self.assertEqual(value.minimumValue, 0)
        self.assertEqual(value.maximumValue, 5)  # the get-ready pause of the psoas routine
        self.assertTrue(0 < value.currentValue <= 5, value.currentValue)
        self.assertRegex(ring[0].description, r"^Get ready Seconds left: [1-5]$")

        picture = self.reader.find(window, "image")
        self.assertEqual(len(picture), 1, "the pose picture is not an image")
        self.assertEqual(picture[0].name, "Picture of the pose: Kneeling hip flexor stretch")
        self.assertTrue(picture[0].description.startswith("Go down on one knee"))

    def test_step_changes_and_switching_sides_are_announced(self):
        # The listener was registered before the routine program started; the program holds
        # its first news until its window is active, when its AT-SPI bridge can send it.
        since = len(self.reader.events)
        window = self.open_routine()
        first = r"^Step 1 of 4: Kneeling hip flexor stretch, Left knee down$"
        self.reader.wait_for("the first step's announcement", lambda: self.announced(first, since))
        since = len(self.reader.events)
        self.activate(window, "Next step")
        self.reader.wait_for("'switch sides' announced", lambda: self.announced(
            r"^Switch sides: Right knee down$", since))
        since = len(self.reader.events)
        self.activate(window, "Next step")
        self.reader.wait_for("the next step announced", lambda: self.announced(
            r"^Step 2 of 4: Supine psoas stretch, Left leg long$", since))
        for _ in range(3):  # to the bridge's second round, one step at a time
            shown = self.status_line(window)
            self.activate(window, "Next step")
            self.reader.wait_for("the routine to move on", lambda: self.status_line(window) != shown)
        self.reader.wait_for("the next round announced", lambda: self.announced(
            r"^Round 2 of 3$", since))

    def test_tab_reaches_every_button_in_order(self):
        window = self.open_routine()
        focused = self.reader.pyatspi.STATE_FOCUSED

        def focused_button():
            self.reader.pump()
            hits = [b.name for b in self.reader.find(window, "push button")
                    if b.getState().contains(focused)]
            return hits[0] if hits else None

        self.reader.wait_for("the pause button to have the focus",
                             lambda: focused_button() == "Pause or resume")
        order = []
        for _ in range(5):
            self.press("Tab")
            before = order[-1] if order else "Pause or resume"
            order.append(self.reader.wait_for("the focus to move",
                                              lambda: focused_button() not in (None, before)
                                              and focused_button()))
        self.assertEqual(order, ["Next step", "Stop the routine",
                                 "Mute or unmute voice and sounds", "Previous step",
                                 "Pause or resume"])


class StatisticsWindowAccessibilityTest(unittest.TestCase):
    def test_the_chart_is_described_in_numbers(self):
        desktop, reader = DESKTOP, READER
        database = desktop.root / "history.sqlite"
        seed(database, 30, desktop.env)
        proc = desktop.spawn([str(TOOLS / "stats_window"), str(database), "--days", "7"],
                             "stats")
        self.addCleanup(proc.wait)
        self.addCleanup(proc.terminate)
        app = reader.wait_for("the statistics window", lambda: reader.app("stats_window"))
        window = reader.wait_for("its frame", lambda: reader.find(app, "frame",
                                                                   r"^Flexor statistics$"))[0]
        chart = reader.wait_for("the chart", lambda: reader.find(window, "chart"))[0]
        self.assertEqual(chart.name, "Sitting time per day")
        description = chart.description
        summary = re.match(r"^(\d+) bars? over 7 days; (.+?) of sitting in all", description)
        self.assertTrue(summary, description)
        days = re.findall(r"; [^;:]+: ([^;]+) sitting, (\d+) breaks?", description)
        self.assertEqual(len(days), int(summary.group(1)), description)
        for sitting, _ in days:
            self.assertRegex(sitting, r"^\d+ (s|min)$|^\d+ h \d\d min$")
        ranges = reader.find(window, "check box")  # checkable buttons, one of them checked
        self.assertEqual({b.name for b in ranges}, {"Last 7 days", "Last 30 days"})
        checked = [b.name for b in ranges if b.getState().contains(reader.pyatspi.STATE_CHECKED)]
        self.assertEqual(checked, ["Last 7 days"])


class PromptAccessibilityTest(unittest.TestCase):
    def test_the_prompt_is_named_by_its_question_and_its_buttons_by_their_action(self):
        # No notification server: the reminder comes in Flexor's own window.
        desktop, reader = DESKTOP, READER
        start_flexor(self, PROMPT_CONFIG)

        def prompt():
            desktop.keep_active()
            return reader.find_in_apps("flexor", "dialog", r"^Time to get up$")

        dialog = reader.wait_for("the reminder prompt", prompt, timeout=20)[0]
        self.assertRegex(dialog.description, r"^Sitting for \d+ s\.")
        self.assertEqual({b.name for b in reader.find(dialog, "push button")},
                         {"Start the stretching routine", "Snooze 10 min", "Skip this break"})


if __name__ == "__main__":
    unittest.main()
