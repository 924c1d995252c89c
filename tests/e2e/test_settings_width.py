# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The Settings page of the Flexor window fits the window's default width in every language
Flexor speaks, at 100 % and at 200 % scale: the real window program (flexor-window --page
settings, as `flexor window settings` starts it) is opened at its own default size, and its
tree, read as a screen reader reads it (AT-SPI), must show no horizontal scroll bar. A shown
one's maximum is how many pixels the page is wider than the window: the failure says it."""

import os
import unittest
from pathlib import Path

from test_accessibility import ScreenReader, accessible_desktop

from locales import locale_env
from windows import window_geometry

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
"""

# (language, locale): English and the five translations of translations/*.ts.
LANGUAGES = [("en", "en_US.UTF-8"), ("de", "de_DE.UTF-8"), ("fr", "fr_FR.UTF-8"),
             ("es", "es_ES.UTF-8"), ("it", "it_IT.UTF-8"), ("pt_BR", "pt_BR.UTF-8")]
# The size FlexorWindow gives itself (FlexorWindow.cpp), in device-independent pixels.
DEFAULT_WIDTH = 560
WINDOW_PROGRAM = Path(os.environ.get("FLEXOR_BIN", "flexor")).parent / "flexor-window"

DESKTOP = None
READER = None


def setUpModule():
    global DESKTOP, READER
    # A screen big enough for the window at twice its size.
    DESKTOP = unittest.enterModuleContext(
        accessible_desktop(tray=None, notifications=False, screen="2560x1600"))
    READER = ScreenReader(DESKTOP)
    DESKTOP.start_flexor(CONFIG)
    unittest.addModuleCleanup(DESKTOP.stop_flexor)


class SettingsWidthTest(unittest.TestCase):
    def open_settings(self, language, locale, scale):
        env = dict(DESKTOP.env, **locale_env(locale))
        if scale != 1:
            env["QT_SCALE_FACTOR"] = str(scale)
        proc = DESKTOP.spawn([str(WINDOW_PROGRAM), "--page", "settings"],
                             f"window-{language}-{scale}", env=env)
        self.addCleanup(proc.wait)
        self.addCleanup(proc.terminate)
        self.proc = proc
        pyatspi = READER.pyatspi

        def frame():
            for app in READER.apps("flexor"):
                try:
                    if app.get_process_id() != proc.pid:
                        continue
                    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
                except Exception:
                    continue
                for node in frames:
                    if node is not None and node.getRoleName() == "frame" and \
                            node.getState().contains(pyatspi.STATE_SHOWING):
                        return node
            return None
        window = READER.wait_for(f"the Flexor window in {language}", frame, timeout=30)
        return window

    def scroll_bars(self, window, horizontal):
        """The showing scroll bars of one orientation (Qt's bridge gives scroll bars no
        horizontal or vertical state: their shape tells)."""
        pyatspi = READER.pyatspi
        found = []
        for bar in READER.find(window, "scroll bar"):
            if bar.getState().contains(pyatspi.STATE_SHOWING):
                extents = bar.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                if (extents.width > extents.height) == horizontal:
                    found.append(bar)
        return found

    def check(self, language, locale, scale):
        pyatspi = READER.pyatspi
        window = self.open_settings(language, locale, scale)
        try:
            self.check_window(window, language, scale)
        finally:
            self.proc.terminate()
            self.proc.wait()

    def check_window(self, window, language, scale):
        pyatspi = READER.pyatspi
        # The page is taller than the window: its vertical bar shows once the scroll area has
        # laid out its content, and the horizontal one is decided in the same pass.
        READER.wait_for("the settings page laid out", lambda: self.scroll_bars(
            window, horizontal=False), timeout=30)
        # Qt tells AT-SPI device-independent pixels; the X window is `scale` times as wide.
        width = window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).width
        self.assertEqual(width, DEFAULT_WIDTH,
                         f"{language} at {scale * 100} %: the window is not at its default width")
        shown = DESKTOP.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid),
                             "--name", "^Flexor$"]).stdout.split()
        self.assertEqual(len(shown), 1, "one visible Flexor window of the program")
        drawn = window_geometry(DESKTOP, shown[0])[2]
        self.assertEqual(drawn, DEFAULT_WIDTH * scale,
                         f"{language} at {scale * 100} %: not drawn at that scale")
        wider = [bar.queryValue().maximumValue
                 for bar in self.scroll_bars(window, horizontal=True)]
        verdict = f"the page is {wider} px wider than the window" if wider else "it fits"
        print(f"{language} at {scale * 100} %: window {width} px wide ({drawn} on screen), "
              f"horizontal scroll bar: {verdict}")
        self.assertEqual(wider, [], f"{language} at {scale * 100} %: the Settings page scrolls "
                                    f"sideways, {verdict}")

    def test_every_language_fits_at_100_percent(self):
        for language, locale in LANGUAGES:
            with self.subTest(language=language):
                self.check(language, locale, 1)

    def test_every_language_fits_at_200_percent(self):
        for language, locale in LANGUAGES:
            with self.subTest(language=language):
                self.check(language, locale, 2)


if __name__ == "__main__":
    unittest.main()
