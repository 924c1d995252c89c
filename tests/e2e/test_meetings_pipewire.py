# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Meetings seen through the real PipeWire (with WirePlumber and pipewire-pulse), started by
the test in its private runtime dir and session bus: a capture stream made with the real
tools (parecord through pipewire-pulse, pw-record natively) is a microphone in use; a
level-meter-style stream (stream.monitor, as pavucontrol's peak meters) is not. A Video/Source
node (spa's videotestsrc, standing in for a camera) consumed by GStreamer's pipewiresrc is a
camera, or a shared screen without the Camera role. A PipeWire restart is followed. A call across
remind_after holds the reminder, which comes right after hang-up, worded for the moment."""

import json
import shutil
import signal
import subprocess
import time
import unittest

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "{remind}"
away_after = "5s"
repeat_every = "2h"
schedule = false
"""


def have_pipewire():
    return all(shutil.which(t) for t in ("pipewire", "wireplumber", "pipewire-pulse", "pactl",
                                         "parecord", "pw-record", "pw-dump", "pw-cli",
                                         "gst-launch-1.0"))


@unittest.skipUnless(have_pipewire(), "pipewire, wireplumber, pipewire-pulse and their tools "
                                      "are needed (packaging/debian-deps.txt)")
class MeetingsThroughPipeWire(unittest.TestCase):
    # These start PipeWire themselves, after Flexor.
    PIPEWIRE_LATER = {"test_a_pipewire_that_starts_after_flexor_is_watched_once_it_answers"}

    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))
        if self._testMethodName not in self.PIPEWIRE_LATER:
            self.start_pipewire()

    def start_pipewire(self):
        d = self.desktop
        # spa's video test source, which Debian's pipewire.conf ships commented out: a real
        # PipeWire Video/Source node that runs while a client consumes it, standing in for a
        # camera (or a screencast) since there is no camera here.
        drop_in = d.home / ".config" / "pipewire" / "pipewire.conf.d" / "videotestsrc.conf"
        drop_in.parent.mkdir(parents=True, exist_ok=True)
        drop_in.write_text("context.spa-libs = { videotestsrc = videotestsrc/libspa-videotestsrc }\n")
        self.servers = [d.spawn(["pipewire"], "pipewire")]
        wait_until(lambda: (d.runtime / "pipewire-0").exists(), what="the PipeWire socket")
        self.servers.append(d.spawn(["wireplumber"], "wireplumber"))
        self.servers.append(d.spawn(["pipewire-pulse"], "pipewire-pulse"))
        wait_until(lambda: d.run(["pactl", "info"], check=False).returncode == 0,
                   what="pipewire-pulse to answer")
        # A sink nothing plays to: its monitor is the source the capture streams record.
        wait_until(lambda: d.run(["pactl", "load-module", "module-null-sink", "sink_name=t"],
                                 check=False).returncode == 0, what="the null sink")
        # The sink is made asynchronously: the default can be set once PipeWire has it.
        wait_until(lambda: d.run(["pactl", "set-default-sink", "t"], check=False).returncode == 0,
                   what="the null sink to be the default")

    def stop_pipewire(self, sig):
        for proc in self.servers:
            proc.send_signal(sig)
        for proc in self.servers:
            proc.wait(timeout=10)

    def running_streams(self):
        """node.name of every running capture stream, as PipeWire itself reports them."""
        try:
            nodes = json.loads(self.desktop.run(["pw-dump"], check=False).stdout or "[]")
        except ValueError:  # a dump cut short while nodes come and go: ask again
            return []
        return [o["info"]["props"].get("node.name") for o in nodes
                if o.get("type", "").endswith(":Node")
                and o["info"]["props"].get("media.class") == "Stream/Input/Audio"
                and o["info"].get("state") == "running"]

    def video_nodes(self):
        """node.name: state of every Video/Source node, as PipeWire reports them."""
        try:
            nodes = json.loads(self.desktop.run(["pw-dump"], check=False).stdout or "[]")
        except ValueError:
            return {}
        return {o["info"]["props"].get("node.name"): o["info"].get("state") for o in nodes
                if o.get("type", "").endswith(":Node")
                and o["info"]["props"].get("media.class") == "Video/Source"}

    def video_source(self, name, role):
        """A videotestsrc node that outlives pw-cli (object.linger), with media.role `role`."""
        d = self.desktop
        role_prop = f" media.role={role}" if role else ""
        d.run(["pw-cli", "create-node", "adapter",
               f"{{ factory.name=videotestsrc node.name={name} media.class=Video/Source"
               f"{role_prop} object.linger=true }}"])
        wait_until(lambda: name in self.video_nodes(), what=f"the {name} node")

    def watch_video(self, name):
        """A real consumer, GStreamer's pipewiresrc, reading the node until it is stopped."""
        proc = self.desktop.spawn(["gst-launch-1.0", "-q", "pipewiresrc", f"target-object={name}",
                                   "!", "videoconvert", "!", "fakesink"], f"watch-{name}")
        wait_until(lambda: self.video_nodes().get(name) == "running", timeout=20,
                   what=f"the {name} node to run")
        return proc

    def record(self, args, name):
        proc = self.desktop.spawn(args, name)
        wait_until(lambda: name in self.running_streams(), what=f"{name}'s capture stream")
        return proc

    def hang_up(self, proc):
        proc.terminate()
        proc.wait(timeout=5)

    def test_a_capture_stream_is_a_meeting_and_a_level_meter_is_not(self):
        d = self.desktop
        d.start_flexor(CONFIG.format(remind="45m"))
        d.wait_for_log(r"meeting: watching PipeWire")
        meter = self.record(["pw-record", "-P", "{ stream.monitor = true node.name = meter }",
                             str(d.root / "meter.wav")], "meter")
        call = self.record(["parecord", "--device=t.monitor", "--raw",
                            "--property=node.name=call", str(d.root / "call.raw")], "call")
        d.wait_for_log(r"meeting signals: microphone")
        status = d.status()
        self.assertTrue(status["meeting"])
        self.assertEqual(status["meeting_why"], ["microphone"])
        self.hang_up(call)
        # The meter still runs: only if it is not taken for a microphone does the meeting end.
        d.wait_for_log(r"meeting signals: none")
        self.assertIn("meter", self.running_streams())
        self.assertFalse(d.status()["meeting"])
        self.hang_up(meter)

    def test_a_call_across_remind_after_holds_the_reminder_until_hang_up(self):
        d = self.desktop
        d.keep_active()
        d.start_flexor(CONFIG.format(remind="12s"))
        d.wait_for_log(r"meeting: watching PipeWire")
        call = self.record(["pw-record", "-P", "{ node.name = call }",
                            str(d.root / "call.wav")], "call")
        d.wait_for_log(r"meeting signals: microphone")
        # No input during the call: idle is overlooked, and the reminder waits.
        d.wait_for_log(r"reminder held: meeting", timeout=12 + 5)
        self.assertEqual(d.notify_calls(), [])
        self.assertEqual(d.status()["state"], "reminder-due")
        self.assertTrue(d.status()["reminder_held"])
        wait_until(lambda: d.status()["streak_seconds"] >= 16, timeout=10,
                   what="the call to go on past remind_after")
        self.assertEqual(d.notify_calls(), [])
        hung_up = time.monotonic()
        self.hang_up(call)
        wait_until(d.notify_calls, timeout=5, what="the reminder after hang-up")
        after = time.monotonic() - hung_up
        print(f"reminder {after:.2f} s after hang-up")
        self.assertLess(after, 2.0)
        d.wait_for_log(r"reminder released: meeting ended")
        shown = d.notify_calls()[0]
        self.assertEqual(shown["summary"], "Meeting over")
        self.assertRegex(shown["body"], r"^Meeting over: you have been sitting \d+ s\.")

    def test_a_consumed_camera_node_is_a_meeting_and_a_screencast_is_a_shared_screen(self):
        d = self.desktop
        d.start_flexor(CONFIG.format(remind="45m"))
        d.wait_for_log(r"meeting: watching PipeWire")
        self.video_source("testcam", "Camera")
        self.video_source("testscreen", None)
        # Made but not consumed: suspended nodes are no meeting.
        self.assertEqual(d.status()["meeting"], False)
        watching = self.watch_video("testcam")
        d.wait_for_log(r"meeting signals: camera")
        self.assertEqual(d.status()["meeting_why"], ["camera"])
        self.hang_up(watching)
        none = d.wait_for_log(r"meeting signals: none")
        self.assertFalse(d.status()["meeting"])
        sharing = self.watch_video("testscreen")
        d.wait_for_log(r"meeting signals: screen", after=none.end())
        self.assertEqual(d.status()["meeting_why"], ["screen"])
        self.hang_up(sharing)
        d.wait_for_log(r"meeting signals: none", after=none.end())

    def test_a_pipewire_restart_is_followed(self):
        d = self.desktop
        d.start_flexor(CONFIG.format(remind="45m"))
        d.wait_for_log(r"meeting: watching PipeWire")
        call = self.record(["pw-record", "-P", "{ node.name = call }",
                            str(d.root / "call.wav")], "call")
        d.wait_for_log(r"meeting signals: microphone")
        # A crash: nothing is said goodbye, the socket file is left behind.
        self.stop_pipewire(signal.SIGKILL)
        d.wait_for_log(r"meeting: PipeWire went away")
        # The recording's server is gone: the meeting it made is over.
        d.wait_for_log(r"meeting signals: none")
        self.assertFalse(d.status()["meeting"])
        call.kill()
        call.wait(timeout=5)
        # The stale socket goes, so that start_pipewire waits for the new one; PipeWire would
        # replace it by itself, which Flexor sees as the same creation of the file.
        (d.runtime / "pipewire-0").unlink(missing_ok=True)
        self.start_pipewire()
        back = d.wait_for_log(r"meeting: PipeWire is back", timeout=20)
        self.assertFalse(d.status()["meeting"])
        self.record(["pw-record", "-P", "{ node.name = call2 }", str(d.root / "call2.wav")],
                    "call2")
        d.wait_for_log(r"meeting signals: microphone", after=back.end())
        self.assertEqual(d.status()["meeting_why"], ["microphone"])

    def test_a_pipewire_that_starts_after_flexor_is_watched_once_it_answers(self):
        d = self.desktop
        d.start_flexor(CONFIG.format(remind="45m"))
        d.wait_for_log(r"meeting: no PipeWire server to ask; watching for one to start")
        self.start_pipewire()
        started = d.wait_for_log(r"meeting: PipeWire started; watching it", timeout=20)
        self.record(["pw-record", "-P", "{ node.name = late }", str(d.root / "late.wav")],
                    "late")
        d.wait_for_log(r"meeting signals: microphone", after=started.end())
        self.assertEqual(d.status()["meeting_why"], ["microphone"])


if __name__ == "__main__":
    unittest.main()
