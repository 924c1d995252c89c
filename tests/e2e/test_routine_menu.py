# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tray's "Start routine" submenu lists every routine, the shipped ones and the user's
own (one added while Flexor runs included), and picking one starts that routine. Driven
through a real StatusNotifierItem host (xfce4-panel) over dbusmenu, as the panel does."""

import re
import unittest

from desktop import Desktop, wait_until
from test_tray import layout_items

MINE = """
title = "My morning stretch"
[[step]]
title = "Reach up"
do = "Reach up."
hold = "10s"
"""


class RoutineMenuTest(unittest.TestCase):
    def test_every_routine_is_offered_and_starts_when_picked(self):
        with Desktop(tray="xfce4-panel") as desktop:
            desktop.start_flexor('schedule = false\nvoice = false\nsound = false\n')
            items = wait_until(lambda: re.findall(r"'([^']+)'", desktop.gdbus_property(
                "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems") or ""),
                timeout=15, what="a registered StatusNotifierItem")
            service = items[0].split("/")[0]

            def menu_call(method, *args):
                return desktop.run(["gdbus", "call", "--session", "--dest", service,
                                    "--object-path", "/MenuBar", "--method",
                                    f"com.canonical.dbusmenu.{method}", *args]).stdout

            # Added after the start: the menu reads the routines when it opens.
            routines = desktop.home / ".config" / "flexor" / "routines"
            routines.mkdir()
            (routines / "mine.toml").write_text(MINE)
            menu_call("AboutToShow", "0")

            def labels():
                layout = menu_call("GetLayout", "0", "int32 -1", "@as []")
                return dict((label, i) for i, label in layout_items(layout))
            expected = ("Start routine", "Desk-side hip opener (desk)", "Psoas release (psoas)",
                        "Quick hip opener (quick)", "My morning stretch (mine)")
            found = wait_until(lambda: (lambda l: all(e in l for e in expected) and l)(labels()),
                               what="every routine in the menu")

            menu_call("Event", str(found["Desk-side hip opener (desk)"]), "clicked",
                      "<int32 0>", "0")
            desktop.wait_for_log(r"routine desk: opening the window")
            desktop.wait_for_log(r"routine desk: get-ready \(hold 1 of 5\)", timeout=15)
            wait_until(lambda: desktop.status()["state"] == "in-routine", what="in-routine")


if __name__ == "__main__":
    unittest.main()
