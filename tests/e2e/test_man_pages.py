# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The man pages flexor(1) and flexor.toml(5) are written by hand; these tests keep them true
to `flexor --help` and to config/default.toml, and check that they render without warnings."""

import shutil
import unittest

from packaging_support import (
    PACKAGING_DIR,
    default_config_keys,
    help_commands,
    help_options,
    help_text,
    man_entries,
    plain_roff,
    run,
)

FLEXOR_1 = PACKAGING_DIR / "man" / "flexor.1"
FLEXOR_TOML_5 = PACKAGING_DIR / "man" / "flexor.toml.5"


class FlexorManPageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.help = help_text()
        cls.roff = FLEXOR_1.read_text()
        cls.commands = man_entries(cls.roff, "COMMANDS")

    def test_the_help_lists_commands_to_compare_with(self):
        self.assertIn("status", help_commands(self.help))
        self.assertIn("check-config", help_commands(self.help))

    def test_every_command_in_the_help_has_an_entry(self):
        missing = [c for c in help_commands(self.help) if c not in self.commands]
        self.assertEqual(missing, [], "commands in `flexor --help` but not in flexor.1")

    def test_every_command_in_the_man_page_exists(self):
        unknown = [c for c in self.commands if c not in help_commands(self.help)]
        self.assertEqual(unknown, [], "commands in flexor.1 but not in `flexor --help`")

    def test_every_option_in_the_help_is_documented(self):
        text = plain_roff(self.roff)
        missing = [option for option in help_options(self.help) if option not in text]
        self.assertEqual(missing, [])

    def test_it_renders_without_warnings(self):
        result = run(["groff", "-man", "-ww", "-z", FLEXOR_1])
        self.assertEqual((result.returncode, result.stderr), (0, ""))


class FlexorTomlManPageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.keys = man_entries(FLEXOR_TOML_5.read_text(), "KEYS")
        cls.defaults = default_config_keys()

    def test_the_reference_config_has_keys_to_compare_with(self):
        self.assertIn("remind_after", self.defaults)

    def test_every_key_of_the_reference_config_has_an_entry(self):
        missing = [key for key in self.defaults if key not in self.keys]
        self.assertEqual(missing, [], "keys in config/default.toml but not in flexor.toml.5")

    def test_every_key_in_the_man_page_exists(self):
        unknown = [key for key in self.keys if key not in self.defaults]
        self.assertEqual(unknown, [], "keys in flexor.toml.5 but not in config/default.toml")

    def test_every_entry_shows_the_default_of_the_reference_config(self):
        for key, value in self.defaults.items():
            with self.subTest(key=key):
                self.assertIn(f"Default: {value}.", self.keys.get(key, ""))

    def test_it_renders_without_warnings(self):
        result = run(["groff", "-man", "-ww", "-z", FLEXOR_TOML_5])
        self.assertEqual((result.returncode, result.stderr), (0, ""))

    @unittest.skipUnless(shutil.which("man"), "man is not installed")
    def test_man_reads_it(self):
        result = run(["man", "-l", "-P", "cat", FLEXOR_TOML_5], env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("remind_after", result.stdout)


if __name__ == "__main__":
    unittest.main()
