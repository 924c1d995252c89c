# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine window heard through a real screen reader: Orca (Debian 12's Orca 43) on the
test desktop, with the accessibility bus, a real speech-dispatcher and an audio server, reads
the routine window's news as a person using it would hear it. Orca's debug log records every
utterance as a `SPEECH OUTPUT: '...'` line; the test waits for the step titles and "switch
sides" among them, in the order the routine gives them, also when the news comes a moment
after the one before; and the Flexor window's state sentence as it changes (the reminder's
time, a meeting and since when, a setting applied)."""

import re
import unittest

from audio import AudioSession
from desktop import Desktop, wait_until
from stats_seed import TOOLS

# Two steps, the first on both sides, held for seconds: the whole routine takes about 9 s.
LISTEN_ROUTINE = """
title = "Listen"
get_ready = "1s"

[[step]]
title = "Reach up"
do = "Reach up with both arms."
hold = "2s"
sides = "left-right"

[[step]]
title = "Bridge"
do = "Lift the hips."
hold = "2s"
"""

# The same steps held long enough that only key presses move the routine on.
SLOW_ROUTINE = LISTEN_ROUTINE.replace('title = "Listen"', 'title = "Slow listen"').replace(
    'hold = "2s"', 'hold = "60s"')

NEWS = ["Step 1 of 2: Reach up, Left side", "Switch sides: Right side", "Step 2 of 2: Bridge"]

# Read by Orca as it starts. Its own watchdog kills it when a call takes longer than
# settings.timeoutTime (10 s), which a busy two-core machine can reach; no braille display here
# either. Orca writes its debug file through an 8 KiB buffer: line by line, the test reads what
# was said as soon as it was said.
ORCA_CUSTOMIZATIONS = """import orca.debug
import orca.settings
orca.settings.timeoutTime = 120
orca.settings.enableBraille = False
if orca.debug.debugFile:
    orca.debug.debugFile.reconfigure(line_buffering=True)
"""


class Orca:
    """A real Orca on the desktop, started without --replace (that would kill every Orca of the
    user), and what it said."""

    def __init__(self, desktop):
        self.desktop = desktop
        customizations = desktop.home / ".local" / "share" / "orca" / "orca-customizations.py"
        customizations.parent.mkdir(parents=True, exist_ok=True)
        customizations.write_text(ORCA_CUSTOMIZATIONS)
        self.debug_file = desktop.root / "orca-debug.txt"
        desktop.spawn(["orca", f"--debug-file={self.debug_file}"], "orca")
        # Orca says so once its speech works and it listens to AT-SPI events.
        wait_until(lambda: self.said(r"^Screen reader on\."), timeout=90, interval=0.1,
                   what="Orca to say 'Screen reader on.'")

    def utterances(self):
        if not self.debug_file.exists():
            return []
        text = self.debug_file.read_text(errors="replace")
        # SPEECH OUTPUT: 'text'{'established': False}: the text, then the voice's settings.
        return re.findall(r"SPEECH OUTPUT: '(.*)'(?:\{.*\})?$", text, re.M)

    def said(self, pattern, since=0):
        return [u for u in self.utterances()[since:] if re.search(pattern, u)]

    def wait_for_news(self, news, since, timeout=30):
        """Waits until Orca has spoken each piece of news, in that order, after utterance
        `since`; returns everything it said from there."""
        def heard_in_order():
            said = self.utterances()[since:]
            position = 0
            for piece in news:
                hits = [i for i, u in enumerate(said[position:], position) if piece in u]
                if not hits:
                    return None
                position = hits[0] + 1
            return said
        return wait_until(heard_in_order, timeout=timeout, interval=0.1,
                          what=f"Orca to say {news} in order")


DESKTOP = None
ORCA = None


def setUpModule():
    global DESKTOP, ORCA
    DESKTOP = unittest.enterModuleContext(Desktop(tray=None, notifications=False))
    DESKTOP.env.pop("NO_AT_BRIDGE", None)
    DESKTOP.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    # Orca hangs in its speech set-up without a speech-dispatcher that answers, and after its
    # first utterance without an audio server to play it.
    AudioSession(DESKTOP)
    DESKTOP.spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], "at-spi")
    DESKTOP.wait_for_bus_name("org.a11y.Bus")
    routines = DESKTOP.home / ".config" / "flexor" / "routines"
    routines.mkdir(parents=True, exist_ok=True)
    (routines / "listen.toml").write_text(LISTEN_ROUTINE)
    (routines / "slow-listen.toml").write_text(SLOW_ROUTINE)
    ORCA = Orca(DESKTOP)


class OrcaHearsTheRoutineTest(unittest.TestCase):
    def start_routine(self, name):
        """The routine window program on its own (no daemon): it plays the routine at once, and
        stays on its finish page until it is ended."""
        proc = DESKTOP.spawn([str(TOOLS / "routine_window_tool"), name], f"routine-{name}")
        self.addCleanup(proc.wait, timeout=10)
        self.addCleanup(proc.terminate)

    def test_every_step_and_switch_sides_is_spoken_in_order(self):
        since = len(ORCA.utterances())
        self.start_routine("listen")
        said = ORCA.wait_for_news(NEWS, since)
        print("Orca said:", said)
        # The window stays on its finish page, so nothing more is news.
        wait_until(lambda: re.search(r"^finished 2$", DESKTOP.log("routine-listen"), re.M),
                   timeout=30, what="the routine to finish")
        said = ORCA.utterances()[since:]
        # Each piece of news is spoken once, as a notification.
        for piece in NEWS:
            self.assertEqual(len([u for u in said if piece in u]), 1, said)
        self.assertIn("notification Step 1 of 2: Reach up, Left side.", said)

    def test_news_that_follows_at_once_is_spoken_too(self):
        since = len(ORCA.utterances())
        self.start_routine("slow-listen")
        ORCA.wait_for_news(NEWS[:1], since)
        # Two steps on within a few milliseconds: "switch sides", then the next step.
        DESKTOP.xdotool("search", "--onlyvisible", "--name", "^Slow listen$", "windowfocus",
                        "--sync", "key", "--delay", "1", "Right", "Right")
        said = ORCA.wait_for_news(NEWS, since)
        print("Orca said:", said)


WINDOW_CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
sound = false
"""


