// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineAccessibleFactory.h"

#include "AccessibleCountdown.h"
#include "CountdownRing.h"
#include "PoseView.h"
#include "RoutineWindow.h"

#include <QAccessibleWidget>
#include <QWidget>

namespace flexor::routine {

namespace {

// Qt asks each installed factory in turn; this one answers for the routine's classes only.
QAccessibleInterface* createInterface(const QString& className, QObject* object) {
    auto* widget = qobject_cast<QWidget*>(object);
    if (widget == nullptr) {
        return nullptr;
    }
    if (className == QLatin1String(CountdownRing::staticMetaObject.className())) {
        return new AccessibleCountdown(static_cast<CountdownRing*>(widget));
    }
    if (className == QLatin1String(PoseView::staticMetaObject.className())) {
        return new QAccessibleWidget(widget, QAccessible::Graphic);
    }
    // A plain QWidget window would be a "filler"; a screen reader looks for a frame.
    if (className == QLatin1String(RoutineWindow::staticMetaObject.className())) {
        return new QAccessibleWidget(widget, QAccessible::Window);
    }
    return nullptr;
}

} // namespace

void installRoutineAccessibleFactory() {
    static const bool installed = [] {
        QAccessible::installFactory(createInterface);
        return true;
    }();
    (void)installed;
}

} // namespace flexor::routine
