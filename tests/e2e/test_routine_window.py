# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The guided routine window, opened through the real daemon with `flexor stretch` and driven
with real key presses (xdotool): to the finish in one run, abandoned with Esc in another.
The engine must hear how it ended, and a screenshot of a step must show the pose picture."""

import unittest

from desktop import Desktop, close_to, screenshot, visible_window, wait_until, window_geometry

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
routine = "psoas"
sound = false
voice = false
"""

FIGURE_BLUE = (0x4F, 0x7F, 0xB8)  # the near limbs in every pose picture (assets/poses)


class RoutineWindowTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))
        self.desktop.start_flexor(CONFIG)
        self.desktop.keep_active()

    def open_routine(self, *cli_args, title):
        result = self.desktop.cli("stretch", *cli_args)
        self.assertEqual(result.returncode, 0, result.stderr)
        window = wait_until(lambda: visible_window(self.desktop, title), timeout=10,
                            what=f"the routine window '{title}'")
        wait_until(lambda: self.desktop.status()["state"] == "in-routine",
                   what="the engine to be in the routine")
        return window

    def key(self, name):
        self.desktop.xdotool("key", name)

    def log_after(self, pattern, offset):
        return self.desktop.wait_for_log(pattern, after=offset)

    def test_a_step_shows_its_picture_countdown_and_texts(self):
        window = self.open_routine(title="Psoas release")
        self.desktop.wait_for_log(r"routine psoas: get-ready \(hold 1 of 9\)")
        x, y, w, h = window_geometry(self.desktop, window)
        shot = screenshot(self.desktop, self.desktop.root / "step.png", crop=(x, y, w, h))
        self.assertEqual((shot.width, shot.height), (w, h))
        self.assertGreaterEqual(w, 600)
        self.assertGreaterEqual(h, 500)

        background = shot.pixel(2, h // 2)
        picture_area = (0, h // 10, int(w * 0.55), int(h * 0.6))
        area_size = (picture_area[2] - picture_area[0]) * (picture_area[3] - picture_area[1])
        drawn = shot.count(picture_area, lambda rgb: rgb != background)
        figure = shot.count(picture_area, close_to(FIGURE_BLUE))
        self.assertGreater(drawn, area_size // 20, "the picture area is nearly blank")
        self.assertGreater(figure, 1000, "the figure's colour is missing from the picture")

    def test_driven_to_the_end_the_engine_hears_finished(self):
        self.open_routine(title="Psoas release")
        self.desktop.wait_for_log(r"routine psoas: get-ready \(hold 1 of 9\)")

        self.key("space")
        self.desktop.wait_for_log(r"routine psoas paused")
        offset = len(self.desktop.flexor_log())
        self.key("space")
        self.log_after(r"routine psoas resumed", offset)

        for hold in range(2, 10):
            offset = len(self.desktop.flexor_log())
            self.key("Right")
            self.log_after(rf"routine psoas: get-ready \(hold {hold} of 9\)", offset)
        self.key("Right")
        self.desktop.wait_for_log(r"routine psoas finished after \d+ s")

        self.desktop.wait_for_log(r"state in-routine -> sitting")
        status = wait_until(lambda: (s := self.desktop.status())["state"] == "sitting" and s,
                            what="the engine back to sitting")
        self.assertLess(status["streak_seconds"], 30)

        self.key("Escape")  # closes the finish screen
        wait_until(lambda: visible_window(self.desktop, "Psoas release") is None,
                   what="the window to close")
        self.assertNotRegex(self.desktop.flexor_log(), r"routine psoas stopped")

    def test_stopped_with_escape_the_engine_hears_abandoned(self):
        self.open_routine("quick", title="Quick hip opener")
        self.desktop.wait_for_log(r"routine quick: get-ready \(hold 1 of 4\)")
        offset = len(self.desktop.flexor_log())
        self.key("Right")
        self.log_after(r"routine quick: get-ready \(hold 2 of 4\)", offset)

        self.key("Escape")
        wait_until(lambda: visible_window(self.desktop, "Quick hip opener") is None,
                   what="the window to close")
        self.desktop.wait_for_log(r"routine quick stopped after \d+ s, 0 of 2 steps completed")
        self.desktop.wait_for_log(r"state in-routine -> \S+ .*abandon")
        wait_until(lambda: self.desktop.status()["state"] != "in-routine",
                   what="the engine to leave the routine")
        self.assertNotRegex(self.desktop.flexor_log(), r"routine quick finished")


if __name__ == "__main__":
    unittest.main()
