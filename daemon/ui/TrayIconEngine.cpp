// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TrayIconEngine.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <cmath>

namespace flexor::ui {

using core::SittingState;

namespace {

// Rows per band when drawing: few enough that no single fill is split across threads.
constexpr qreal kBandPixelRows = 4;

const QColor kOutline(20, 20, 20, 200);
const QColor kTrack(170, 170, 170);
constexpr qreal kTrackShare = 0.5;  // of the arc's width
const QColor kCalm(46, 160, 90);    // sitting, plenty of time left
const QColor kWarm(205, 110, 0);    // getting close: 3:1 on light and dark panels alike
const QColor kDue(215, 55, 45);     // time to get up
const QColor kQuiet(128, 138, 150); // paused, off schedule, away; 3:1 on light and dark panels
const QColor kStanding(40, 130, 200);

QColor ringColor(const TrayLook& look) {
    switch (look.state) {
    case SittingState::ReminderDue:
        return kDue;
    case SittingState::Snoozed:
        return kWarm;
    case SittingState::Standing:
    case SittingState::InRoutine:
        return kStanding;
    case SittingState::Away:
    case SittingState::Paused:
    case SittingState::OffSchedule:
        return kQuiet;
    case SittingState::Sitting:
        break;
    }
    return look.streakFraction < 0.75 ? kCalm : kWarm;
}

void strokeOutlined(QPainter& p, const QPainterPath& path, const QColor& color, qreal width) {
    p.strokePath(path, QPen(kOutline, width + 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.strokePath(path, QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

// The outline lies outside the shape, not over its edge: at 16 px a mark is two pixels wide,
// and an outline drawn on the edge would leave no colour to read on a dark panel.
void fillOutlined(QPainter& p, const QPainterPath& path, const QColor& color) {
    p.strokePath(path, QPen(kOutline, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, color);
}

void drawRing(QPainter& p, const QRectF& box, const TrayLook& look) {
    const auto [width, radius] = TrayIconEngine::ringOf(box.width());
    const QRectF ring(box.center() - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    // The empty track, thinner than the filled arc so the two differ by shape and not only by
    // colour, and outlined like every shape: a light grey alone vanishes on a light panel.
    QPainterPath track;
    track.addEllipse(ring);
    strokeOutlined(p, track, kTrack, width * kTrackShare);
    const bool full = look.state == SittingState::ReminderDue;
    const double fraction = full ? 1.0 : std::clamp(look.streakFraction, 0.0, 1.0);
    if (fraction <= 0.0) {
        return;
    }
    QPainterPath arc;
    arc.arcMoveTo(ring, 90);
    arc.arcTo(ring, 90, -360.0 * fraction);
    strokeOutlined(p, arc, ringColor(look), width);
}

// The mark in the middle of the ring tells the state without relying on colour alone.
void drawCentreMark(QPainter& p, const QRectF& box, const TrayLook& look) {
    const QPointF c = box.center();
    const qreal u = box.width() / 16.0; // one unit of a 16 px grid
    QPainterPath mark;
    switch (look.state) {
    case SittingState::ReminderDue:
        mark.addRoundedRect(QRectF(c.x() - u, c.y() - 4.5 * u, 2 * u, 6 * u), u, u);
        mark.addEllipse(QPointF(c.x(), c.y() + 3.5 * u), 1.1 * u, 1.1 * u);
        fillOutlined(p, mark, look.escalated ? kDue : kWarm);
        return;
    case SittingState::Paused:
        mark.addRect(
            QRectF(c.x() - 3 * u, c.y() - 3 * u, 2 * u, 6 * u)); // on whole pixels at 16 px
        mark.addRect(QRectF(c.x() + 1 * u, c.y() - 3 * u, 2 * u, 6 * u));
        fillOutlined(p, mark, kQuiet);
        return;
    case SittingState::Standing:
    case SittingState::InRoutine:
        mark.addEllipse(QPointF(c.x(), c.y() - 3 * u), 1.3 * u, 1.3 * u);
        mark.addRoundedRect(QRectF(c.x() - 0.9 * u, c.y() - 1.5 * u, 1.8 * u, 5.5 * u), u, u);
        fillOutlined(p, mark, kStanding);
        return;
    case SittingState::Snoozed:
        mark.moveTo(c.x() - 2.5 * u, c.y() - 2.5 * u);
        mark.lineTo(c.x() + 2.5 * u, c.y() - 2.5 * u);
        mark.lineTo(c.x() - 2.5 * u, c.y() + 2.5 * u);
        mark.lineTo(c.x() + 2.5 * u, c.y() + 2.5 * u);
        strokeOutlined(p, mark, kWarm, 1.4 * u);
        return;
    case SittingState::Away:
    case SittingState::OffSchedule:
        mark.addEllipse(c, 2 * u, 2 * u);
        fillOutlined(p, mark, kQuiet);
        return;
    case SittingState::Sitting:
        if (!look.senses) {
            mark.addEllipse(c, 2 * u, 2 * u);
            fillOutlined(p, mark, kWarm);
        }
        return;
    }
}

} // namespace

TrayIconEngine::TrayIconEngine(const TrayLook& look)
    : look_(look) {}

void TrayIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode, QIcon::State) {
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                     rect.y() + (rect.height() - side) / 2.0, side, side);
    // Qt's rasterizer hands a fill of more than about a hundred spans to a pool of helper
    // threads, which for an icon redrawn every few minutes means threads started and torn
    // down each time. Drawn in bands of a few pixel rows, every fill stays on this thread.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal band = kBandPixelRows / std::max<qreal>(1.0, dpr);
    for (qreal top = rect.top(); top < rect.top() + rect.height(); top += band) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipRect(QRectF(rect.left(), top, rect.width(), band), Qt::IntersectClip);
        drawRing(*painter, box, look_);
        drawCentreMark(*painter, box, look_);
        painter->restore();
    }
}

TrayIconEngine::Ring TrayIconEngine::ringOf(qreal side) {
    const qreal width = std::max<qreal>(1.5, side / 8.0);
    return {width, side / 2.0 - width};
}

QPixmap TrayIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    QPixmap pix(size);
    pix.fill(Qt::transparent);
    QPainter painter(&pix);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pix;
}

QIconEngine* TrayIconEngine::clone() const {
    return new TrayIconEngine(look_);
}

} // namespace flexor::ui
