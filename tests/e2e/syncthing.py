# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Two real Syncthing instances that share one folder, for Flexor's share_folder tests.

Each instance has its own --home with keys made by `syncthing generate`; the two are
introduced to each other in their config.xml before they start. They listen on 127.0.0.1
only, on free ports, with relays, global and local discovery, NAT traversal, usage and
crash reporting and upgrades all off, so nothing leaves the machine. The shared folder has
the file watcher on with a one-second delay (Syncthing's default is ten seconds).

    with SyncthingPair(root) as pair:
        pair.folder(0), pair.folder(1)   # the two copies of the shared folder
        pair.stop(0)                     # one side goes away
"""

import json
import os
import signal
import socket
import subprocess
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop import stop_processes, wait_until

FOLDER_ID = "flexor"
API_KEY = "flexor-e2e-api-key"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _set(parent, tag, text):
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = text


class Syncthing:
    """One instance: its home, its copy of the folder, its ports and its process."""

    def __init__(self, root, name):
        self.name = name
        self.home = root / f"syncthing-{name}"
        self.folder = root / f"sync-{name}" / "flexor"
        self.gui_port = free_port()
        self.listen_port = free_port()
        self.process = None
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(root),
                    "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"}
        out = subprocess.run(["syncthing", "generate", f"--home={self.home}",
                              "--no-default-folder", "--skip-port-probing"],
                             env=self.env, capture_output=True, text=True, check=True, timeout=60)
        config = ET.parse(self.home / "config.xml").getroot()
        self.device_id = config.find("device").get("id")
        assert self.device_id, out.stdout

    def configure(self, other):
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        config.find("device").find("address").text = f"tcp://127.0.0.1:{self.listen_port}"
        gui = config.find("gui")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", API_KEY)
        options = config.find("options")
        for tag, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "startBrowser": "false",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "reconnectionIntervalS": "1",
        }.items():
            _set(options, tag, value)
        peer = ET.SubElement(config, "device", id=other.device_id, name=other.name,
                             compression="metadata", introducer="false")
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.listen_port}"
        self.folder.mkdir(parents=True)
        (self.folder / ".stfolder").mkdir()
        folder = ET.SubElement(config, "folder", id=FOLDER_ID, label=FOLDER_ID,
                               path=str(self.folder), type="sendreceive",
                               rescanIntervalS="3600", fsWatcherEnabled="true",
                               fsWatcherDelayS="1")
        ET.SubElement(folder, "device", id=self.device_id)
        ET.SubElement(folder, "device", id=other.device_id)
        tree.write(path)

    def start(self, spawn):
        self.process = spawn(["syncthing", "serve", f"--home={self.home}", "--no-browser",
                              "--no-restart", "--no-upgrade", "--logflags=3"],
                             f"syncthing-{self.name}", self.env)

    def rest(self, path):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}",
                                         headers={"X-API-Key": API_KEY})
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                return json.load(response)
        except OSError:
            return None

    def connected_to(self, other):
        answer = self.rest("/rest/system/connections")
        return bool(answer) and answer["connections"].get(other.device_id, {}).get("connected")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)


class SyncthingPair:
    """Context manager: two instances sharing folder `flexor`, connected when entered."""

    def __init__(self, root):
        self.root = Path(root)
        self.processes = []

    def _spawn(self, args, log_name, env):
        with open(self.root / f"{log_name}.log", "ab") as log:
            proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT,
                                    cwd=self.root, start_new_session=True)
        self.processes.append(proc)
        return proc

    def __enter__(self):
        self.instances = [Syncthing(self.root, "a"), Syncthing(self.root, "b")]
        a, b = self.instances
        a.configure(b)
        b.configure(a)
        try:
            a.start(self._spawn)
            b.start(self._spawn)
            wait_until(lambda: a.connected_to(b) and b.connected_to(a), timeout=60,
                       interval=0.2, what="the two Syncthing instances to connect")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        stop_processes(self.processes)
        return False

    def folder(self, index):
        return self.instances[index].folder

    def stop(self, index):
        self.instances[index].stop()

    def log(self, index):
        return (self.root / f"syncthing-{self.instances[index].name}.log").read_text(
            errors="replace")
