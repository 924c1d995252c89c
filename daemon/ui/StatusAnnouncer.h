// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace flexor::ui {

// Tells assistive technology the news ("Step 2 of 4: ...", "Switch sides: ...") as the
// accessible name of a status label: Qt 6.4 has no AT-SPI announcement (that came with 6.8),
// and the name-changed event that setAccessibleName sends is what a screen reader hears.
//
// A program that has just started cannot be heard yet: Qt's AT-SPI bridge sends no event until
// it has reached the accessibility bus and learnt from the registry which events are listened
// to, and that happens after the window is built. So the first news waits until the window
// first becomes active (when a screen reader turns to it), unless newer news comes first.
class StatusAnnouncer : public QObject {
public:
    StatusAnnouncer(QWidget* window, QWidget* status);

    void announce(const QString& news);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
    QWidget* status_;
    QString waiting_;
    bool heard_ = false; // the window has been active, or news came after the first
};

} // namespace flexor::ui
