# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""`cmake --install` of this build tree into a temporary DESTDIR puts every file in its
standard place, and the desktop entry, AppStream metainfo, D-Bus and systemd files pass their
validators. (The .deb itself is built and checked by packaging/build-deb.)"""

import configparser
import filecmp
import gzip
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging_support import APP_ID, FLEXOR_BIN, PACKAGING_DIR, SOURCE_DIR, help_commands, run, version

TRAY_STATES = ["sitting", "due", "snoozed", "routine", "standing", "paused", "away"]


def build_dir():
    for folder in FLEXOR_BIN.resolve().parents:
        if (folder / "CMakeCache.txt").exists():
            return folder
    raise AssertionError(f"no CMake build tree above {FLEXOR_BIN}")


def cache_value(build, name):
    for line in (build / "CMakeCache.txt").read_text().splitlines():
        if line.startswith(name + ":"):
            return line.split("=", 1)[1]
    raise AssertionError(f"{name} is not in the CMake cache")


def read_ini(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path)
    return parser


class InstalledLayoutTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        build = build_dir()
        cls.prefix = Path(cache_value(build, "CMAKE_INSTALL_PREFIX"))
        cls.destdir = Path(tempfile.mkdtemp(prefix="flexor-install-"))
        result = subprocess.run(
            ["cmake", "--install", str(build)],
            env={**os.environ, "DESTDIR": str(cls.destdir)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            shutil.rmtree(cls.destdir, ignore_errors=True)
            raise AssertionError("cmake --install failed:\n" + result.stdout + result.stderr)
        cls.root = cls.destdir / cls.prefix.relative_to("/")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.destdir, ignore_errors=True)

    def installed(self, relative):
        path = self.root / relative
        self.assertTrue(path.is_file(), f"{relative} is not installed")
        return path

    def test_every_file_is_in_its_standard_place(self):
        for relative in [
            "bin/flexor",
            "libexec/flexor/flexor-routine",
            "libexec/flexor/flexor-window",
            "libexec/flexor/flexor-calendar",
            "share/flexor/sounds/cue.ogg",
            "share/flexor/routines/desk.toml",
            "share/flexor/poses/standing-knee-lift.svg",
            f"share/applications/{APP_ID}.desktop",
            f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            f"share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg",
            "share/dbus-1/interfaces/io.github.flexor.Flexor1.xml",
            f"share/dbus-1/services/{APP_ID}.service",
            "lib/systemd/user/flexor.service",
            "share/flexor/default.toml",
            "share/man/man1/flexor.1.gz",
            "share/man/man5/flexor.toml.5.gz",
            "share/bash-completion/completions/flexor",
            "share/zsh/vendor-completions/_flexor",
            "share/fish/vendor_completions.d/flexor.fish",
            "share/doc/flexor/copyright",
            "share/doc/flexor/changelog.gz",
            *(f"share/flexor/translations/flexor_{lang}.qm"
              for lang in ("en", "de", "fr", "es", "it", "pt_BR")),
        ]:
            with self.subTest(file=relative):
                self.installed(relative)
        self.assertTrue(os.access(self.root / "bin/flexor", os.X_OK))
        self.assertTrue(os.access(self.root / "libexec/flexor/flexor-routine", os.X_OK))
        self.assertTrue(os.access(self.root / "libexec/flexor/flexor-window", os.X_OK))
        self.assertTrue(os.access(self.root / "libexec/flexor/flexor-calendar", os.X_OK))

    def test_the_desktop_entry_is_valid(self):
        entry = self.installed(f"share/applications/{APP_ID}.desktop")
        result = run(["desktop-file-validate", entry])
        self.assertEqual((result.returncode, result.stdout + result.stderr), (0, ""))

    def test_the_desktop_entry_starts_flexor_and_its_actions_are_real_commands(self):
        entry = read_ini(self.installed(f"share/applications/{APP_ID}.desktop"))
        main = entry["Desktop Entry"]
        self.assertEqual(main["Exec"], "flexor")
        self.assertEqual(main["Icon"], APP_ID)
        actions = [a for a in main["Actions"].split(";") if a]
        self.assertEqual(
            [entry[f"Desktop Action {a}"]["Exec"] for a in actions],
            # --activate: the launcher's actions may start Flexor; nothing else does.
            ["flexor --activate stretch", "flexor --activate snooze 10m",
             "flexor --activate pause 1h"],
        )
        commands = help_commands()
        for action in actions:
            self.assertIn(entry[f"Desktop Action {action}"]["Exec"].split()[2], commands)

    def test_the_metainfo_is_valid(self):
        metainfo = self.installed(f"share/metainfo/{APP_ID}.metainfo.xml")
        result = run(["appstreamcli", "validate", "--no-net", "--no-color", metainfo])
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_the_metainfo_names_the_installed_desktop_entry_and_this_version(self):
        component = ET.parse(self.installed(f"share/metainfo/{APP_ID}.metainfo.xml")).getroot()
        self.assertEqual(component.findtext("id"), APP_ID)
        launchable = component.findtext("launchable")
        self.installed(f"share/applications/{launchable}")
        newest = component.find("releases/release")
        self.assertEqual(newest.get("version"), version())

    def test_the_metainfo_screenshots_are_files_of_the_repository(self):
        component = ET.parse(PACKAGING_DIR / f"{APP_ID}.metainfo.xml").getroot()
        images = [image.text for image in component.iter("image")]
        self.assertGreaterEqual(len(images), 2)
        for url in images:
            with self.subTest(url=url):
                match = re.match(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/main/(.+)$", url)
                self.assertIsNotNone(match, url)
                self.assertTrue((SOURCE_DIR / match.group(1)).is_file(), f"{match.group(1)} is missing")

    def test_the_icons_are_svg_with_a_symbolic_variant_for_every_tray_state(self):
        for name in [APP_ID] + [f"{APP_ID}-{state}" for state in TRAY_STATES]:
            with self.subTest(icon=name):
                for relative in [
                    f"share/icons/hicolor/scalable/apps/{name}.svg",
                    f"share/icons/hicolor/symbolic/apps/{name}-symbolic.svg",
                ]:
                    root = ET.parse(self.installed(relative)).getroot()
                    self.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")

    def test_the_dbus_service_file_starts_the_installed_binary(self):
        service = read_ini(self.installed(f"share/dbus-1/services/{APP_ID}.service"))
        section = service["D-BUS Service"]
        self.assertEqual(section["Name"], APP_ID)
        self.assertEqual(section["Exec"], str(self.prefix / "bin" / "flexor"))
        self.assertEqual(section["SystemdService"], "flexor.service")

    def test_the_dbus_interface_is_the_one_the_daemon_serves(self):
        installed = self.installed("share/dbus-1/interfaces/io.github.flexor.Flexor1.xml")
        self.assertTrue(filecmp.cmp(installed, SOURCE_DIR / "daemon/dbus/io.github.flexor.Flexor1.xml", shallow=False))
        interface = ET.parse(installed).getroot().find("interface")
        self.assertEqual(interface.get("name"), "io.github.flexor.Flexor1")

    def test_the_systemd_unit_runs_with_the_graphical_session_and_owns_the_bus_name(self):
        unit = read_ini(self.installed("lib/systemd/user/flexor.service"))
        self.assertEqual(unit["Unit"]["PartOf"], "graphical-session.target")
        self.assertEqual(unit["Unit"]["After"], "graphical-session.target")
        self.assertEqual(unit["Service"]["Type"], "dbus")
        self.assertEqual(unit["Service"]["BusName"], APP_ID)
        self.assertEqual(unit["Service"]["ExecStart"], str(self.prefix / "bin" / "flexor"))
        self.assertEqual(unit["Service"]["Restart"], "on-failure")
        self.assertEqual(unit["Install"]["WantedBy"], "graphical-session.target")

    @unittest.skipUnless(shutil.which("systemd-analyze"), "systemd-analyze is not installed")
    def test_systemd_accepts_the_unit(self):
        unit = self.installed("lib/systemd/user/flexor.service")
        runtime = Path(tempfile.mkdtemp(prefix="flexor-runtime-"))
        self.addCleanup(shutil.rmtree, runtime, ignore_errors=True)
        result = run(
            ["systemd-analyze", "verify", "--user", "--man=no", unit],
            env={"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)},
        )
        # The unit names the binary at its final place, which this DESTDIR install is not.
        binary = self.prefix / "bin" / "flexor"
        complaints = [
            line
            for line in result.stderr.splitlines()
            if not re.search(rf"Command {re.escape(str(binary))} is not executable", line)
        ]
        self.assertEqual(complaints, [])

    def test_the_reference_config_is_installed_and_valid(self):
        installed = self.installed("share/flexor/default.toml")
        self.assertTrue(filecmp.cmp(installed, SOURCE_DIR / "config/default.toml", shallow=False))
        result = run([FLEXOR_BIN, "check-config", installed])
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertTrue(result.stdout.startswith("OK"), result.stdout)

    def test_the_man_pages_are_compressed_copies_of_the_sources(self):
        for relative, source in [
            ("share/man/man1/flexor.1.gz", "man/flexor.1"),
            ("share/man/man5/flexor.toml.5.gz", "man/flexor.toml.5"),
        ]:
            with self.subTest(page=relative):
                with gzip.open(self.installed(relative), "rt") as page:
                    self.assertEqual(page.read(), (PACKAGING_DIR / source).read_text())


if __name__ == "__main__":
    unittest.main()
