# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Helpers shared by the packaging, man page and completion tests: the built binary, its
help text, the source tree, and a reader for the hand-written roff of the man pages."""

import os
import re
import subprocess
from pathlib import Path

from clock_env import clock_env

FLEXOR_BIN = Path(os.environ.get("FLEXOR_BIN", "flexor"))
SOURCE_DIR = Path(os.environ.get("FLEXOR_SOURCE_DIR", Path(__file__).resolve().parents[2]))
PACKAGING_DIR = SOURCE_DIR / "packaging"
APP_ID = "io.github.flexor.Flexor"


def quiet_env(**extra):
    """A minimal environment for running flexor as a command (no desktop needed)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **clock_env(),
    }
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra)
    return env


def run(args, **kwargs):
    kwargs.setdefault("env", quiet_env())
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs
    )


def help_text():
    result = run([FLEXOR_BIN, "--help"])
    assert result.returncode == 0, result.stderr
    return result.stdout


def help_commands(text=None):
    """The subcommands listed in the "Commands" sections of `flexor --help`."""
    commands = []
    in_commands = False
    for line in (text or help_text()).splitlines():
        if line and not line.startswith(" "):
            in_commands = line.startswith("Commands")
            continue
        match = re.match(r"^  ([a-z][a-z-]*)\b", line)
        if in_commands and match:
            commands.append(match.group(1))
    return commands


def help_options(text=None):
    """Every long option named anywhere in `flexor --help` (--json, --verbose, ...)."""
    return sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text or help_text())))


def version():
    result = run([FLEXOR_BIN, "--version"])
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[0].split()[-1]


def plain_roff(text):
    """Roff source with the escapes our man pages use turned into plain characters."""
    text = re.sub(r"\\f[BIRP]", "", text)
    return text.replace("\\-", "-").replace('\\(dq', '"').replace("\\&", "")


def man_entries(roff, section):
    """{heading word: body text} of the .TP entries in one .SH section of a man page."""
    entries = {}
    lines = roff.splitlines()
    in_section = False
    current = None
    for index, line in enumerate(lines):
        if line.startswith(".SH "):
            in_section = line[4:].strip().strip('"') == section
            current = None
            continue
        if not in_section:
            continue
        if line.startswith(".TP") and index + 1 < len(lines):
            heading = plain_roff(lines[index + 1])
            word = re.sub(r"^\.B[RI]?\s+", "", heading).split()[0].strip('"')
            current = word
            entries[current] = []
            continue
        if current is not None and not line.startswith(".PP"):
            entries[current].append(plain_roff(line))
        elif line.startswith(".PP"):
            current = None
    return {word: " ".join(body) for word, body in entries.items()}


def default_config_keys():
    """{key: value exactly as written} for every key in config/default.toml."""
    keys = {}
    for line in (SOURCE_DIR / "config" / "default.toml").read_text().splitlines():
        match = re.match(r"^([a-z_]+)\s*=\s*(.+?)\s*$", line)
        if match:
            keys[match.group(1)] = match.group(2)
    return keys
