# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The settings page, driven as a screen reader user drives it (AT-SPI, python3-pyatspi) while
the real daemon runs: a change is written into the user's own file at once (that value only,
comments intact) and the daemon applies it within two seconds; a broken file is shown with
where it is broken and never overwritten; a hand edit shows up in the open page; every control
is named and reachable with Tab. The page is shown by tests/tools/settings_page_host, as the
Flexor window shows it in its Settings tab."""

import os
import time
import unittest
from pathlib import Path

from test_accessibility import ScreenReader, accessible_desktop

from desktop import Timeout, wait_until

TOOLS = Path(os.environ.get("FLEXOR_TOOLS_DIR", ""))

USER_CONFIG = """# my settings, from my dotfiles

remind_after = "45m"   # the default, for now
schedule = false

# the days I am at a desk
active_days = ["mon", "tue", "thu"]
my_note = "not Flexor's"
"""

DESKTOP = None
READER = None


def setUpModule():
    global DESKTOP, READER
    DESKTOP = unittest.enterModuleContext(accessible_desktop(tray=None))
    READER = ScreenReader(DESKTOP)


class SettingsPageTest(unittest.TestCase):
    def setUp(self):
        self.desktop, self.reader = DESKTOP, READER
        self.file = self.desktop.home / ".config" / "flexor" / "config.toml"

    def open_page(self):
        """Starts the page and gives its window the keyboard focus (there is no window
        manager), as a person who opened it would have it."""
        proc = self.desktop.spawn([str(TOOLS / "settings_page_host")], "settings-page")
        self.addCleanup(proc.wait)
        self.addCleanup(proc.terminate)
        reader = self.reader

        def frame():
            for app in reader.apps("settings_page_host"):
                try:
                    # The page alone is a "filler" (a plain widget), in a window a tab's page.
                    found = [n for n in reader.nodes(app) if n.name == "Flexor settings"]
                except Exception:  # a page of an earlier test that has gone away
                    continue
                if found:
                    return found[0]
            return None
        page = reader.wait_for("the settings page", frame)
        self.desktop.xdotool("search", "--sync", "--name", "^Flexor settings$", "windowfocus",
                             "--sync")
        return page

    def control(self, page, role, name):
        self.reader.pump()
        found = self.reader.find(page, role, f"^{name}$")
        self.assertEqual(len(found), 1, f"one {role} named {name}")
        return found[0]

    def start_flexor(self, config):
        self.desktop.start_flexor(config)
        self.addCleanup(self.desktop.stop_flexor)

    def test_remind_after_set_in_the_page_reaches_the_daemon_and_only_that_value_changes(self):
        self.start_flexor(USER_CONFIG)
        self.assertEqual(self.desktop.status()["remind_after_seconds"], 45 * 60)
        page = self.open_page()
        spin = self.control(page, "spin button", "Remind after")
        self.assertEqual(spin.queryValue().currentValue, 45 * 60)
        self.assertRegex(spin.description, r"^How long you may sit without a real break")

        since = len(self.reader.events)
        started = time.monotonic()
        spin.queryValue().currentValue = 30 * 60
        wait_until(lambda: self.desktop.status()["remind_after_seconds"] == 1800, timeout=2.0,
                   what="the daemon to apply remind after = 30 min")
        print(f"page change -> status shows 1800 s: {time.monotonic() - started:.2f} s")
        self.assertEqual(self.file.read_text(),
                         USER_CONFIG.replace('remind_after = "45m"', 'remind_after = "30m"'))
        self.reader.wait_for("'Saved' announced", lambda: self.reader.heard(
            r"^Saved: Remind after$", since))

    def test_calendar_settings_set_in_the_page_change_only_their_values(self):
        self.start_flexor(USER_CONFIG)
        page = self.open_page()
        spin = self.control(page, "spin button", "Stretch before a long meeting within")
        self.assertEqual(spin.queryValue().currentValue, 15 * 60)
        self.assertRegex(spin.description, r"From 0s to 2h\.$")
        since = len(self.reader.events)
        spin.queryValue().currentValue = 20 * 60
        self.reader.wait_for("'Saved' announced", lambda: self.reader.heard(
            r"^Saved: Stretch before a long meeting within$", since))
        self.assertEqual(self.file.read_text(), USER_CONFIG + 'before_meeting = "20m"\n')

        titles = self.control(page, "check box", "Meeting titles in flexor status")
        titles.queryAction().doAction(0)
        wait_until(lambda: self.file.read_text() == USER_CONFIG + 'before_meeting = "20m"\n'
                   'calendar_titles = true\n', what="calendar_titles written")

    def test_an_own_rhythm_is_checked_as_the_file_is_before_it_is_written(self):
        mine = USER_CONFIG + 'rhythm = "25-5-0"\n'
        self.desktop.write_config(mine)
        page = self.open_page()
        text = self.control(page, "text", "My own rhythm, SIT-STAND-MOVE")
        self.assertEqual(text.queryText().getText(0, -1), "25-5-0")
        # A rhythm stands in for Remind after: that box is not for changing meanwhile.
        enabled = self.reader.pyatspi.STATE_ENABLED
        self.assertFalse(self.control(page, "spin button", "Remind after")
                         .getState().contains(enabled))
        text.queryComponent().grabFocus()
        focused = self.reader.pyatspi.STATE_FOCUSED
        self.reader.wait_for("the rhythm box to have the focus", lambda: self.control(
            page, "text", "My own rhythm, SIT-STAND-MOVE").getState().contains(focused))

        def type_rhythm(rhythm):
            self.desktop.xdotool("search", "--name", "^Flexor settings$", "windowfocus",
                                 "--sync", "key", "ctrl+a", "type", rhythm)
            self.desktop.xdotool("search", "--name", "^Flexor settings$", "windowfocus",
                                 "--sync", "key", "Return")
        since = len(self.reader.events)
        type_rhythm("25-5")
        self.reader.wait_for("the loader's refusal announced", lambda: self.reader.heard(
            r'^Not saved: .*config\.toml:\d+:\d+: error: rhythm: "25-5" is not a rhythm', since))
        self.assertEqual(self.file.read_text(), mine)
        since = len(self.reader.events)
        type_rhythm("30-10-5")
        self.reader.wait_for("'Saved' announced", lambda: self.reader.heard(
            r"^Saved: Rhythm$", since))
        self.assertEqual(self.file.read_text(), mine.replace('"25-5-0"', '"30-10-5"'))

    def test_a_duration_typed_with_the_keyboard_is_saved_when_the_typing_is_done(self):
        self.desktop.write_config(USER_CONFIG)
        page = self.open_page()
        spin = self.control(page, "spin button", "Snooze for")
        spin.queryComponent().grabFocus()
        focused = self.reader.pyatspi.STATE_FOCUSED
        self.reader.wait_for("the snooze box to have the focus", lambda: self.control(
            page, "spin button", "Snooze for").getState().contains(focused))
        since = len(self.reader.events)
        self.desktop.xdotool("search", "--name", "^Flexor settings$", "windowfocus", "--sync",
                             "key", "ctrl+a", "type", "15")
        self.desktop.xdotool("search", "--name", "^Flexor settings$", "windowfocus", "--sync",
                             "key", "Return")
        self.reader.wait_for("'Saved' announced", lambda: self.reader.heard(
            r"^Saved: Snooze for$", since))
        # A key the file lacked: a line of its own at the end, the rest as it was.
        self.assertEqual(self.file.read_text(), USER_CONFIG + 'snooze = "15m"\n')

    def test_restore_defaults_puts_back_the_documented_values_and_keeps_the_rest(self):
        changed = USER_CONFIG.replace('"45m"', '"20m"').replace("false", "true") + \
            'max_snoozes = 7\n'
        self.desktop.write_config(changed)
        page = self.open_page()
        self.control(page, "push button", "Restore defaults").queryAction().doAction(0)
        # Every key the page shows that the file sets gets default.toml's value, in place.
        expected = (USER_CONFIG.replace("schedule = false", "schedule = true")
                    .replace('["mon", "tue", "thu"]', '["mon", "tue", "wed", "thu", "fri"]')
                    + "max_snoozes = 3\n")
        # (Qt presses a button for AT-SPI with an animated click: it lands a moment later.)
        wait_until(lambda: self.file.read_text() == expected, what="the defaults written")

    def test_a_broken_file_is_shown_and_never_overwritten(self):
        broken = USER_CONFIG.replace('"45m"', "45")
        self.desktop.write_config(broken)
        page = self.open_page()
        problem = self.reader.wait_for("the problem shown", lambda: self.reader.find(
            page, "label", r"config\.toml:3:16: error: remind_after"))
        self.assertTrue(problem)
        self.control(page, "push button", "Open the file")
        spin = self.control(page, "spin button", "Remind after")
        enabled = self.reader.pyatspi.STATE_ENABLED
        self.assertFalse(spin.getState().contains(enabled), "a control of a broken file works")
        restore = self.control(page, "push button", "Restore defaults")
        self.assertFalse(restore.getState().contains(enabled))
        # Even a change that reaches the disabled control (a screen reader can set a value) is
        # not written over the user's file.
        # (The value is set by a D-Bus call that returns once the page has handled it.)
        spin.queryValue().currentValue = 30 * 60
        self.assertEqual(self.file.read_text(), broken)

        # Fixed by hand while the page is open: the controls come back, showing the file.
        self.desktop.write_config(USER_CONFIG.replace('"45m"', '"20m"'))
        self.reader.wait_for("the controls to come back", lambda: self.control(
            page, "spin button", "Remind after").getState().contains(enabled))
        self.assertEqual(self.control(page, "spin button", "Remind after")
                         .queryValue().currentValue, 20 * 60)

    def test_a_hand_edit_shows_up_in_the_open_page(self):
        self.desktop.write_config(USER_CONFIG)
        page = self.open_page()
        voice = self.control(page, "check box", "Speak the steps")
        checked = self.reader.pyatspi.STATE_CHECKED
        self.assertTrue(voice.getState().contains(checked))
        self.desktop.write_config(USER_CONFIG + "voice = false\nsnooze = \"5m\"\n")
        self.reader.wait_for("the page to show the edit", lambda: not self.control(
            page, "check box", "Speak the steps").getState().contains(checked))
        self.assertEqual(self.control(page, "spin button", "Snooze for")
                         .queryValue().currentValue, 5 * 60)

    def test_every_control_is_named_and_reachable_with_tab(self):
        self.desktop.write_config(USER_CONFIG)
        page = self.open_page()
        pyatspi = self.reader.pyatspi
        roles = ("spin button", "check box", "combo box", "push button")
        controls = [n for n in self.reader.nodes(page) if n.getRoleName() in roles]
        self.assertGreaterEqual(len(controls), 25)
        for control in controls:
            self.assertTrue(control.name, f"a {control.getRoleName()} without a name")
        def usable(node):
            return all(node.getState().contains(state) for state in (
                pyatspi.STATE_ENABLED, pyatspi.STATE_FOCUSABLE, pyatspi.STATE_VISIBLE))
        reachable = {(c.getRoleName(), c.name) for c in controls if usable(c)}
        # Text boxes and lists take a Tab of their own too (calendars, shared folder).
        other_stops = [n for n in self.reader.nodes(page)
                       if n.getRoleName() in ("text", "list") and usable(n)]

        def focused():
            self.reader.pump()
            for node in self.reader.nodes(page):
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    return (node.getRoleName(), node.name)
            return None

        # A time edit takes one Tab per section (hours, then minutes) before the focus leaves it.
        time_edits = {("spin button", "Active from"), ("spin button", "Active until")}
        seen = []
        for _ in range(len(reachable) + len(other_stops) + len(time_edits) + 2):
            before = focused()
            self.desktop.xdotool("search", "--name", "^Flexor settings$", "windowfocus",
                                 "--sync", "key", "Tab")
            try:
                now = self.reader.wait_for("the focus to move", lambda: (
                    focused() not in (None, before)) and focused(),
                    timeout=3 if before in time_edits else 15)
            except Timeout:
                if before not in time_edits:
                    raise
                now = before
            seen.append(now)
        missing = reachable - set(seen)
        self.assertEqual(missing, set(), "controls Tab never reaches")


if __name__ == "__main__":
    unittest.main()
