// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

int main(int argc, char** argv) {
    return flexor::cli::runCommandLine(argc, argv);
}
