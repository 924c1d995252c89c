// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/X11ImageTransport.h"

#include <QtGlobal>

namespace flexor::platform {

namespace {

constexpr const char* kNoShm = "QT_XCB_NO_MITSHM";

} // namespace

X11ImageTransport X11ImageTransport::withoutSharedMemory() {
    X11ImageTransport transport;
    transport.userSet_ = qEnvironmentVariableIsSet(kNoShm);
    if (!transport.userSet_) {
        qputenv(kNoShm, "1");
    }
    return transport;
}

void X11ImageTransport::restore() {
    if (!userSet_) {
        qunsetenv(kNoShm);
    }
}

} // namespace flexor::platform
