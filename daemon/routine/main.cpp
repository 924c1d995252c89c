// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineProgram.h"

#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

int main(int argc, char** argv) {
    const int rc = flexor::routine::runRoutineProgram(argc, argv);
    // The outcome is told and the window gone. A worker stuck in a speech or sound service
    // may still be running, detached: ending here, without static destructors (the logger's
    // among them), leaves it nothing to touch.
    std::fflush(nullptr);
    spdlog::default_logger()->flush();
    _exit(rc);
}
