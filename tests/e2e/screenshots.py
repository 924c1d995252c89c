# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Takes the README's screenshots of the routine and statistics windows under Xvfb.

    python3 tests/e2e/screenshots.py BUILD_DIR [OUT_DIR]

BUILD_DIR is a configured and built Flexor build folder (it needs bin/routine_window_tool
and bin/stats_window);
OUT_DIR defaults to docs/screenshots in the source tree. Each picture is cropped to the window.
"""

import sys
from pathlib import Path

from desktop import Desktop, screenshot, visible_window, wait_until, window_geometry
from locales import locale_env
from stats_seed import seed

SOURCE_DIR = Path(__file__).resolve().parents[2]


def wait_for_tool_log(desktop, text):
    wait_until(lambda: text in desktop.log("tool"), timeout=15, what=f"'{text}' from the window")


def save_window(desktop, window, path):
    geometry = window_geometry(desktop, window)
    full = desktop.root / "screen.png"
    screenshot(desktop, full)
    x, y, w, h = geometry
    desktop.run(["convert", str(full), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(path)])
    print(f"wrote {path}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tool = Path(sys.argv[1]) / "bin" / "routine_window_tool"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else SOURCE_DIR / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
        desktop.spawn([str(tool), "psoas", "--finished-before", "2"], "tool")
        window = wait_until(lambda: visible_window(desktop, "Psoas release"),
                            what="the routine window")
        wait_for_tool_log(desktop, "get-ready (hold 1 of 9)")
        save_window(desktop, window, out / "routine-get-ready.png")

        desktop.xdotool("key", "Right", "Right")  # on to the supine stretch, left side
        wait_for_tool_log(desktop, "hold (hold 3 of 9)")
        save_window(desktop, window, out / "routine-step.png")

        for _ in range(7):
            desktop.xdotool("key", "Right")
        wait_for_tool_log(desktop, "finished after")
        save_window(desktop, window, out / "routine-finished.png")
        desktop.xdotool("key", "Escape")

    # Legibility: the supine stretch in a dark palette, in high contrast and at 200 %.
    for suffix, args, env, screen in [("dark", ["--dark"], {}, "1280x720"),
                                      ("high-contrast", ["--high-contrast"], {}, "1280x720"),
                                      ("200", [], {"QT_SCALE_FACTOR": "2"}, "2560x1600")]:
        with Desktop(tray=None, notifications=False, monitor_bus=False,
                     screen=screen) as desktop:
            desktop.env.update(env)
            desktop.spawn([str(tool), "psoas", *args], "tool")
            window = wait_until(lambda: visible_window(desktop, "Psoas release"), timeout=20,
                                what="the routine window")  # 200 % in a sanitized build: slow
            wait_for_tool_log(desktop, "get-ready (hold 1 of 9)")
            desktop.xdotool("key", "Right", "Right")
            wait_for_tool_log(desktop, "hold (hold 3 of 9)")
            save_window(desktop, window, out / f"routine-step-{suffix}.png")
            desktop.xdotool("key", "Escape")

    with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
        desktop.env.update(locale_env("de_DE.UTF-8"))
        desktop.spawn([str(tool), "psoas"], "tool")
        window = wait_until(lambda: visible_window(desktop, "Psoas lösen"),
                            what="the German routine window")
        wait_for_tool_log(desktop, "get-ready (hold 1 of 9)")
        desktop.xdotool("key", "Right", "Right")  # the supine stretch, as in routine-step.png
        wait_for_tool_log(desktop, "hold (hold 3 of 9)")
        save_window(desktop, window, out / "routine-step-de.png")
        desktop.xdotool("key", "Escape")

    with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
        database = desktop.root / "history.sqlite"
        seed(database, 30)
        stats_tool = Path(sys.argv[1]) / "bin" / "stats_window"
        desktop.spawn([str(stats_tool), str(database), "--days", "30"], "stats")
        window = wait_until(lambda: visible_window(desktop, "Flexor statistics"),
                            what="the statistics window")
        wait_until(lambda: "shown ms=" in desktop.log("stats"), what="the window to draw")
        save_window(desktop, window, out / "statistics-window.png")


if __name__ == "__main__":
    main()
