// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReminderPrompt.h"

#include "FocusFrameStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace flexor::ui {

ReminderPrompt::ReminderPrompt(QWidget* parent)
    : QDialog(parent, Qt::WindowStaysOnTopHint)
    , summary_(new QLabel(this))
    , body_(new QLabel(this))
    , snooze_(new QPushButton(this))
    , start_(new QPushButton(tr("Start stretch"), this))
    , buttons_(new QHBoxLayout) {
    FocusFrameStyle::install();
    setWindowTitle(tr("Flexor"));
    setObjectName(QStringLiteral("flexor-reminder-prompt"));
    QFont big = summary_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    summary_->setFont(big);
    body_->setWordWrap(true);

    auto* skip = new QPushButton(tr("Skip"), this);
    start_->setDefault(true);
    start_->setAccessibleName(tr("Start the stretching routine"));
    skip->setAccessibleName(tr("Skip this break"));
    connect(start_, &QPushButton::clicked, this, [this] {
        hide();
        emit startRequested();
    });
    connect(snooze_, &QPushButton::clicked, this, [this] {
        hide();
        emit snoozeRequested();
    });
    connect(skip, &QPushButton::clicked, this, [this] {
        hide();
        emit skipRequested();
    });

    buttons_->addWidget(start_);
    buttons_->addWidget(snooze_);
    buttons_->addWidget(skip);
    // Tab in the order the buttons are shown (the snooze button is made first, as a member).
    setTabOrder(start_, snooze_);
    setTabOrder(snooze_, skip);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(body_);
    layout->addLayout(buttons_);
}

void ReminderPrompt::offerStanding(const QString& label) {
    if (label.isEmpty()) {
        delete stand_;
        stand_ = nullptr;
        return;
    }
    if (!stand_) {
        stand_ = new QPushButton(this);
        connect(stand_, &QPushButton::clicked, this, [this] {
            hide();
            emit standRequested();
        });
        buttons_->insertWidget(1, stand_); // beside Start stretch
        setTabOrder(start_, stand_);
        setTabOrder(stand_, snooze_);
    }
    stand_->setText(label);
    stand_->setAccessibleName(label);
}

void ReminderPrompt::present(const QString& summary, const QString& body,
                             const QString& snoozeLabel, const QString& standLabel) {
    summary_->setText(summary);
    body_->setText(body);
    // A screen reader names the window by what it asks, not by the program's name.
    setAccessibleName(summary);
    setAccessibleDescription(body);
    snooze_->setText(snoozeLabel);
    snooze_->setAccessibleName(snoozeLabel);
    offerStanding(standLabel);
    show();
    raise();
    activateWindow();
}

} // namespace flexor::ui
