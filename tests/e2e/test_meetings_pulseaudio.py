# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Meetings on a plain PulseAudio system: the real PulseAudio server (Debian's pulseaudio,
no PipeWire at all in the test's runtime dir), started by the test with a null source standing
for a microphone. A recording made with parecord is a microphone in use until it stops; a
peak-detect stream as pavucontrol's level meters make it, a corked stream, and a recording of a
sink's monitor (what is being played) are not. A server that goes away ends the meeting, and its
return is followed."""

import os
import shutil
import unittest
from pathlib import Path

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "45m"
away_after = "5s"
schedule = false
"""

# ctest sets FLEXOR_TOOLS_DIR to the build's bin folder, where the tools are built.
PULSE_STREAM = Path(os.environ.get("FLEXOR_TOOLS_DIR", "tests/tools")) / "pulse_stream"


def have_pulseaudio():
    return all(shutil.which(t) for t in ("pulseaudio", "pactl", "parecord")) and \
        PULSE_STREAM.exists()


@unittest.skipUnless(have_pulseaudio(), "pulseaudio, pulseaudio-utils and the pulse_stream "
                                        "tool are needed (packaging/debian-deps.txt)")
class MeetingsThroughPulseAudio(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))
        self.start_pulseaudio()

    def start_pulseaudio(self):
        d = self.desktop
        # -n: no default.pa (no hardware, no D-Bus modules); only the protocol and two null
        # devices: "mic" is a source of its own, "speaker" a sink whose monitor can be recorded.
        self.server = d.spawn(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                               "--disable-shm=yes", "-L", "module-native-protocol-unix",
                               "-L", "module-null-source source_name=mic",
                               "-L", "module-null-sink sink_name=speaker"], "pulseaudio")
        wait_until(lambda: d.run(["pactl", "info"], check=False).returncode == 0, timeout=20,
                   what="PulseAudio to answer")
        self.assertFalse((d.runtime / "pipewire-0").exists())

    def source_outputs(self):
        return self.desktop.run(["pactl", "list", "short", "source-outputs"],
                                check=False).stdout.splitlines()

    def stream(self, args, name):
        before = len(self.source_outputs())
        proc = self.desktop.spawn(args, name)
        wait_until(lambda: len(self.source_outputs()) > before, what=f"{name}'s stream")
        return proc

    def stop(self, proc):
        proc.terminate()
        proc.wait(timeout=5)

    def test_a_recording_is_a_meeting_and_meters_corked_and_monitor_streams_are_not(self):
        d = self.desktop
        d.start_flexor(CONFIG)
        d.wait_for_log(r"meeting: watching PulseAudio for microphones")
        self.assertIn("meeting: no PipeWire server to ask", d.flexor_log())
        meter = self.stream([str(PULSE_STREAM), "peak", "mic"], "meter")
        corked = self.stream([str(PULSE_STREAM), "corked", "mic"], "corked")
        played = self.stream(["parecord", "--raw", "--device=speaker.monitor",
                              str(d.root / "played.raw")], "played")
        # Three streams the server has, none a microphone: a fourth, real one makes the
        # meeting, so the log's first meeting line shows whether any of them was counted.
        call = self.stream(["parecord", "--raw", "--latency-msec=20", "--device=mic",
                            str(d.root / "call.raw")], "call")
        d.wait_for_log(r"meeting signals: microphone")
        status = d.status()
        self.assertTrue(status["meeting"])
        self.assertEqual(status["meeting_why"], ["microphone"])
        self.stop(call)
        d.wait_for_log(r"meeting signals: none")
        self.assertEqual(len(self.source_outputs()), 3)  # meter, corked and played still run
        self.assertFalse(d.status()["meeting"])
        self.assertEqual(d.flexor_log().count("meeting signals: microphone"), 1)
        for proc in (meter, corked, played):
            self.stop(proc)

    def test_a_server_that_goes_away_ends_the_meeting_and_its_return_is_followed(self):
        d = self.desktop
        d.start_flexor(CONFIG)
        d.wait_for_log(r"meeting: watching PulseAudio for microphones")
        call = self.stream(["parecord", "--raw", "--device=mic", str(d.root / "call.raw")],
                           "call")
        d.wait_for_log(r"meeting signals: microphone")
        # A crash: the socket file is left behind, the new server replaces it.
        self.server.kill()
        self.server.wait(timeout=5)
        gone = d.wait_for_log(r"meeting: PulseAudio went away")
        d.wait_for_log(r"meeting signals: none", after=gone.start())
        self.assertFalse(d.status()["meeting"])
        call.kill()
        call.wait(timeout=5)
        self.start_pulseaudio()
        back = d.wait_for_log(r"meeting: PulseAudio is back", timeout=20)
        self.stream(["parecord", "--raw", "--device=mic", str(d.root / "call2.raw")], "call2")
        d.wait_for_log(r"meeting signals: microphone", after=back.end())
        self.assertEqual(d.status()["meeting_why"], ["microphone"])

if __name__ == "__main__":
    unittest.main()
