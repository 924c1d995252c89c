// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NowPage.h"

#include "DaemonLink.h"
#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "platform/SystemClock.h"
#include "ui/StateSentence.h"
#include "ui/StatusAnnouncer.h"
#include "ui/TrayIconEngine.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <algorithm>

namespace flexor::window {

using core::SittingState;
using namespace std::chrono;

RingView::RingView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(96, 96);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void RingView::setLook(const ui::TrayLook& look) {
    if (look == look_) {
        return;
    }
    look_ = look;
    update();
}

void RingView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    ui::TrayIconEngine(look_).paint(&painter, square, QIcon::Normal, QIcon::On);
}

NowPage::NowPage(DaemonLink& daemon, const QList<std::pair<QString, QString>>& routines,
                 QWidget* parent)
    : QWidget(parent)
    , daemon_(daemon) {
    nextChange_.setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, before the minute it is armed for.
    nextChange_.setTimerType(Qt::PreciseTimer);
    connect(&nextChange_, &QTimer::timeout, this, &NowPage::refresh);

    auto* layout = new QVBoxLayout(this);
    ring_ = new RingView;
    ring_->setAccessibleName(tr("Sitting ring"));
    layout->addWidget(ring_, 1);
    sentence_ = new QLabel;
    sentence_->setObjectName(QStringLiteral("stateSentence"));
    sentence_->setAlignment(Qt::AlignHCenter);
    sentence_->setWordWrap(true);
    QFont big = sentence_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    sentence_->setFont(big);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(sentence_);
    detail_ = new QLabel;
    detail_->setAlignment(Qt::AlignHCenter);
    detail_->setWordWrap(true);
    layout->addWidget(detail_);
    layout->addWidget(buildActions(routines));
    noTray_ = new QLabel(tr("No tray icon: this desktop shows none (on GNOME the tray needs the "
                            "AppIndicator extension). Everything is here in this window, "
                            "and reminders come as notifications."));
    noTray_->setObjectName(QStringLiteral("noTrayNote"));
    noTray_->setWordWrap(true);
    noTray_->setVisible(!QSystemTrayIcon::isSystemTrayAvailable());
    layout->addWidget(noTray_);
    connect(&daemon_, &DaemonLink::statusChanged, this, &NowPage::refresh);
    refresh();
}

QWidget* NowPage::buildActions(const QList<std::pair<QString, QString>>& routines) {
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    routine_ = new QComboBox;
    routine_->setAccessibleName(tr("Routine"));
    routine_->addItem(tr("The routine of the day"), QString());
    for (const auto& [name, title] : routines) {
        routine_->addItem(title, name);
    }
    stretch_ = new QPushButton(tr("Stretch now"));
    connect(stretch_, &QPushButton::clicked, this,
            [this] { daemon_.startRoutine(routine_->currentData().toString()); });
    grid->addWidget(stretch_, 0, 0);
    grid->addWidget(routine_, 0, 1);

    snooze_ = new QPushButton(tr("Snooze"));
    connect(snooze_, &QPushButton::clicked, this, [this] { daemon_.snooze(); });
    grid->addWidget(snooze_, 1, 0);

    pause_ = new QPushButton(tr("Pause"));
    auto* pauseMenu = new QMenu(pause_);
    pauseMenu->addAction(tr("30 min"), this, [this] { daemon_.pause(30min); });
    pauseMenu->addAction(tr("1 hour"), this, [this] { daemon_.pause(1h); });
    pauseMenu->addAction(tr("Until tomorrow"), this, [this] { daemon_.pause(0s); });
    pause_->setMenu(pauseMenu);
    resume_ = new QPushButton(tr("Resume"));
    connect(resume_, &QPushButton::clicked, this, [this] { daemon_.resume(); });
    grid->addWidget(pause_, 1, 1);
    grid->addWidget(resume_, 1, 1);

    standing_ = new QPushButton(tr("I'm standing"));
    standing_->setCheckable(true);
    connect(standing_, &QPushButton::clicked, this, [this](bool on) { daemon_.setStanding(on); });
    grid->addWidget(standing_, 2, 0);
    meeting_ = new QPushButton(tr("I'm in a meeting"));
    meeting_->setCheckable(true);
    connect(meeting_, &QPushButton::clicked, this, [this](bool on) { daemon_.setMeeting(on); });
    grid->addWidget(meeting_, 2, 1);
    return box;
}

QString NowPage::sentence() const {
    return sentence_->text();
}

void NowPage::refresh() {
    const auto now = platform::now();
    if (!daemon_.connected()) {
        nextChange_.stop();
        sentence_->setText(tr("Flexor is not running"));
        detail_->setText(tr("Start Flexor from the applications menu, or run: flexor"));
        for (QWidget* action : {static_cast<QWidget*>(stretch_), static_cast<QWidget*>(routine_),
                                static_cast<QWidget*>(snooze_), static_cast<QWidget*>(pause_),
                                static_cast<QWidget*>(resume_), static_cast<QWidget*>(standing_),
                                static_cast<QWidget*>(meeting_)}) {
            action->setEnabled(false);
        }
        return;
    }
    const QVariantMap map = daemon_.statusNow();
    const auto status = dbus::engineStatusFrom(map);
    const core::Duration remindAfter =
        seconds(std::max(1u, map.value(dbus::status_key::kRemindAfter).toUInt()));
    const bool senses = map.value(dbus::status_key::kSenses, true).toBool();

    ring_->setLook(ui::trayLookFor(status, remindAfter, senses, now.local));
    // The daemon says when the meeting began (meeting_since); one older than that key is
    // helped by what the window saw itself.
    const auto meetingSince = status.meetingSince ? status.meetingSince : daemon_.meetingSince();
    const QString text =
        ui::stateSentence(status, now.local, {dbus::countingStartsFrom(map), meetingSince});
    if (text != sentence_->text()) {
        sentence_->setText(text);
        if (announcer_) {
            announcer_->announce(text);
        }
    }
    detail_->setText(senses ? QString()
                            : tr("Activity can't be sensed on this desktop: counting time while "
                                 "the screen is unlocked."));
    detail_->setVisible(!senses);

    const bool paused = status.state == SittingState::Paused;
    for (QWidget* action : {static_cast<QWidget*>(stretch_), static_cast<QWidget*>(routine_),
                            static_cast<QWidget*>(pause_), static_cast<QWidget*>(resume_),
                            static_cast<QWidget*>(standing_), static_cast<QWidget*>(meeting_)}) {
        action->setEnabled(true);
    }
    pause_->setVisible(!paused);
    resume_->setVisible(paused);
    snooze_->setEnabled(status.state == SittingState::ReminderDue ||
                        status.state == SittingState::Snoozed ||
                        status.state == SittingState::Sitting);
    stretch_->setEnabled(status.state != SittingState::InRoutine);
    standing_->setChecked(status.state == SittingState::Standing);
    meeting_->setChecked(map.value(dbus::status_key::kMeetingWhy)
                             .toStringList()
                             .contains(QStringLiteral("by-hand")));

    // The one timer: the next moment the words or the ring change with the clock alone.
    std::optional<core::Duration> wake = ui::untilSentenceChanges(status);
    if (status.streakRunning) {
        wake = std::min(*wake, ui::untilNextRingStep(status.streak, remindAfter));
    }
    if (wake) {
        nextChange_.start(core::millisecondsUntil(now.mono + *wake, now.mono));
    } else {
        nextChange_.stop();
    }
}

} // namespace flexor::window
