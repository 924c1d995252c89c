// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace flexor::ui {

// Tells assistive technology the news ("Step 2 of 4: ...", "Switch sides: ..."). Qt 6.4 has no
// AT-SPI announcement (that came with 6.8), so the news goes out two ways:
// - as the accessible name of the status label (the name-changed event), which tools and
//   screen readers that follow names hear;
// - as a notification that appears: a tiny widget of the Notification role, named with the
//   news and shown again for each one. Orca 43 drops name changes of labels by design
//   (event_manager.py ignores accessible-name events of the label role) but speaks an object
//   of the notification role when it becomes showing (scripts/default.py, onShowingChanged).
//
// A program that has just started cannot be heard yet: Qt's AT-SPI bridge sends no event until
// it has reached the accessibility bus and learnt from the registry which events are listened
// to, and that happens after the window is built. So the first news waits until the window
// first becomes active (when a screen reader turns to it), unless newer news comes first.
class StatusAnnouncer : public QObject {
public:
    StatusAnnouncer(QWidget* window, QWidget* status);

    // The dynamic property that marks the notice widget, for the accessible factory.
    static constexpr const char* kNoticeProperty = "flexorAnnouncement";

    void announce(const QString& news);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
    void say(const QString& news);

    QWidget* status_;
    QWidget* notice_;
    QString waiting_;
    bool heard_ = false; // the window has been active, or news came after the first
};

} // namespace flexor::ui
