# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Locales for the tests, generated on demand into a private folder (LOCPATH), so a test needs
neither root nor a change to the machine's locale archive (Debian package `locales`)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_LOCALE_DIR = Path(tempfile.gettempdir()) / "flexor-test-locales"


def locale_env(name):
    """Environment entries for running a program in locale `name` (e.g. "de_DE.UTF-8")."""
    language, _, charset = name.partition(".")
    target = _LOCALE_DIR / name
    if not (target / "LC_MESSAGES").exists():
        _LOCALE_DIR.mkdir(exist_ok=True)
        # Built aside and renamed into place: tests running in parallel never see half a locale.
        scratch = Path(tempfile.mkdtemp(dir=_LOCALE_DIR)) / name
        # localedef exits 1 on warnings about the source files while still writing the locale.
        result = subprocess.run(["localedef", "-i", language, "-f", charset or "UTF-8",
                                 str(scratch)], capture_output=True, text=True)
        if not (scratch / "LC_MESSAGES").exists():
            raise RuntimeError(f"localedef {name} failed: {result.stderr}")
        try:
            os.rename(scratch, target)
        except OSError:
            pass  # another test was quicker
        shutil.rmtree(scratch.parent, ignore_errors=True)
    return {"LOCPATH": str(_LOCALE_DIR), "LANG": name}
