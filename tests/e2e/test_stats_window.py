# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The statistics window on a real X server, fed a seeded history: it opens quickly, its chart
draws one bar per day with sitting, and the screenshot shows those bars in light and dark."""

import re
import unittest

from desktop import Desktop, wait_until
from stats_seed import TOOLS, is_day_off, seed

SEEDED_DAYS = 30
OPENS_WITHIN_MS = 200


def read_ppm(path):
    """(width, height, rgb bytes) of a binary PPM (P6) as ImageMagick writes it."""
    data = path.read_bytes()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6" and fields[3] == b"255", fields
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def pixel(image, x, y):
    width, _, rgb = image
    i = (y * width + x) * 3
    return tuple(rgb[i:i + 3])


def runs_of_color(image, y, x0, x1, color):
    """How many separate stretches of `color` the row y has between x0 and x1."""
    runs, inside = 0, False
    for x in range(x0, x1):
        hit = pixel(image, x, y) == color
        if hit and not inside:
            runs += 1
        inside = hit
    return runs


def hex_color(text):
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


class StatisticsWindowTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desktop = cls.enterClassContext(
            Desktop(tray=None, notifications=False, monitor_bus=False))
        cls.database = cls.desktop.root / "history.sqlite"
        cls.seeded_today = seed(cls.database, SEEDED_DAYS, cls.desktop.env)

    def show(self, days, *extra):
        name = f"stats-window-{days}{''.join(extra)}"
        proc = self.desktop.spawn([str(TOOLS / "stats_window"), str(self.database), "--days",
                                   str(days), *extra], name)
        self.addCleanup(proc.wait)
        self.addCleanup(proc.terminate)
        line = wait_until(lambda: re.search(
            r"shown ms=(\d+) bars=(\d+) chart=(\d+),(\d+),(\d+),(\d+) bar=(#\w+) window=(#\w+)",
            self.desktop.log(name)), timeout=20, what="the statistics window to be painted")
        x, y, w, h = (int(v) for v in line.group(3, 4, 5, 6))
        return {"name": name, "ms": int(line.group(1)), "bars": int(line.group(2)),
                "chart": (x, y, w, h), "bar": hex_color(line.group(7)),
                "window": hex_color(line.group(8))}

    def screenshot(self, shown):
        shot = self.desktop.root / f"{shown['name']}.ppm"
        self.desktop.run(["import", "-window", "root", "-depth", "8", f"ppm:{shot}"])
        shown["image"] = read_ppm(shot)
        return shown["image"]

    def bars_in_screenshot(self, shown, expected):
        """Bars counted in screenshots until they show `expected` or time runs out: the X
        server may show the painted window a moment after the program painted it."""
        x, y, w, h = shown["chart"]
        row = y + h - 30  # just above the baseline, which every bar of a seeded day reaches
        counts = []

        def count():
            counts.append(runs_of_color(self.screenshot(shown), row, x, x + w, shown["bar"]))
            return counts[-1] == expected

        try:
            wait_until(count, timeout=5, interval=0.1, what=f"{expected} bars on screen")
        except AssertionError:
            self.fail(f"bars seen in screenshots: {counts}, expected {expected}")
        return counts[-1]

    def days_with_sitting(self, days):
        return sum(1 for n in range(days) if not is_day_off(n))

    def test_the_week_shows_one_bar_per_day_with_sitting(self):
        shown = self.show(7)

        self.assertEqual(shown["bars"], self.days_with_sitting(7))  # 6: three days ago was off
        self.assertEqual(self.bars_in_screenshot(shown, shown["bars"]), shown["bars"])
        self.assertLess(shown["ms"], OPENS_WITHIN_MS)

    def test_the_month_shows_one_bar_per_day_with_sitting(self):
        shown = self.show(30)

        self.assertEqual(shown["bars"], self.days_with_sitting(30))  # 24
        self.assertEqual(self.bars_in_screenshot(shown, shown["bars"]), shown["bars"])

    def test_a_dark_palette_gives_a_dark_window_with_the_same_bars(self):
        light = self.show(7)
        self.bars_in_screenshot(light, self.days_with_sitting(7))
        light_background = pixel(light["image"], light["chart"][0] + 2, light["chart"][1] + 2)
        dark = self.show(7, "--dark")

        self.assertEqual(self.bars_in_screenshot(dark, self.days_with_sitting(7)), 6)
        background = pixel(dark["image"], dark["chart"][0] + 2, dark["chart"][1] + 2)
        self.assertLess(sum(background) / 3, 80, background)
        self.assertGreater(sum(light_background) / 3, 170, light_background)
        self.assertNotEqual(dark["bar"], light["bar"])


if __name__ == "__main__":
    unittest.main()
