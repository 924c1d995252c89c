# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A smoke test: the running daemon serves the interface that is installed.

Both sides are generated from daemon/dbus/io.github.flexor.Flexor1.xml (the daemon's adaptor
and the clients' proxy), so they cannot drift apart; this test only checks that the generated
adaptor is what the daemon exports, by introspecting the real daemon on a real session bus."""

import os
import unittest
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop import Desktop

INTERFACE = "io.github.flexor.Flexor1"
XML_FILE = Path(os.environ["FLEXOR_SOURCE_DIR"]) / "daemon" / "dbus" / f"{INTERFACE}.xml"


def members(xml_text):
    """{("method"|"signal", name): [(arg name or None, type, direction)]} of INTERFACE."""
    root = ElementTree.fromstring(xml_text)
    interface = root.find(f"interface[@name='{INTERFACE}']")
    assert interface is not None, f"no interface {INTERFACE}"
    found = {}
    for kind in ("method", "signal", "property"):
        for element in interface.findall(kind):
            found[(kind, element.get("name"))] = [
                (arg.get("name") or None, arg.get("type"),
                 arg.get("direction", "out" if kind == "signal" else "in"))
                for arg in element.findall("arg")]
    return found


class DBusApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desktop = cls.enterClassContext(Desktop(tray=None))
        cls.desktop.start_flexor('schedule = false\n')
        introspection = cls.desktop.run(
            ["gdbus", "introspect", "--session", "--xml", "--dest", "io.github.flexor.Flexor",
             "--object-path", "/io/github/flexor/Flexor"]).stdout
        cls.served = members(introspection)
        cls.documented = members(XML_FILE.read_text())

    def test_the_daemon_serves_the_documented_interface(self):
        self.assertEqual(self.served, self.documented)


if __name__ == "__main__":
    unittest.main()
