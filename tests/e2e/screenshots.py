# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Takes the README's screenshots of the Flexor, routine and statistics windows under Xvfb.

    python3 tests/e2e/screenshots.py BUILD_DIR [OUT_DIR]
    python3 tests/e2e/screenshots.py BUILD_DIR --window [window-now-de.png ...]

BUILD_DIR is a configured and built Flexor build folder (it needs bin/routine_window_tool,
bin/stats_window and bin/window_tool);
OUT_DIR defaults to docs/screenshots in the source tree. Each picture is cropped to the window;
the tray icons are shown four times their size, in a trayer tinted light and dark. With
--window, only the Flexor window's gallery (docs/screenshots.md) is taken, or the pictures named.
"""

import sys
from pathlib import Path

import desktop as desktop_module
from desktop import (Desktop, screenshot, selection_owner, visible_window, wait_until,
                     window_geometry)
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


TRAY_CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
"""


def tray_icon_crops(desktop, tint, out):
    """The tray icon sitting, standing and paused, in a trayer of colour `tint`: one picture
    per state, cropped to the icon's window; returns their paths."""
    from test_tray import flexor_tray_window
    desktop.spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request",
                   "--height", "32", "--transparent", "true", "--alpha", "0", "--tint", tint],
                  "trayer")
    wait_until(lambda: selection_owner(desktop.env["DISPLAY"], "_NET_SYSTEM_TRAY_S0") != 0,
               timeout=30, what="trayer")
    desktop.start_flexor(TRAY_CONFIG)
    window = wait_until(lambda: flexor_tray_window(desktop), what="the tray icon")
    x, y, w, h = window_geometry(desktop, window)
    paths = []
    for state, command in [("sitting", None), ("standing", "stand"), ("paused", "pause")]:
        if command:
            desktop.cli(command, check=True)
        wait_until(lambda: desktop.status()["state"] == state, what=state)
        path = out / f"tray-{tint}-{state}.png"
        previous = paths[-1].read_bytes() if paths else None

        def settled():
            screenshot(desktop, path, crop=None)
            desktop.run(["convert", str(path), "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                         str(path)])
            return path.read_bytes() != previous
        wait_until(settled, what=f"the {state} icon")
        paths.append(path)
    return paths


# The languages of the window's gallery (docs/screenshots.md), with a locale for each.
WINDOW_LANGUAGES = [("de", "de_DE.UTF-8"), ("fr", "fr_FR.UTF-8"), ("es", "es_ES.UTF-8"),
                    ("it", "it_IT.UTF-8"), ("pt_BR", "pt_BR.UTF-8")]


def window_shots():
    """(page, file suffix, window_tool options, environment, screen) of every window picture:
    the three pages in English; the Now and Settings pages in a dark palette, in high contrast
    and at 200 %; and the Now and Settings pages in each translation."""
    english = locale_env("en_US.UTF-8")
    shots = [(page, "", [], english, "1280x900") for page in ("now", "settings", "statistics")]
    for page in ("now", "settings"):
        shots += [(page, "-dark", ["--dark"], english, "1280x900"),
                  (page, "-high-contrast", ["--high-contrast"], english, "1280x900"),
                  (page, "-200", [], {**english, "QT_SCALE_FACTOR": "2"}, "2560x1800")]
        shots += [(page, f"-{code}", [], locale_env(name), "1280x900")
                  for code, name in WINDOW_LANGUAGES]
    return shots


def optimise(desktop, path):
    """Fewer colours (a window has few), no metadata: a tenth of the size, the same look."""
    desktop.run(["convert", str(path), "-strip", "+dither", "-colors", "256",
                 "-define", "png:compression-level=9", f"PNG8:{path}"])


def window_screenshots(tool, out, only=None):
    """The Flexor window of a running daemon with a month of history (window_shots()); `only`:
    the file names to take, all when None."""
    for page, suffix, args, env, screen in window_shots():
        path = out / f"window-{page}{suffix}.png"
        if only is not None and path.name not in only:
            continue
        with Desktop(tray=None, notifications=False, monitor_bus=False,
                     screen=screen) as desktop:
            desktop.env.update(env)
            seed(desktop.home / ".local" / "state" / "flexor" / "history.sqlite", 30, desktop.env)
            desktop.start_flexor(TRAY_CONFIG)
            desktop.keep_active()
            desktop.spawn([str(tool), "--page", page, *args], "window")
            window = wait_until(lambda: visible_window(desktop, "Flexor"), timeout=20,
                                what="the Flexor window")
            wait_until(lambda: f"shown {page}" in desktop.log("window"), what="the page")

            def painted():
                save_window(desktop, window, path)
                spread = desktop.run(["convert", str(path), "-format", "%[fx:standard_deviation]",
                                      "info:"]).stdout
                return float(spread or 0) > 0.01
            wait_until(painted, what="the window to be painted")
            optimise(desktop, path)


def main():
    if len(sys.argv) > 2 and sys.argv[2] == "--window":
        # Only the Flexor window's pictures (the gallery), or the ones named after --window.
        desktop_module.FLEXOR_BIN = str(Path(sys.argv[1]) / "bin" / "flexor")
        window_screenshots(Path(sys.argv[1]) / "bin" / "window_tool",
                           SOURCE_DIR / "docs" / "screenshots", set(sys.argv[3:]) or None)
        return
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
        seed(database, 30, desktop.env)
        stats_tool = Path(sys.argv[1]) / "bin" / "stats_window"
        desktop.spawn([str(stats_tool), str(database), "--days", "30"], "stats")
        window = wait_until(lambda: visible_window(desktop, "Flexor statistics"),
                            what="the statistics window")
        wait_until(lambda: "shown ms=" in desktop.log("stats"), what="the window to draw")
        save_window(desktop, window, out / "statistics-window.png")

    # The tray icon on a light and a dark panel: three states side by side, four times enlarged.
    desktop_module.FLEXOR_BIN = str(Path(sys.argv[1]) / "bin" / "flexor")
    window_screenshots(Path(sys.argv[1]) / "bin" / "window_tool", out)
    rows = []
    for tint in ["0xf0f0f0", "0x202020"]:
        with Desktop(tray=None, notifications=False) as desktop:
            crops = tray_icon_crops(desktop, tint, desktop.root)
            row = desktop.root / "row.png"
            desktop.run(["convert", *map(str, crops), "+append", str(row)])
            rows.append(row.read_bytes())
    with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
        names = []
        for i, data in enumerate(rows):
            names.append(desktop.root / f"row{i}.png")
            names[-1].write_bytes(data)
        target = out / "tray-icon-panels.png"
        desktop.run(["convert", *map(str, names), "-append", "-filter", "point", "-resize",
                     "400%", str(target)])
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