class OrcaHearsTheWindowTest(unittest.TestCase):
    def test_the_state_sentence_is_spoken_as_it_changes(self):
        DESKTOP.start_flexor(WINDOW_CONFIG)
        self.addCleanup(DESKTOP.stop_flexor)
        since = len(ORCA.utterances())
        self.assertEqual(DESKTOP.cli("window", "now").returncode, 0)
        # No window manager: the window gets the keyboard focus as a person's click gives it.
        DESKTOP.xdotool("search", "--sync", "--onlyvisible", "--name", "^Flexor$", "windowfocus",
                        "--sync")
        wait_until(lambda: ORCA.said(r"Sitting for \d+ min · reminder at \d", since),
                   timeout=30, interval=0.1, what="Orca to say when the reminder comes")

        DESKTOP.run(["gdbus", "call", "--session", "--dest", "io.github.flexor.Flexor",
                     "--object-path", "/io/github/flexor/Flexor",
                     "--method", "io.github.flexor.Flexor1.SetMeeting", "true"])
        started = DESKTOP.status()["meeting_since"]
        clock = rf"0?{int(started[11:13])}:{started[14:16]}(:\d\d)?"
        wait_until(lambda: ORCA.said(rf"In a meeting since {clock} · reminder waits", since),
                   timeout=30, interval=0.1, what="Orca to say the meeting and since when")
        DESKTOP.run(["gdbus", "call", "--session", "--dest", "io.github.flexor.Flexor",
                     "--object-path", "/io/github/flexor/Flexor",
                     "--method", "io.github.flexor.Flexor1.SetMeeting", "false"])

        # A setting applied: remind after 30 min brings the reminder 15 min forward.
        first = re.search(r"reminder at (\d+):(\d\d)(:\d\d)?",
                          ORCA.said(r"reminder at \d", since)[0])
        at = int(first.group(1)) * 60 + int(first.group(2)) - 15
        earlier = rf"reminder at 0?{at // 60 % 24}:{at % 60:02d}\b"
        self.assertEqual(DESKTOP.cli("config", "set", "remind_after", "30m").returncode, 0)
        wait_until(lambda: ORCA.said(earlier, since), timeout=30, interval=0.1,
                   what="Orca to say the new reminder time")
        print("Orca said:", ORCA.utterances()[since:])


if __name__ == "__main__":
    unittest.main()
