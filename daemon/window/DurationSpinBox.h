// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSpinBox>

namespace flexor::window {

// A duration in whole seconds, shown and typed as config.toml writes it ("45m", "1h30m",
// "90s"), so what the page shows is what the file and the documentation say. A bare number is
// taken as minutes; the arrows step by a minute.
class DurationSpinBox : public QSpinBox {
public:
    DurationSpinBox(int minSeconds, int maxSeconds, QWidget* parent = nullptr);

protected:
    QString textFromValue(int seconds) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
};

} // namespace flexor::window
