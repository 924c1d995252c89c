// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>
#include <chrono>

namespace flexor::routine {

// A large countdown: the seconds left, inside a ring that empties as time runs out.
// Drawn with vectors in the palette's colours, so it is crisp at any scale and in dark themes.
class CountdownRing : public QWidget {
    Q_OBJECT
public:
    enum class Mood { Hold, GetReady, Paused };

    explicit CountdownRing(QWidget* parent = nullptr);

    void setCountdown(std::chrono::milliseconds remaining, std::chrono::milliseconds total,
                      Mood mood);

    // What the ring shows, for assistive technology (AccessibleCountdown).
    int secondsLeft() const;
    int secondsInPhase() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor ringColor() const;
    QString caption() const;

    std::chrono::milliseconds remaining_{};
    std::chrono::milliseconds total_{};
    Mood mood_ = Mood::Hold;
    int shownSeconds_ = -1;
};

} // namespace flexor::routine
