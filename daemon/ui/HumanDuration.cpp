// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HumanDuration.h"

#include <QCoreApplication>
#include <algorithm>

namespace flexor::ui {

using namespace std::chrono;

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("Duration", text, nullptr, n);
}

} // namespace

QString humanDuration(core::Duration d) {
    const auto totalSeconds = std::max<long long>(0, duration_cast<seconds>(d).count());
    if (totalSeconds < 60) {
        return tr("%n s", static_cast<int>(totalSeconds));
    }
    const auto totalMinutes = totalSeconds / 60;
    if (totalMinutes < 60) {
        return tr("%n min", static_cast<int>(totalMinutes));
    }
    return tr("%1 h %2 min").arg(totalMinutes / 60).arg(totalMinutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace flexor::ui
