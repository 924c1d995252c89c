// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DurationSpinBox.h"

#include "core/DurationSyntax.h"

#include <chrono>
#include <optional>

namespace flexor::window {

namespace {

std::optional<int> secondsOf(const QString& text) {
    // "30 min" as well as the file's "30m".
    QString trimmed = text.trimmed();
    trimmed.replace(QStringLiteral("min"), QStringLiteral("m"));
    bool number = false;
    const int minutes = trimmed.toInt(&number);
    if (number) {
        return minutes * 60;
    }
    const auto parsed = core::parseDuration(trimmed.toStdString());
    if (!parsed) {
        return std::nullopt;
    }
    return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(*parsed).count());
}

} // namespace

DurationSpinBox::DurationSpinBox(int minSeconds, int maxSeconds, QWidget* parent)
    : QSpinBox(parent) {
    setRange(minSeconds, maxSeconds);
    setSingleStep(60);
    // The value changes when the typing is done (Return or leaving the box), not per key.
    setKeyboardTracking(false);
}

QString DurationSpinBox::textFromValue(int seconds) const {
    return QString::fromStdString(core::formatDuration(std::chrono::seconds(seconds)));
}

int DurationSpinBox::valueFromText(const QString& text) const {
    return secondsOf(text).value_or(value());
}

QValidator::State DurationSpinBox::validate(QString& text, int&) const {
    const auto seconds = secondsOf(text);
    if (!seconds) {
        return QValidator::Intermediate;
    }
    return *seconds >= minimum() && *seconds <= maximum() ? QValidator::Acceptable
                                                          : QValidator::Intermediate;
}

} // namespace flexor::window
