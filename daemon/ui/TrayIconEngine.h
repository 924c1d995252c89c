// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TrayLook.h"

#include <QIconEngine>

namespace flexor::ui {

// Draws the tray icon as vectors at whatever size the panel asks for: a ring that fills
// as the streak grows, and a distinct mark for due, snoozed, standing, paused and away.
// Every shape has a dark outline outside it and a colour of 3:1 or more against a dark panel,
// so it reads on light and dark panels alike (tests/unit/ui/TrayIconContrastTests.cpp).
class TrayIconEngine : public QIconEngine {
public:
    explicit TrayIconEngine(const TrayLook& look);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override { return QStringLiteral("flexor-tray"); }

    // The ring in an icon `side` pixels square, centred in it: the width of its stroke and the
    // radius of the stroke's middle (the contrast test measures exactly there).
    struct Ring {
        qreal width;
        qreal radius;
    };
    static Ring ringOf(qreal side);

private:
    TrayLook look_;
};

} // namespace flexor::ui
