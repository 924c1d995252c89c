// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/TrayLook.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace flexor::ui {
class StatusAnnouncer;
}

namespace flexor::window {

class DaemonLink;

// The tray's ring, large: the same drawing (ui::TrayIconEngine) at the size of a page.
class RingView : public QWidget {
public:
    explicit RingView(QWidget* parent = nullptr);
    void setLook(const ui::TrayLook& look);
    QSize sizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ui::TrayLook look_;
};

// "Now": the ring, the state in one sentence and what can be done about it (stretch now with
// a routine picker, snooze, pause or resume, standing, in a meeting). It is redrawn when the
// daemon says the state changed, and otherwise only when its words or the ring would change
// with the clock (one single-shot timer).
class NowPage : public QWidget {
    Q_OBJECT
public:
    // routines: (name, title) of every usable routine, for the picker.
    NowPage(DaemonLink& daemon, const QList<std::pair<QString, QString>>& routines,
            QWidget* parent = nullptr);

    // Says a change to a screen reader (the announcer of the window it is in).
    void setAnnouncer(ui::StatusAnnouncer* announcer) { announcer_ = announcer; }
    QString sentence() const;
    QLabel* sentenceLabel() const { return sentence_; }

public slots:
    void refresh();

private:
    QWidget* buildActions(const QList<std::pair<QString, QString>>& routines);

    DaemonLink& daemon_;
    RingView* ring_ = nullptr;
    QLabel* sentence_ = nullptr;
    QLabel* detail_ = nullptr;
    QLabel* noTray_ = nullptr;
    QComboBox* routine_ = nullptr;
    QPushButton* stretch_ = nullptr;
    QPushButton* snooze_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* resume_ = nullptr;
    QPushButton* standing_ = nullptr;
    QPushButton* meeting_ = nullptr;
    QTimer nextChange_;
    ui::StatusAnnouncer* announcer_ = nullptr;
};

} // namespace flexor::window
