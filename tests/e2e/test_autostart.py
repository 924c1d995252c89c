# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""`flexor autostart enable | disable | status` manages the user's XDG autostart entry; no
desktop or daemon is needed."""

import shutil
import tempfile
import unittest
from pathlib import Path

from packaging_support import APP_ID, FLEXOR_BIN, quiet_env, run


class AutostartCommandTest(unittest.TestCase):
    def setUp(self):
        self.home = Path(tempfile.mkdtemp(prefix="flexor-autostart-"))
        self.addCleanup(shutil.rmtree, self.home, ignore_errors=True)
        self.entry = self.home / ".config" / "autostart" / f"{APP_ID}.desktop"
        self.env = quiet_env(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CONFIG_DIRS=str(self.home / "etc-xdg"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
        )

    def autostart(self, *args):
        return run([FLEXOR_BIN, "autostart", *args], env=self.env)

    def test_enable_writes_a_valid_entry_that_runs_flexor(self):
        result = self.autostart("enable")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertTrue(self.entry.is_file())
        self.assertIn("Exec=flexor\n", self.entry.read_text())
        validation = run(["desktop-file-validate", self.entry])
        self.assertEqual((validation.returncode, validation.stdout + validation.stderr), (0, ""))

    def test_status_follows_enable_and_disable(self):
        self.assertTrue(self.autostart("status").stdout.startswith("disabled"))
        self.autostart("enable")
        self.assertTrue(self.autostart("status").stdout.startswith("enabled"))
        result = self.autostart("disable")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertFalse(self.entry.exists())
        self.assertTrue(self.autostart("status").stdout.startswith("disabled"))

    def test_an_unknown_action_is_a_usage_error(self):
        result = self.autostart("sometimes")
        self.assertEqual(result.returncode, 64)
        self.assertIn("sometimes", result.stderr)
        self.assertFalse(self.entry.exists())


if __name__ == "__main__":
    unittest.main()
