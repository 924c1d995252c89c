# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The installed D-Bus interface description is the interface the running daemon serves.

daemon/app/io.github.flexor.Flexor1.xml is what clients and packagers read; the daemon's
ControlService is written in C++. This test introspects the real daemon on a real session bus
and compares every method, signal, argument type and direction with the XML, so the two cannot
drift apart unnoticed."""

import os
import unittest
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop import Desktop

INTERFACE = "io.github.flexor.Flexor1"
XML_FILE = Path(os.environ["FLEXOR_SOURCE_DIR"]) / "daemon" / "app" / f"{INTERFACE}.xml"


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

    def test_the_same_methods_and_signals(self):
        self.assertEqual(sorted(self.served), sorted(self.documented))

    def test_the_same_argument_types_and_directions(self):
        for member, documented_args in self.documented.items():
            served_args = self.served.get(member, [])
            with self.subTest(member=member):
                self.assertEqual([(t, d) for _, t, d in served_args],
                                 [(t, d) for _, t, d in documented_args])

    def test_the_same_names_for_the_arguments_the_daemon_names(self):
        for member, documented_args in self.documented.items():
            for served, documented in zip(self.served.get(member, []), documented_args):
                if served[0] is not None:
                    with self.subTest(member=member, arg=served[0]):
                        self.assertEqual(served[0], documented[0])


if __name__ == "__main__":
    unittest.main()
