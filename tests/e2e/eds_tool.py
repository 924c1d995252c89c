# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Adds or removes an event in a calendar of Evolution Data Server, through its own client
library (libecal, through GObject introspection), on the session bus of the environment.

    eds_tool.py SOURCE_UID add UID TITLE START END [LINE...]
        (START, END: 20260610T100000Z; LINEs: more properties, "RRULE:FREQ=WEEKLY")
    eds_tool.py SOURCE_UID remove UID
"""

import sys

import gi

gi.require_version("EDataServer", "1.2")
gi.require_version("ECal", "2.0")
gi.require_version("ICalGLib", "3.0")
from gi.repository import ECal, EDataServer, ICalGLib  # noqa: E402

NO_WAIT_FOR_CONNECTED = 0xFFFFFFFF


def main(source_uid, command, *args):
    registry = EDataServer.SourceRegistry.new_sync(None)
    source = registry.ref_source(source_uid)
    if source is None:
        sys.exit(f"no source {source_uid}")
    client = ECal.Client.connect_sync(source, ECal.ClientSourceType.EVENTS,
                                      NO_WAIT_FOR_CONNECTED, None)
    if command == "add":
        uid, title, start, end, *lines = args
        more = "".join(f"{line}\r\n" for line in lines)
        event = ICalGLib.Component.new_from_string(
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{start}\r\nSUMMARY:{title}\r\n"
            f"DTSTART:{start}\r\nDTEND:{end}\r\n{more}END:VEVENT\r\n")
        client.create_object_sync(event, ECal.OperationFlags.NONE, None)
    elif command == "remove":
        (uid,) = args
        client.remove_object_sync(uid, None, ECal.ObjModType.ALL, ECal.OperationFlags.NONE,
                                  None)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main(*sys.argv[1:])
