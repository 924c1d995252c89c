// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace flexor::ui {

// A small window of Flexor's own with the reminder's answers (three, and "Stand for a while"
// on a standing desk), for desktops where no notification server runs. Created only when
// needed.
class ReminderPrompt : public QDialog {
    Q_OBJECT
public:
    explicit ReminderPrompt(QWidget* parent = nullptr);

    // standLabel: "Stand for a while" on a standing desk; empty: no such answer.
    void present(const QString& summary, const QString& body, const QString& snoozeLabel,
                 const QString& standLabel = {});

signals:
    void startRequested();
    void snoozeRequested();
    void skipRequested();
    void standRequested();

private:
    // A hidden button would still be listed to screen readers (nameless): it exists only
    // while it is offered.
    void offerStanding(const QString& label);

    QLabel* summary_;
    QLabel* body_;
    QPushButton* snooze_;
    QPushButton* start_;
    QPushButton* stand_ = nullptr;
    QHBoxLayout* buttons_;
};

} // namespace flexor::ui
