// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace flexor::platform {

// Qt's X11 backing store keeps a window's pixels in an MIT-SHM segment and, before painting
// into it again, waits for the X server to finish reading the last put: a round trip that
// wakes two threads at every tray ring step. For a 22 px icon shared memory saves nothing,
// so the daemon sends its pixels through the X socket instead (QT_XCB_NO_MITSHM). The xcb
// plugin reads the variable once, when it connects; restore() takes it out of the
// environment again, so that the routine window (a child, with an animated countdown) and
// the programs the daemon opens keep Qt's default.
class X11ImageTransport {
public:
    // Before the QApplication exists. A value the user set is kept as it is.
    static X11ImageTransport withoutSharedMemory();
    // After the QApplication exists: the environment as it was.
    void restore();

private:
    bool userSet_ = false;
};

} // namespace flexor::platform
