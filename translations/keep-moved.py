#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs lupdate on .ts files and keeps the translations of strings that only moved.

lupdate files a string under its class (the context). When code moves to another class, lupdate
drops the old entry and adds the same words unfinished under the new context. This puts the old
translation back in such an entry when the words (and the disambiguation comment) are the same,
so a refactoring does not cost a translation pass. Everything else is left to lupdate.

Usage: keep-moved.py LUPDATE [lupdate arguments...] -ts FILE.ts...
"""

import re
import subprocess
import sys

MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>", re.S)


def key(body):
    source = SOURCE.search(body)
    comment = COMMENT.search(body)
    return (source.group(1) if source else "", comment.group(1) if comment else "")


def finished_translations(text):
    """(source, comment) -> translation element, for every finished entry."""
    found = {}
    for message in MESSAGE.finditer(text):
        translation = TRANSLATION.search(message.group("body"))
        if translation and "type=" not in translation.group("attrs"):
            found.setdefault(key(message.group("body")), translation.group(0))
    return found


def restore(text, known):
    def fill(message):
        body = message.group("body")
        translation = TRANSLATION.search(body)
        if not translation or 'type="unfinished"' not in translation.group("attrs"):
            return message.group(0)
        old = known.get(key(body))
        if old is None:
            return message.group(0)
        body = body[: translation.start()] + old + body[translation.end() :]
        return "<message{}>{}</message>".format(message.group("attrs"), body)

    return MESSAGE.sub(fill, text)


def main():
    lupdate, *arguments = sys.argv[1:]
    ts_files = arguments[arguments.index("-ts") + 1 :]
    before = {}
    for path in ts_files:
        with open(path, encoding="utf-8") as f:
            before[path] = finished_translations(f.read())
    subprocess.run([lupdate, *arguments], check=True)
    for path in ts_files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        kept = restore(text, before[path])
        if kept != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(kept)


if __name__ == "__main__":
    main()
