# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tray icon stays legible on a light and on a dark panel, as a real tray shows it:
trayer (XEmbed) tinted #f0f0f0 and then #202020, Flexor's icon embedded in it, and a
screenshot of the icon measured: the ring and the state's mark have enough pixels of 3:1 or
more against the panel (WCAG's bar for the parts of a graphic one needs to read it).
tests/unit/ui/TrayIconContrastTests.cpp checks every state at every size; this checks that the
tray really shows what the engine draws."""

import math
import unittest

from desktop import Desktop, screenshot, selection_owner, wait_until, window_geometry
from images import contrast
from test_tray import CONFIG, flexor_tray_window

PANELS = {"light": "0xf0f0f0", "dark": "0x202020"}
PANEL_COLOURS = {"light": (0xf0, 0xf0, 0xf0), "dark": (0x20, 0x20, 0x20)}


class TrayContrastTest(unittest.TestCase):
    def icon_on(self, panel, command=None):
        """A screenshot of Flexor's icon in a trayer of that colour (after a CLI command, if
        given) and the panel's colour as drawn."""
        desktop = self.enterContext(Desktop(tray=None))
        desktop.spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype",
                       "request", "--height", "32", "--transparent", "true", "--alpha", "0",
                       "--tint", PANELS[panel]], "trayer")
        wait_until(lambda: selection_owner(desktop.env["DISPLAY"], "_NET_SYSTEM_TRAY_S0") != 0,
                   timeout=30, what="trayer to own the tray selection")
        desktop.start_flexor(CONFIG)
        if command:
            self.assertEqual(desktop.cli(*command).returncode, 0)
        window = wait_until(lambda: flexor_tray_window(desktop), what="the embedded icon")
        x, y, w, h = window_geometry(desktop, window)
        # The panel's colour, in the icon window's corner (outside the round icon); then the
        # icon, once it is drawn.
        background = screenshot(desktop, desktop.root / "panel.png", crop=(x, y, w, h)).pixel(0, 0)
        shot = wait_until(lambda: self.drawn(desktop, (x, y, w, h), background), timeout=15,
                          what="the icon to be drawn")
        self.assertLess(contrast(background, PANEL_COLOURS[panel]), 1.2, "trayer's tint")
        return shot, (w, h), background

    def drawn(self, desktop, box, background):
        shot = screenshot(desktop, desktop.root / "icon.png", crop=box)
        w, h = box[2], box[3]
        if any(contrast(shot.pixel(w // 2, row), background) > 1.2 for row in range(h)):
            return shot
        return None

    def measure(self, shot, size, background, from_radius, to_radius):
        w, h = size
        strong = drawn = 0
        for y in range(h):
            for x in range(w):
                r = math.hypot(x + 0.5 - w / 2, y + 0.5 - h / 2)
                if from_radius <= r < to_radius:
                    ratio = contrast(shot.pixel(x, y), background)
                    drawn += ratio >= 1.2
                    strong += ratio >= 3
        return strong, drawn

    def check(self, panel, command=None, mark=False):
        shot, (w, h), background = self.icon_on(panel, command)
        side = min(w, h)
        width = max(1.5, side / 8)
        ring_radius = side / 2 - width
        ring, _ = self.measure(shot, (w, h), background, ring_radius - width / 2 - 1,
                               ring_radius + width / 2 + 1)
        self.assertGreaterEqual(ring, 0.6 * 2 * math.pi * ring_radius,
                                f"the ring on a {panel} panel {background}")
        if mark:
            strong, drawn = self.measure(shot, (w, h), background, 0,
                                         ring_radius - width / 2 - 1)
            self.assertGreaterEqual(strong, max(4, 0.4 * drawn),
                                    f"the mark on a {panel} panel {background}")

    def test_sitting_on_a_light_panel(self):
        self.check("light")

    def test_sitting_on_a_dark_panel(self):
        self.check("dark")

    def test_paused_on_a_light_panel(self):
        self.check("light", ["pause"], mark=True)

    def test_paused_on_a_dark_panel(self):
        self.check("dark", ["pause"], mark=True)


if __name__ == "__main__":
    unittest.main()
