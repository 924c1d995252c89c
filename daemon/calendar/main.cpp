// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarProgram.h"

int main(int argc, char** argv) {
    return flexor::calendar::runCalendarProgram(argc, argv);
}
