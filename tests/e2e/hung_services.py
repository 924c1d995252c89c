# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""What the tests of slow desktop services share: a stand-in server that takes every
connection and never answers, and the quick routine driven by key presses whose answer is
timed, so a window frozen by a service call shows as a key press left unanswered."""

import sys
import time

from desktop import visible_window, wait_until

# Takes every connection on a Unix socket and never says a word back, so a client's handshake
# waits for a reply that never comes.
_SILENT_SERVER = """
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen(16)
clients = []
while True:
    clients.append(server.accept()[0])
"""

QUICK_TITLE = "Quick hip opener"


def start_silent_server(desktop, socket_path, name):
    """Runs the stand-in on socket_path (its folder is created) and waits until it listens."""
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    desktop.spawn([sys.executable, "-c", _SILENT_SERVER, str(socket_path)], name)
    wait_until(socket_path.exists, what=f"the socket of {name}")


def open_quick_routine(desktop, shown=15):
    """`flexor stretch quick`, then its window on screen and its first get-ready under way."""
    assert desktop.cli("stretch", "quick").returncode == 0
    wait_until(lambda: visible_window(desktop, QUICK_TITLE), timeout=shown,
               what="the routine window")
    desktop.wait_for_log(r"routine quick: get-ready \(hold 1 of 4\)")


def seconds_to_answer(desktop, keys, answer, timeout):
    """Presses `keys` (xdotool arguments) and waits for the log line `answer` that follows;
    returns how long it took."""
    offset = len(desktop.flexor_log())
    pressed = time.monotonic()
    desktop.xdotool(*keys)
    desktop.wait_for_log(answer, timeout=timeout, after=offset)
    return time.monotonic() - pressed


# The routine window focused, then Space.
SPACE_IN_QUICK = ["search", "--onlyvisible", "--name", f"^{QUICK_TITLE}$", "windowfocus",
                  "--sync", "key", "space"]
