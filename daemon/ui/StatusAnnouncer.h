// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace flexor::ui {

// One piece of news for a screen reader: an empty child widget, not drawn, no focus, whose
// accessible role is a notification (AccessibleFactory) and whose accessible name is the news.
// Orca speaks a notification when it becomes showing ("notification Step 2 of 4: ..."), from
// any window and whatever has the focus.
class Announcement : public QWidget {
    Q_OBJECT
public:
    Announcement(const QString& news, QWidget* parent);
};

// Tells assistive technology the news of a window ("Step 2 of 4: ...", "Switch sides: ...").
// Qt 6.4 has no AT-SPI announcement (that came with 6.8), so the news goes out two ways:
// - a fresh Announcement per piece of news, shown in the window. A fresh one each time, since
//   Orca drops a "showing" event that repeats the last one of the same object: showing the
//   same widget again would be heard once. The one before is hidden (so the tree holds one
//   showing notification) and the one before that deleted; at most two exist at a time.
// - the status label's accessible name, for readers that follow a label's name changes (Orca
//   43 ignores those by design: name changes of labels are noise in other programs).
//
// A program that has just started cannot be heard yet: Qt's AT-SPI bridge sends no event until
// it has reached the accessibility bus and learnt from the registry which events are listened
// to, and that happens after the window is built. So the first news waits until the window
// first becomes active (when a screen reader turns to it), unless newer news comes first.
// Works for any window: it needs the window, and the label that shows the status if there is
// one (nullptr: the notification alone).
class StatusAnnouncer : public QObject {
public:
    StatusAnnouncer(QWidget* window, QWidget* status);

    void announce(const QString& news);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tell(const QString& news);

    QWidget* window_;
    QWidget* status_;
    QString waiting_;
    bool heard_ = false; // the window has been active, or news came after the first
    QPointer<Announcement> current_;
    QPointer<Announcement> previous_;
};

} // namespace flexor::ui
