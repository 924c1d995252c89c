// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BreakScreenMirror.h"

#include "PoseView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace flexor::routine {

BreakScreenMirror::BreakScreenMirror(QScreen* screen, const QString& title, QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setAccessibleName(tr("Break screen: %1").arg(title));
    auto* layout = new QVBoxLayout(this);
    stepTitle_ = new QLabel(this);
    stepTitle_->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    stepTitle_->setFont(big);
    auto* middle = new QHBoxLayout;
    pose_ = new PoseView(this);
    ring_ = new CountdownRing(this);
    middle->addWidget(pose_, 3);
    middle->addWidget(ring_, 2);
    layout->addWidget(stepTitle_);
    layout->addLayout(middle, 1);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &BreakScreenMirror::skipRequested);

    setScreen(screen);
    setGeometry(screen->geometry());
}

void BreakScreenMirror::showStep(const QString& title, const QString& picturePath, bool mirrored) {
    stepTitle_->setText(title);
    pose_->showPicture(picturePath, mirrored, tr("Picture of the pose: %1").arg(title));
}

void BreakScreenMirror::setCountdown(std::chrono::milliseconds remaining,
                                     std::chrono::milliseconds total, CountdownRing::Mood mood) {
    ring_->setCountdown(remaining, total, mood);
}

} // namespace flexor::routine
