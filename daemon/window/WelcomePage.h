// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace flexor::window {

class DaemonLink;

// The first start's welcome, shown once: what Flexor does, the schedule it keeps and when it
// starts counting, a switch to start at login and a button to try the routine.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(DaemonLink& daemon, QWidget* parent = nullptr);

    QString scheduleSentence() const;

signals:
    void done(); // "Continue": on to the Now page

public slots:
    void refresh();

private:
    DaemonLink& daemon_;
    QLabel* what_ = nullptr;
    QLabel* schedule_ = nullptr;
    QCheckBox* startAtLogin_ = nullptr;
};

} // namespace flexor::window
