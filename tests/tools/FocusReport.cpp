// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FocusReport.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace flexor::tools {

void FocusReport::installIfAsked(QStringList& args) {
    if (args.removeAll(QStringLiteral("--report-focus")) > 0) {
        new FocusReport;
    }
}

FocusReport::FocusReport()
    : QObject(qApp) {
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == nullptr) {
            return;
        }
        // Painted before the line is printed, so a screenshot taken after it shows the frame.
        QTimer::singleShot(0, this, [this, now = QPointer<QWidget>(now)] {
            if (now != nullptr && now->hasFocus()) {
                now->repaint();
                report(now);
            }
        });
    });
}

void FocusReport::report(QWidget* now) {
    const QPoint origin = now->mapToGlobal(QPoint(0, 0));
    const QString name =
        now->accessibleName().isEmpty() ? now->property("text").toString() : now->accessibleName();
    std::printf("focus: %s %d,%d,%d,%d\n", qPrintable(name), origin.x(), origin.y(), now->width(),
                now->height());
    std::fflush(stdout);
}

} // namespace flexor::tools
