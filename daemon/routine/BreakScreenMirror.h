// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CountdownRing.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace flexor::routine {

class PoseView;

// The break screen on a monitor other than the routine window's: full screen, the pose and the
// countdown of the current step, nothing to click. Esc here asks to skip, as in the window.
class BreakScreenMirror : public QWidget {
    Q_OBJECT
public:
    BreakScreenMirror(QScreen* screen, const QString& title, QWidget* parent = nullptr);

    void showStep(const QString& title, const QString& picturePath, bool mirrored);
    void setCountdown(std::chrono::milliseconds remaining, std::chrono::milliseconds total,
                      CountdownRing::Mood mood);

signals:
    void skipRequested();

private:
    QLabel* stepTitle_ = nullptr;
    PoseView* pose_ = nullptr;
    CountdownRing* ring_ = nullptr;
};

} // namespace flexor::routine
