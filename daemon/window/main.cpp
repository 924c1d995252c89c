// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowProgram.h"

int main(int argc, char** argv) {
    return flexor::window::runWindowProgram(argc, argv);
}
