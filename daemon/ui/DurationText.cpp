// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DurationText.h"

#include <QCoreApplication>
#include <algorithm>

namespace flexor::ui {

namespace {

using namespace std::chrono;

// lupdate files tr() calls in a namespace under the namespace's name: the same context here.
constexpr const char* kTrContext = "flexor::ui";

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate(kTrContext, text, disambiguation, n);
}

} // namespace

QString durationText(core::Duration d) {
    const auto secs = std::max<long long>(0, duration_cast<seconds>(d).count());
    if (secs < 60) {
        return tr("%n s", nullptr, static_cast<int>(secs));
    }
    if (secs < 3600) {
        return tr("%n min", nullptr, static_cast<int>(secs / 60));
    }
    return tr("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace flexor::ui
