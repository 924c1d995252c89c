# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine by ear: the real daemon runs a short routine while a real audio server
(PipeWire + pipewire-pulse, a null sink) and a real speech-dispatcher with espeak-ng are up;
the test records the sink's monitor and checks that speech and sound cues arrive when due
(within half a second) and that nothing plays where nothing is due."""

import time
import unittest

from audio import AudioSession, Hearing, log_time
from desktop import Desktop, wait_until

# Ready 3 s, then 8 s a side: a hold starts at 3 and 14, the sides switch at 11, the end is 22.
ROUTINE = """
title = "Earshot"
get_ready = "3s"

[[step]]
title = "Reach up"
say = "Reach for the ceiling"
do = "Reach up with both arms."
hold = "8s"
sides = "left-right"
"""

HOLD_STARTS = (3.0, 14.0)
SWITCH = 11.0
END = 22.0
TOLERANCE = 0.5
PLAY_OUT = 2.5  # the longest last cue, with room to spare


class RoutineByEarTest(unittest.TestCase):
    def run_routine(self, voice, sound, sound_theme=True):
        desktop = self.enterContext(Desktop(tray=None))
        if not sound_theme:  # a desktop without the freedesktop sound theme
            desktop.env["XDG_DATA_DIRS"] = str(desktop.root / "no-data")
        audio = AudioSession(desktop, speech=voice)
        routines = desktop.home / ".config" / "flexor" / "routines"
        routines.mkdir()
        (routines / "earshot.toml").write_text(ROUTINE)
        desktop.start_flexor(f'schedule = false\nroutine = "earshot"\n'
                             f'voice = {str(voice).lower()}\nsound = {str(sound).lower()}\n')
        desktop.keep_active()
        audio.record()
        requested = time.time()
        self.assertEqual(desktop.cli("stretch").returncode, 0)
        desktop.wait_for_log(r"routine earshot finished after", timeout=60)
        log = desktop.flexor_log()
        zero = log_time(log, r"routine earshot started:")
        # The last cue (the word "done", or the finish sound) is due at END and over within
        # PLAY_OUT: wait until the recording itself holds that much, however late parecord's
        # data lands on a busy machine. Only the file's size is polled: computing loudness over
        # the whole recording at every poll kept a core busy.
        wait_until(lambda: audio.recorded_until() >= zero + END + PLAY_OUT, timeout=20,
                   interval=0.1, what="the recording to hold the last cue")
        audio.stop()
        self.assertNotRegex(log, r"voice off|sound cues off")
        return Hearing(audio, zero), requested - zero

    def assert_heard_at(self, hearing, t, what):
        onset = hearing.onset_after(t - TOLERANCE)
        self.assertIsNotNone(onset, f"nothing heard for {what} (due at {t} s)")
        self.assertLessEqual(onset, t + TOLERANCE, f"{what} due at {t} s began at {onset:.2f} s")

    def assert_quiet(self, hearing, start, end):
        self.assertLess(hearing.loud(start, end), Hearing.THRESHOLD,
                        f"sound between {start} s and {end} s, where nothing is due")

    def test_spoken_guidance_arrives_when_due_and_is_quiet_between(self):
        hearing, requested = self.run_routine(voice=True, sound=False)
        self.assert_quiet(hearing, requested - 1.0, requested)
        self.assert_heard_at(hearing, 0.0, "the first step's name and side")
        self.assert_heard_at(hearing, 8.0, "the count of the last three seconds")
        self.assert_heard_at(hearing, SWITCH, "'switch sides'")
        self.assert_heard_at(hearing, 19.0, "the count of the last three seconds")
        self.assert_heard_at(hearing, END, "'done'")
        # Mid-hold nothing is said: the person holds the stretch in peace.
        self.assert_quiet(hearing, 5.0, 7.7)
        self.assert_quiet(hearing, 16.0, 18.7)
        print(f"request to first spoken word: {hearing.first_sound() - requested:.3f} s")

    def test_sound_cues_arrive_at_each_hold_the_switch_and_the_end(self):
        hearing, _ = self.run_routine(voice=False, sound=True)
        self.assert_quiet(hearing, -1.0, HOLD_STARTS[0] - TOLERANCE)  # no cue at get-ready
        for t in HOLD_STARTS:
            self.assert_heard_at(hearing, t, "the hold's start cue")
        self.assert_heard_at(hearing, SWITCH, "the switch-sides cue")
        self.assert_heard_at(hearing, END, "the finish cue")
        self.assert_quiet(hearing, HOLD_STARTS[0] + 1.0, SWITCH - TOLERANCE)
        self.assert_quiet(hearing, HOLD_STARTS[1] + 1.0, END - TOLERANCE)

    def test_without_a_sound_theme_flexors_own_cue_plays(self):
        hearing, _ = self.run_routine(voice=False, sound=True, sound_theme=False)
        for t in HOLD_STARTS:
            self.assert_heard_at(hearing, t, "the hold's start cue (Flexor's own sound)")
        self.assert_quiet(hearing, HOLD_STARTS[0] + 1.0, SWITCH - TOLERANCE)


if __name__ == "__main__":
    unittest.main()
