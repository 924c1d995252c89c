// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccessibleFactory.h"

#include <QAccessibleWidget>
#include <QWidget>

namespace flexor::ui {

namespace {

QAccessibleInterface* createInterface(const QString& className, QObject* object) {
    auto* widget = qobject_cast<QWidget*>(object);
    if (widget == nullptr) {
        return nullptr;
    }
    // StatusAnnouncer's news: Orca speaks a notification that becomes showing.
    if (className == QLatin1String("flexor::ui::Announcement")) {
        return new QAccessibleWidget(widget, QAccessible::Notification);
    }
    if (className == QLatin1String("flexor::ui::SittingChart")) {
        return new QAccessibleWidget(widget, QAccessible::Chart);
    }
    // Plain QWidget windows would be a "filler"; a screen reader looks for a frame.
    if (className == QLatin1String("flexor::window::FlexorWindow") ||
        (className == QLatin1String("flexor::ui::StatisticsWindow") && widget->isWindow())) {
        return new QAccessibleWidget(widget, QAccessible::Window);
    }
    return nullptr;
}

} // namespace

void installAccessibleFactory() {
    static const bool installed = [] {
        QAccessible::installFactory(createInterface);
        return true;
    }();
    (void)installed;
}

} // namespace flexor::ui
