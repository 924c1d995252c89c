// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace flexor::tools {

// Checks a window for clipped text each time its layout settles (after it is shown and after
// every change of its contents) and prints one line: "layout: ok (N texts)" or
// "layout: clipped <widget> '<text>' needs WxH, has WxH; ...". A label's text must fit its
// widget (word-wrapped ones at their width), a button's its button, and every widget must
// lie inside the window.
class LayoutCheck : public QObject {
public:
    explicit LayoutCheck(QWidget* window);

    static QStringList clipped(QWidget* window, int* checked = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QWidget* window_;
    bool pending_ = false;
};

} // namespace flexor::tools
