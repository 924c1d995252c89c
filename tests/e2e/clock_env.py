# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A known local date and time for every Flexor process a test starts.

The daemon, the command line and the tools read FLEXOR_TEST_LOCAL_TIME (a local ISO date and
time) and FLEXOR_TEST_CLOCK_EPOCH (the real UTC second at which that local time held): their
wall clocks run on from there, all in step. So no test depends on the day, weekday or hour it
runs at.

A test that needs a particular moment (a Saturday, an odd day, 23:59:50) asks for it. Every
other test gets DEFAULT_LOCAL_TIME, or FLEXOR_E2E_LOCAL_TIME when that is set: run the suite
with it set to other moments to find a test that still depends on the date.
"""

import datetime
import os
import time

# A Wednesday, inside the default active hours (Monday to Friday, 08:00-19:00).
DEFAULT_LOCAL_TIME = "2026-06-10T10:00:00"


def local_time(requested=None):
    return requested or os.environ.get("FLEXOR_E2E_LOCAL_TIME") or DEFAULT_LOCAL_TIME


def clock_env(requested=None):
    """The environment that gives Flexor's processes the requested local time, now."""
    return {"FLEXOR_TEST_LOCAL_TIME": local_time(requested),
            "FLEXOR_TEST_CLOCK_EPOCH": str(int(time.time()))}


def test_utc_now(env):
    """The UTC time Flexor's processes see now (their wall clock, moved as the local one)."""
    started_local = datetime.datetime.fromisoformat(env["FLEXOR_TEST_LOCAL_TIME"])
    epoch = int(env["FLEXOR_TEST_CLOCK_EPOCH"])
    shift = started_local - datetime.datetime.fromtimestamp(epoch)
    return datetime.datetime.now(datetime.timezone.utc) + shift


def test_today(env):
    """The local date Flexor's processes see, for a test's expectations."""
    started = datetime.datetime.fromisoformat(env["FLEXOR_TEST_LOCAL_TIME"])
    elapsed = time.time() - int(env["FLEXOR_TEST_CLOCK_EPOCH"])
    return (started + datetime.timedelta(seconds=elapsed)).date()
