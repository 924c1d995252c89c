// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusAnnouncer.h"

#include "AccessibleFactory.h"

#include <QEvent>

namespace flexor::ui {

Announcement::Announcement(const QString& news, QWidget* parent)
    : QWidget(parent) {
    installAccessibleFactory();
    // Outside any layout, one pixel in the window's corner (inside the window, where a layout
    // check looks for clipped widgets): it takes no room, paints nothing (no background of its
    // own), and takes no clicks and no focus; only its accessible side exists.
    setGeometry(0, 0, 1, 1);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(news);
}

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
    tell(news);
}

bool StatusAnnouncer::eventFilter(QObject* watched, QEvent* event) {
    if (!heard_ && watched == window_ && event->type() == QEvent::WindowActivate) {
        heard_ = true;
        window_->removeEventFilter(this);
        if (!waiting_.isEmpty()) {
            tell(waiting_);
            waiting_.clear();
        }
    }
    return false;
}

void StatusAnnouncer::tell(const QString& news) {
    if (status_ != nullptr) {
        status_->setAccessibleName(news);
    }
    delete previous_;
    previous_ = current_;
    if (previous_) {
        previous_->hide();
    }
    current_ = new Announcement(news, window_);
    current_->show(); // Qt tells AT-SPI "showing": what Orca presents
}

} // namespace flexor::ui
