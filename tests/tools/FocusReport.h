// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace flexor::tools {

// With --report-focus among the arguments (removed from them), prints a line each time the
// keyboard focus moves to another widget, once the focused widget has been repainted:
// "focus: <accessible name> X,Y,W,H" in screen pixels, so a test can find the focused
// control in a screenshot and follow the tab order.
class FocusReport : public QObject {
public:
    static void installIfAsked(QStringList& args);

private:
    FocusReport();
    void report(QWidget* now);
};

} // namespace flexor::tools
