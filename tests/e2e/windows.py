# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""X windows on the test desktop, found the way a person would see them: by title or class
(through xdotool) and by selection ownership (through libX11 itself)."""

import ctypes
import re


def visible_windows(desktop, title=None, classname=None):
    """Ids of the visible windows titled exactly `title`, or whose class instance name matches
    the pattern `classname`; oldest first."""
    if (title is None) == (classname is None):
        raise ValueError("give either a title or a classname")
    if title is not None:
        criterion = ["--name", f"^{re.escape(title)}$"]
    else:
        criterion = ["--classname", classname]
    return desktop.run(["xdotool", "search", "--onlyvisible", *criterion],
                       check=False).stdout.split()


def visible_window(desktop, title):
    """The id of the visible top-level window with exactly this title, or None."""
    ids = visible_windows(desktop, title=title)
    return ids[0] if ids else None


def window_geometry(desktop, window_id):
    """(x, y, width, height) of a window on the root window."""
    out = desktop.run(["xdotool", "getwindowgeometry", "--shell", window_id]).stdout
    values = dict(line.split("=", 1) for line in out.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def selection_owner(display, selection):
    """The X window owning a selection (0 for none), asked through libX11 itself."""
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = xlib.XOpenDisplay(display.encode())
    if not dpy:
        return 0
    try:
        atom = xlib.XInternAtom(dpy, selection.encode(), 0)
        return xlib.XGetSelectionOwner(dpy, atom)
    finally:
        xlib.XCloseDisplay(dpy)
