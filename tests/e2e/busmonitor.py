# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Method calls read back from dbus-monitor's text output: what Flexor really sent on the bus
(notifications, their closing), without a D-Bus binding in the tests."""

import re

_HEADER_RE = re.compile(r"^(method call|method return|signal|error) ")
_CALL_RE = re.compile(r"^method call .*member=(\w+)")
_VALUE_RE = re.compile(r'^(string|uint32|int32|boolean|byte|variant\s+\w+) "?(.*?)"?$')


def parse_monitor(text):
    """Splits dbus-monitor output into method calls. Each call has `member` and `args`:
    top-level arguments as strings, or as lists of the strings/values inside an array.
    A string with line breaks continues on lines of its own."""
    calls = []
    current = None
    open_string = None  # (container list, index) of a string still waiting for its quote

    def add(container, body):
        nonlocal open_string
        value = _VALUE_RE.match(body)
        if body.startswith('string "') and not (body.endswith('"') and len(body) > 8):
            container.append(body[len('string "'):])
            open_string = (container, len(container) - 1)
        elif value:
            container.append(value.group(2))
        elif container is current["args"]:
            container.append(body)

    for line in text.splitlines():
        if open_string is not None:
            container, index = open_string
            if line.endswith('"'):
                container[index] += "\n" + line[:-1]
                open_string = None
            else:
                container[index] += "\n" + line
            continue
        if _HEADER_RE.match(line):
            head = _CALL_RE.match(line)
            current = {"member": head.group(1), "args": []} if head else None
            if current:
                calls.append(current)
            continue
        if current is None or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if indent == 3:
            if body.startswith("array ["):
                current["args"].append([])
            elif body != "]":
                add(current["args"], body)
        elif current["args"] and isinstance(current["args"][-1], list):
            add(current["args"][-1], body)
    return calls


def notification(call):
    """A Notify call as a dict: app, replaces_id, icon, summary, body, actions, hints, timeout."""
    a = call["args"]
    actions = a[5]
    hints = a[6]
    return {
        "app": a[0], "replaces_id": int(a[1]), "icon": a[2], "summary": a[3], "body": a[4],
        "actions": dict(zip(actions[0::2], actions[1::2])),
        "hints": dict(zip(hints[0::2], hints[1::2])),
        "timeout": int(a[7]),
    }
