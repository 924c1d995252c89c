// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusAnnouncer.h"

#include <QEvent>
#include <QWidget>

namespace flexor::ui {

StatusAnnouncer::StatusAnnouncer(QWidget* window, QWidget* status)
    : QObject(window)
    , window_(window)
    , status_(status) {
    window_->installEventFilter(this);
}

void StatusAnnouncer::announce(const QString& news) {
    if (!heard_ && waiting_.isEmpty()) {
        waiting_ = news;
        return;
    }
    // Later news goes out at once even if the window was never active (a desktop that does
    // not hand the focus to a new window): by then the bridge has long been ready.
    heard_ = true;
    waiting_.clear();
    status_->setAccessibleName(news);
}

bool StatusAnnouncer::eventFilter(QObject* watched, QEvent* event) {
    if (!heard_ && watched == window_ && event->type() == QEvent::WindowActivate) {
        heard_ = true;
        window_->removeEventFilter(this);
        if (!waiting_.isEmpty()) {
            status_->setAccessibleName(waiting_);
            waiting_.clear();
        }
    }
    return false;
}

} // namespace flexor::ui
