# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The bash, zsh and fish completions offer exactly the commands of `flexor --help`."""

import re
import shutil
import unittest
from pathlib import Path

from packaging_support import PACKAGING_DIR, default_config_keys, help_commands, run

COMPLETIONS = PACKAGING_DIR / "completions"
BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")


def bash_candidates(*words):
    """What the bash completion offers after `flexor WORDS... ` (the last word being empty)."""
    line = " ".join(("flexor",) + words) + " "
    script = f"""
        source {BASH_COMPLETION}
        source {COMPLETIONS / "flexor.bash"}
        COMP_WORDS=(flexor {" ".join(words)} "")
        COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
        COMP_LINE="{line}"
        COMP_POINT=${{#COMP_LINE}}
        _flexor flexor "" "${{COMP_WORDS[COMP_CWORD-1]}}"
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    result = run(["bash", "-c", script])
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def fish_candidates(*words, partial=""):
    """What the fish completion offers after `flexor WORDS... PARTIAL`."""
    line = " ".join(("flexor",) + words) + " " + partial
    script = f"source {COMPLETIONS / 'flexor.fish'}; complete -C '{line}'"
    result = run(["fish", "--no-config", "-c", script])
    assert result.returncode == 0, result.stderr
    return {entry.split("\t")[0] for entry in result.stdout.splitlines()}


class CompletionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.commands = set(help_commands())

    @unittest.skipUnless(BASH_COMPLETION.exists(), "bash-completion is not installed")
    def test_bash_offers_every_command_and_nothing_else(self):
        offered = {word for word in bash_candidates() if not word.startswith("-")}
        self.assertEqual(offered, self.commands)

    @unittest.skipUnless(BASH_COMPLETION.exists(), "bash-completion is not installed")
    def test_bash_completes_the_autostart_actions(self):
        self.assertEqual(bash_candidates("autostart"), {"enable", "disable", "status"})

    @unittest.skipUnless(BASH_COMPLETION.exists(), "bash-completion is not installed")
    def test_bash_completes_the_config_actions_and_every_key(self):
        self.assertEqual(bash_candidates("config"), {"get", "set", "reset", "path"})
        self.assertEqual(bash_candidates("config", "set"), set(default_config_keys()))
        self.assertEqual(bash_candidates("config", "get"), set(default_config_keys()))

    @unittest.skipUnless(shutil.which("fish"), "fish is not installed")
    def test_fish_completes_the_config_actions_and_every_key(self):
        self.assertEqual(fish_candidates("config"), {"get", "set", "reset", "path"})
        self.assertEqual(fish_candidates("config", "reset"), set(default_config_keys()))

    def test_zsh_lists_every_config_key(self):
        text = (COMPLETIONS / "_flexor").read_text()
        keys = re.search(r"config_keys=\(([^)]*)\)", text).group(1).split()
        self.assertEqual(set(keys), set(default_config_keys()))

    @unittest.skipUnless(shutil.which("fish"), "fish is not installed")
    def test_fish_offers_every_command_and_nothing_else(self):
        offered = {word for word in fish_candidates() if not word.startswith("-")}
        self.assertEqual(offered, self.commands)

    @unittest.skipUnless(shutil.which("fish"), "fish is not installed")
    def test_fish_completes_the_status_options(self):
        self.assertEqual(fish_candidates("status", partial="--"), {"--json", "--waybar", "--follow"})

    def test_zsh_lists_every_command_and_nothing_else(self):
        text = (COMPLETIONS / "_flexor").read_text()
        listed = set(re.findall(r"^\s+'([a-z-]+):", text, re.MULTILINE))
        self.assertEqual(listed, self.commands)

    @unittest.skipUnless(shutil.which("zsh"), "zsh is not installed")
    def test_zsh_completion_parses(self):
        result = run(["zsh", "-n", COMPLETIONS / "_flexor"])
        self.assertEqual((result.returncode, result.stderr), (0, ""))


if __name__ == "__main__":
    unittest.main()
