#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fails when a translation would ship incomplete.

usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE... -- LUPDATE_ARGUMENT...

1. Runs lupdate exactly as the flexor_update_translations target does, but on copies of
   the .ts files, and compares: a difference means a string was added, changed or removed
   in the code and the .ts files were not refreshed.
2. Reads every .ts file: no entry may be unfinished, vanished or obsolete, or empty, a plural
   needs every form, and a translation keeps the placeholders (%1, %n) and the trailing
   newline of its source, so a translated message still prints what the code fills in.
"""

import difflib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REFRESH = "cmake --build <build dir> --target flexor_update_translations   (or: ./dev translations)"
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")


def refreshed_copy(lupdate, source_dir, ts_file, arguments, workdir):
    copy = Path(workdir) / ts_file.name
    shutil.copyfile(ts_file, copy)
    extra = ["-pluralonly"] if ts_file.name == "flexor_en.ts" else []
    subprocess.run([lupdate, *arguments, *extra, "-ts", str(copy)], cwd=source_dir, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return copy


def out_of_date(original, copy):
    before = original.read_text(encoding="utf-8").splitlines(keepends=True)
    after = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    if before == after:
        return []
    diff = difflib.unified_diff(before, after, str(original), "after lupdate", n=1)
    return ["".join(list(diff)[:60])]


def problems_in(ts_file):
    problems = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{ts_file.name}: [{context.findtext('name')}] {source[:60]!r}"
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                wanted = set(PLACEHOLDER.findall(source))
                found = set(PLACEHOLDER.findall(form))
                # A plural's singular may say "one" instead of %n; everything else must match.
                if message.get("numerus") == "yes" and "%n" not in found:
                    wanted.discard("%n")
                if wanted != found:
                    problems.append(f"{where}: placeholders {sorted(found)} instead of "
                                    f"{sorted(wanted)}")
                if source.endswith("\n") != form.endswith("\n"):
                    problems.append(f"{where}: the source ends with a newline and the "
                                    "translation does not (or the other way round)")
    return problems


def main():
    separator = sys.argv.index("--")
    lupdate, source_dir, *ts_files = sys.argv[1:separator]
    arguments = sys.argv[separator + 1:]
    ts_files = [Path(f) for f in ts_files]
    failures = []
    with tempfile.TemporaryDirectory() as workdir:
        for ts_file in ts_files:
            if not ts_file.exists():
                failures.append(f"{ts_file}: missing; run {REFRESH}")
                continue
            copy = refreshed_copy(lupdate, source_dir, ts_file, arguments, workdir)
            for diff in out_of_date(ts_file, copy):
                failures.append(f"{ts_file.name} is out of date with the sources; run {REFRESH}, "
                                f"then translate the new entries:\n{diff}")
            failures.extend(problems_in(ts_file))
    counted = {f.name: sum(1 for _ in ET.parse(f).getroot().iter("message"))
               for f in ts_files if f.exists()}
    print("messages per file:", ", ".join(f"{name} {n}" for name, n in counted.items()))
    if failures:
        print(f"{len(failures)} problem(s):")
        for failure in failures:
            print("  " + failure)
        return 1
    print("every translation is complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
