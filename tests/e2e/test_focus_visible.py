# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A keyboard user can see where the focus is, in every window of Flexor's (the routine, the
statistics and the reminder prompt) and in the light, dark and high-contrast palettes: under
Xvfb, Tab moves the focus (xdotool), and a screenshot of the newly focused button, compared with
the same button unfocused a moment before, shows a frame: enough changed pixels to go round the
button, each of 3:1 or more against the window's background and against what was there before
(WCAG 2.2 focus appearance). The focus also goes round each window in a sensible order."""

import re
import unittest

from desktop import Desktop, visible_window, wait_until, window_geometry
from images import contrast, screenshot
from stats_seed import TOOLS, seed

PALETTES = {
    "light": [],
    "dark": ["--dark"],
    "high-contrast": ["--high-contrast"],
}

# Each window: its title, the control focused first, and the keys that move the focus on with
# the control each one must reach. The statistics window's range buttons are one exclusive
# group, like radio buttons: Tab enters and leaves it, the arrows move inside it.
WINDOWS = {
    "routine": {
        "title": "Psoas release",
        "first": "Pause or resume",
        "takes_focus": True,
        "moves": [("Tab", "Next step"), ("Tab", "Stop the routine"),
                  ("Tab", "Mute or unmute voice and sounds"), ("Tab", "Previous step"),
                  ("Tab", "Pause or resume")],
    },
    "statistics": {
        "title": "Flexor statistics",
        "first": "Last 7 days",
        "takes_focus": False,
        "moves": [("Right", "Last 30 days"), ("Left", "Last 7 days")],
    },
    "prompt": {
        "title": "Flexor",
        "first": "Start the stretching routine",
        "takes_focus": True,
        "moves": [("Tab", "Snooze 10 min"), ("Tab", "Skip this break"),
                  ("Tab", "Start the stretching routine")],
    },
}

FOCUS_LINE = re.compile(r"^focus: (.+) (\d+),(\d+),(\d+),(\d+)$", re.M)
MARGIN = 3  # pixels round the button a frame may reach into


DESKTOP = None


def setUpModule():
    global DESKTOP
    DESKTOP = unittest.enterModuleContext(
        Desktop(tray=None, notifications=False, monitor_bus=False))


class FocusVisibleTest(unittest.TestCase):
    def start(self, window, palette):
        desktop = DESKTOP
        name = f"{window}-{palette}"
        extra = [*PALETTES[palette], "--report-focus"]
        if window == "routine":
            args = [str(TOOLS / "routine_window_tool"), "psoas", *extra]
        elif window == "statistics":
            database = desktop.root / f"history-{name}.sqlite"
            seed(database, 30, desktop.env)
            args = [str(TOOLS / "stats_window"), str(database), "--days", "7", *extra]
        else:
            args = [str(TOOLS / "prompt_window"), *extra]
        proc = desktop.spawn(args, name)
        self.addCleanup(proc.wait)
        self.addCleanup(proc.terminate)
        title = WINDOWS[window]["title"]
        try:
            window_id = wait_until(lambda: visible_window(desktop, title), timeout=20,
                                   what=f"the window '{title}'")
        except AssertionError as error:
            raise AssertionError(f"{error}; exit {proc.poll()}, its output: "
                                 f"{desktop.log(name)[-2000:]}") from None
        return desktop, name, title, window_id

    def focus_lines(self, desktop, name):
        return FOCUS_LINE.findall(desktop.log(name))

    def check(self, window, palette):
        desktop, name, title, window_id = self.start(window, palette)
        left, top, _, _ = window_geometry(desktop, window_id)
        spec = WINDOWS[window]
        # The window as it looks before it has the keyboard (the routine window and the prompt
        # take it themselves when they open; the statistics window waits to be given it).
        before = screenshot(desktop, desktop.root / f"{name}-0.png")
        desktop.xdotool("windowfocus", "--sync", window_id)
        wait_until(lambda: self.focus_lines(desktop, name), timeout=15,
                   what="the first focused control")
        first = self.focus_lines(desktop, name)[0]
        self.assertEqual(first[0], spec["first"])
        background = before.pixel(left + 2, top + 2)  # the window's own colour
        if not spec["takes_focus"]:
            self.assert_visible_frame(desktop, name, before, first, background,
                                      f"{window} window, {palette}, focus on '{first[0]}'")
        for step, (key, wanted) in enumerate(spec["moves"], start=1):
            # The control about to get the focus, as it looks without it.
            before = screenshot(desktop, desktop.root / f"{name}-before.png")
            desktop.xdotool("windowfocus", "--sync", window_id, "key", key)
            wait_until(lambda: len(self.focus_lines(desktop, name)) > step, timeout=15,
                       what=f"the focus to move to '{wanted}'")
            line = self.focus_lines(desktop, name)[step]
            self.assertEqual(line[0], wanted, f"focus order in the {window} window")
            self.assert_visible_frame(desktop, name, before, line, background,
                                      f"{window} window, {palette}, focus on '{wanted}'")

    def assert_visible_frame(self, desktop, name, before, line, background, what):
        """Compares the focused control (x, y, w, h from its focus line) with how it looked
        in `before`."""
        x, y, w, h = (int(v) for v in line[1:])
        after = screenshot(desktop, desktop.root / f"{name}-after.png")
        changed = strong = 0
        for py in range(y - MARGIN, y + h + MARGIN):
            for px in range(x - MARGIN, x + w + MARGIN):
                old, new = before.pixel(px, py), after.pixel(px, py)
                if old == new:
                    continue
                changed += 1
                if contrast(new, old) >= 3 and contrast(new, background) >= 3:
                    strong += 1
        # A 2 px frame round the button has about 4 (w + h) pixels: at least three quarters of
        # that (Fusion's own thin outline, seen after a Tab in dark palettes, gets two).
        perimeter = 3 * (w + h)
        self.assertGreaterEqual(strong, perimeter,
                                f"{what}: {strong} pixels of 3:1 changed ({changed} changed in "
                                f"all), a frame needs {perimeter}; background {background}")
        return strong

    def test_routine_window_light(self):
        self.check("routine", "light")

    def test_routine_window_dark(self):
        self.check("routine", "dark")

    def test_routine_window_high_contrast(self):
        self.check("routine", "high-contrast")

    def test_statistics_window_light(self):
        self.check("statistics", "light")

    def test_statistics_window_dark(self):
        self.check("statistics", "dark")

    def test_statistics_window_high_contrast(self):
        self.check("statistics", "high-contrast")

    def test_reminder_prompt_light(self):
        self.check("prompt", "light")

    def test_reminder_prompt_dark(self):
        self.check("prompt", "dark")

    def test_reminder_prompt_high_contrast(self):
        self.check("prompt", "high-contrast")


if __name__ == "__main__":
    unittest.main()
