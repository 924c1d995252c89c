# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The history pattern tests/tools/history_seed writes, as the statistics it should produce.

Kept next to the tests so every expectation is stated here, independently of the C++ code
that aggregates the history.
"""

import datetime
import os
import re
import subprocess
from pathlib import Path

# ctest sets FLEXOR_TOOLS_DIR to the build's bin folder, where the tools are built.
TOOLS = Path(os.environ.get("FLEXOR_TOOLS_DIR", "tests/tools")).resolve()


def seed(database, days, env):
    """Seeds `days` days ending today, with the clock of `env` (a Desktop's, or one with
    clock_env's variables); returns the date the seeder counted back from."""
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    out = subprocess.run([str(TOOLS / "history_seed"), str(database), str(days)],
                         env=dict(os.environ, **env), capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return datetime.date.fromisoformat(re.search(r"today=(\S+)", out).group(1))


def is_day_off(days_ago):
    return days_ago % 5 == 3


def expected_day(date, seeded_today, seeded_days, threshold_minutes=45):
    """The statistics of one date, as `flexor stats --json` names them."""
    days_ago = (seeded_today - date).days
    zero = {"date": date.isoformat(), "sitting_seconds": 0, "longest_streak_seconds": 0,
            "streaks_over_threshold": 0, "breaks_taken": 0, "breaks_skipped": 0,
            "natural_breaks": 0, "snoozes": 0, "routines_finished": 0, "reminders": 0,
            "standing_seconds": 0, "paused_seconds": 0}
    if days_ago < 0 or days_ago >= seeded_days or is_day_off(days_ago):
        return zero
    # Streaks of 20 + i, 50 and 45 (60 minus 15 standing) minutes.
    streaks = [20 + days_ago, 50, 45]
    return dict(zero, sitting_seconds=sum(streaks) * 60, longest_streak_seconds=max(streaks) * 60,
                streaks_over_threshold=sum(1 for s in streaks if s >= threshold_minutes),
                breaks_taken=1, breaks_skipped=1, natural_breaks=1, snoozes=1,
                routines_finished=1, reminders=3, standing_seconds=15 * 60)
