// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CountdownRing.h"

#include "RoutineAccessibleFactory.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace flexor::routine {

namespace {

// Whole seconds as people count down: 4.2 s left shows "5", so "0" is never shown while running.
int secondsToShow(std::chrono::milliseconds remaining) {
    return static_cast<int>((remaining.count() + 999) / 1000);
}

} // namespace

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent) {
    installRoutineAccessibleFactory();
    setAccessibleName(tr("Time left"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void CountdownRing::setCountdown(std::chrono::milliseconds remaining,
                                 std::chrono::milliseconds total, Mood mood) {
    remaining_ = remaining;
    total_ = total;
    const int seconds = secondsToShow(remaining);
    if (seconds != shownSeconds_ || mood != mood_) {
        shownSeconds_ = seconds;
        mood_ = mood;
        // Only whole-second changes reach screen readers, not every frame.
        setAccessibleDescription(caption() + QLatin1Char(' ') +
                                 tr("Seconds left: %1").arg(seconds));
        QAccessibleValueChangeEvent changed(this, seconds);
        QAccessible::updateAccessibility(&changed);
    }
    update();
}

int CountdownRing::secondsLeft() const {
    return std::max(0, shownSeconds_);
}

int CountdownRing::secondsInPhase() const {
    return secondsToShow(total_);
}

QSize CountdownRing::sizeHint() const {
    return {220, 220};
}

QSize CountdownRing::minimumSizeHint() const {
    return {140, 140};
}

QColor CountdownRing::ringColor() const {
    switch (mood_) {
    case Mood::Hold:
        return palette().color(QPalette::Highlight);
    case Mood::GetReady: {
        QColor softer = palette().color(QPalette::Highlight);
        softer.setAlphaF(0.5);
        return softer;
    }
    case Mood::Paused:
        break;
    }
    return palette().color(QPalette::PlaceholderText);
}

QString CountdownRing::caption() const {
    switch (mood_) {
    case Mood::Hold:
        return tr("Hold");
    case Mood::GetReady:
        return tr("Get ready");
    case Mood::Paused:
        break;
    }
    return tr("Paused");
}

void CountdownRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal side = std::min(width(), height());
    const qreal thickness = side * 0.08;
    const QRectF ring((width() - side) / 2 + thickness / 2, (height() - side) / 2 + thickness / 2,
                      side - thickness, side - thickness);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.12);
    painter.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);

    const qreal fraction = total_.count() > 0
                               ? std::clamp(double(remaining_.count()) / total_.count(), 0.0, 1.0)
                               : 0.0;
    painter.setPen(QPen(ringColor(), thickness, Qt::SolidLine, Qt::RoundCap));
    // Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12, run clockwise.
    painter.drawArc(ring, 90 * 16, -static_cast<int>(fraction * 360 * 16));

    QFont digits = font();
    digits.setPixelSize(static_cast<int>(side * 0.32));
    digits.setBold(true);
    painter.setFont(digits);
    painter.setPen(palette().color(QPalette::WindowText));
    QRectF digitsBox = ring;
    digitsBox.setBottom(ring.center().y() + side * 0.16);
    painter.drawText(digitsBox, Qt::AlignHCenter | Qt::AlignBottom,
                     QString::number(std::max(shownSeconds_, 0)));

    QFont small = font();
    small.setPixelSize(std::max(10, static_cast<int>(side * 0.08)));
    painter.setFont(small);
    QRectF captionBox = ring;
    captionBox.setTop(ring.center().y() + side * 0.18);
    painter.drawText(captionBox, Qt::AlignHCenter | Qt::AlignTop, caption());
}

} // namespace flexor::routine
