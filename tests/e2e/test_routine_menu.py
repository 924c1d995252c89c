# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tray's "Start routine" submenu lists every routine, the shipped ones and the user's
own (one added while Flexor runs included), and picking one starts that routine. Driven
through a real StatusNotifierItem host (xfce4-panel) over dbusmenu, as the panel does. With
`routine = [...]` the reminder's "Start stretch" starts the day's routine."""

import re
import unittest

from desktop import Desktop, wait_until
from test_reminders import ActivityGenerator
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


class RoutineRotationTest(unittest.TestCase):
    """`routine = [a, b]` takes one routine a local calendar day, in turn: index (days since
    1970-01-01) % 2. Checked on an even and an odd day, each given to Flexor as its clock."""

    def check_the_reminder_starts(self, clock, rotation, todays):
        with Desktop(tray=None, clock=clock) as desktop:
            desktop.start_flexor('remind_after = "3s"\nschedule = false\nvoice = false\n'
                                 f'sound = false\nroutine = ["{rotation[0]}", "{rotation[1]}"]\n')
            self.assertEqual(desktop.status()["routine"], todays)
            with ActivityGenerator(desktop):
                wait_until(lambda: desktop.notify_calls(), timeout=15, what="the reminder")
            desktop.invoke_action("start")
            desktop.wait_for_log(rf"routine {todays}: opening the window", timeout=15)

    def test_on_an_even_day_the_first_routine(self):
        # 2026-06-10 is day 20614 since 1970-01-01.
        self.check_the_reminder_starts("2026-06-10T10:00:00", ["desk", "quick"], "desk")

    def test_on_an_odd_day_the_second_routine(self):
        # 2026-06-11 is day 20615.
        self.check_the_reminder_starts("2026-06-11T10:00:00", ["desk", "quick"], "quick")


if __name__ == "__main__":
    unittest.main()
