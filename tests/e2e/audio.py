# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A real audio server and speech service for a Desktop (tests/e2e/desktop.py), and a way to
hear what they played.

PipeWire with its PulseAudio server and a null sink as the default output (nothing reaches a
loudspeaker), and speech-dispatcher with espeak-ng on the test's own runtime folder, started
in the foreground so the test's clean-up ends it. Recording the sink's monitor gives the
samples of everything that was played, with the wall time the recording began.
"""

import array
import datetime
import math
import re
import time

from desktop import wait_until

RATE = 16000


class AudioSession:
    def __init__(self, desktop, speech=True):
        self.desktop = desktop
        d = desktop
        d.spawn(["pipewire"], "pipewire")
        wait_until(lambda: (d.runtime / "pipewire-0").exists(), timeout=20, what="PipeWire")
        d.spawn(["wireplumber"], "wireplumber")
        d.spawn(["pipewire-pulse"], "pipewire-pulse")
        wait_until(lambda: d.run(["pactl", "info"], check=False).returncode == 0, timeout=20,
                   what="pipewire-pulse")
        d.run(["pactl", "load-module", "module-null-sink", "sink_name=flexortest"])
        # The sink is made asynchronously: the default can be set once PipeWire has it.
        wait_until(lambda: d.run(["pactl", "set-default-sink", "flexortest"],
                                 check=False).returncode == 0,
                   what="the null sink to be the default")
        if speech:
            # -s: in the foreground, -t 0: until stopped; libspeechd finds its default socket.
            d.spawn(["speech-dispatcher", "-s", "-t", "0"], "speech-dispatcher")
            wait_until(lambda: (d.runtime / "speech-dispatcher" / "speechd.sock").exists(),
                       timeout=20, what="speech-dispatcher's socket")
        self.path = d.root / "sink.raw"
        self.recorder = None
        self.started = None

    def record(self):
        """Starts recording the null sink; returns once the capture stream is connected."""
        d = self.desktop
        self.recorder = d.spawn(["parecord", "--raw", "--format=s16le", f"--rate={RATE}",
                                 "--channels=1", "--latency-msec=20",
                                 "--device=flexortest.monitor", str(self.path)], "parecord")
        wait_until(lambda: d.run(["pactl", "list", "short", "source-outputs"],
                                 check=False).stdout.strip(), timeout=20,
                   interval=0.005, what="the recording stream")
        self.started = time.time()

    def recorded_until(self):
        """The wall time the recording reaches so far: its start plus the samples written. Only
        the file's size is read, so waiting on it costs next to nothing."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            size = 0
        return self.started + size / 2 / RATE

    def stop(self):
        self.recorder.terminate()
        self.recorder.wait(timeout=10)

    def loudness(self, window=0.05):
        """RMS per window (0..1) of what was recorded so far, and the window length."""
        raw = self.path.read_bytes()
        samples = array.array("h")
        samples.frombytes(raw[: len(raw) // 2 * 2])
        step = int(RATE * window)
        out = []
        for i in range(0, len(samples) - step + 1, step):
            chunk = samples[i:i + step]
            out.append(math.sqrt(sum(x * x for x in chunk) / step) / 32768)
        return out, window


class Hearing:
    """What was heard, on the routine's own clock (seconds after `zero`, a wall time)."""

    THRESHOLD = 0.01  # espeak-ng speech and theme sounds are far above; digital silence is 0

    def __init__(self, audio, zero):
        self.levels, self.window = audio.loudness()
        self.offset = zero - audio.started

    def _index(self, t):
        return max(0, int((t + self.offset) / self.window))

    def loud(self, start, end):
        """The peak window level between two moments."""
        part = self.levels[self._index(start):self._index(end)]
        return max(part) if part else 0.0

    def onset_after(self, t):
        """The first moment at or after t where anything was heard (None: silence to the end)."""
        for i in range(self._index(t), len(self.levels)):
            if self.levels[i] > self.THRESHOLD:
                return i * self.window - self.offset
        return None

    def first_sound(self):
        return self.onset_after(-self.offset)


def log_time(log, pattern):
    """The wall time (seconds since the epoch) of the first flexor log line matching pattern."""
    for line in log.splitlines():
        if re.search(pattern, line):
            stamp = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S.%f")
            return stamp.timestamp()
    raise AssertionError(f"no log line /{pattern}/")
