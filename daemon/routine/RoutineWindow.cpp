// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineWindow.h"

#include "BreakScreenMirror.h"
#include "CountdownRing.h"
#include "PoseView.h"
#include "RoutineAccessibleFactory.h"
#include "RoutineController.h"
#include "ui/FocusFrameStyle.h"
#include "ui/StatusAnnouncer.h"

#include <QCloseEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

constexpr int kFrameIntervalMs = 100; // smooth enough for a ring that moves 1/30 per second

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Keys are window shortcuts, not button shortcuts: a button's own shortcut "clicks" it with a
// short animation, and Space released over the focused button would then click it a second time.
QPushButton* controlButton(const QString& text, const QString& accessibleName,
                           const QKeySequence& key, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName + QStringLiteral(" (") +
                       key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    return button;
}

// A step without its own side labels shows the built-in ones, in the user's language.
QString sideText(const core::RoutineStep& step, core::Side side) {
    const std::string& label = step.sideLabel(side);
    if (label == core::kDefaultLeftLabel) {
        return RoutineWindow::tr("Left side");
    }
    if (label == core::kDefaultRightLabel) {
        return RoutineWindow::tr("Right side");
    }
    return fromStd(label);
}

QFont scaledFont(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

RoutineWindow::RoutineWindow(core::Routine routine, int finishedBefore, bool muted, MonoClock clock,
                             QWidget* parent)
    : QWidget(parent, Qt::Window)
    , controller_(new RoutineController(std::move(routine), std::move(clock), this))
    , muted_(muted)
    , finishedToday_(finishedBefore + 1) {
    installRoutineAccessibleFactory();
    ui::FocusFrameStyle::install();
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(fromStd(player().routine().title));
    setAccessibleName(tr("Guided routine: %1").arg(fromStd(player().routine().title)));

    pages_ = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    buildStepPage();
    buildFinishPage();

    frameTimer_.setInterval(kFrameIntervalMs);
    connect(&frameTimer_, &QTimer::timeout, this, &RoutineWindow::showCountdown);
    connect(controller_, &RoutineController::phaseChanged, this, [this] {
        showPhase();
        emit phaseChanged();
    });
    connect(controller_, &RoutineController::updated, this, &RoutineWindow::onUpdated);
    connect(controller_, &RoutineController::pausedChanged, this, &RoutineWindow::pausedChanged);
    connect(controller_, &RoutineController::finished, this, &RoutineWindow::finished);
    connect(controller_, &RoutineController::abandoned, this, &RoutineWindow::abandoned);
    connect(controller_, &RoutineController::skipped, this, &RoutineWindow::skipped);
}

const core::RoutinePlayer& RoutineWindow::player() const {
    return controller_->player();
}

void RoutineWindow::buildStepPage() {
    auto* page = new QWidget(pages_);
    auto* layout = new QVBoxLayout(page);

    auto* header = new QHBoxLayout;
    auto* routineTitle = new QLabel(fromStd(player().routine().title), page);
    routineTitle->setFont(scaledFont(font(), 1.0, true));
    stepNumber_ = new QLabel(page);
    announcer_ = new ui::StatusAnnouncer(this, stepNumber_);
    header->addWidget(routineTitle);
    header->addStretch();
    header->addWidget(stepNumber_);
    layout->addLayout(header);

    auto* middle = new QHBoxLayout;
    pose_ = new PoseView(page);
    ring_ = new CountdownRing(page);
    middle->addWidget(pose_, 3);
    middle->addWidget(ring_, 2);
    layout->addLayout(middle, 1);

    stepTitle_ = wrappingLabel(page);
    stepTitle_->setFont(scaledFont(font(), 1.6, true));
    sideLabel_ = wrappingLabel(page);
    sideLabel_->setFont(scaledFont(font(), 1.25, true));
    instructions_ = new QLabel(page);
    instructions_->setWordWrap(true);
    instructions_->setTextFormat(Qt::RichText);
    upNext_ = wrappingLabel(page);
    layout->addWidget(stepTitle_);
    layout->addWidget(sideLabel_);
    layout->addWidget(instructions_);
    layout->addWidget(upNext_);

    auto* controls = new QHBoxLayout;
    auto* back = controlButton(tr("Back"), tr("Previous step"), QKeySequence(Qt::Key_Left), page);
    pauseButton_ =
        controlButton(tr("Pause"), tr("Pause or resume"), QKeySequence(Qt::Key_Space), page);
    auto* next = controlButton(tr("Next"), tr("Next step"), QKeySequence(Qt::Key_Right), page);
    auto* stop =
        controlButton(tr("Stop"), tr("Stop the routine"), QKeySequence(Qt::Key_Escape), page);
    stopButton_ = stop;
    muteButton_ = controlButton(QString(), tr("Mute or unmute voice and sounds"),
                                QKeySequence(Qt::Key_M), page);
    muteButton_->setText(muted_ ? tr("Unmute") : tr("Mute"));
    addKey(Qt::Key_Left, &RoutineWindow::goBack);
    addKey(Qt::Key_Space, &RoutineWindow::togglePause);
    addKey(Qt::Key_Right, &RoutineWindow::goNext);
    addKey(Qt::Key_Escape, &RoutineWindow::stop); // on the finish screen: closes
    addKey(Qt::Key_M, &RoutineWindow::toggleMute);
    connect(back, &QPushButton::clicked, this, &RoutineWindow::goBack);
    connect(pauseButton_, &QPushButton::clicked, this, &RoutineWindow::togglePause);
    connect(next, &QPushButton::clicked, this, &RoutineWindow::goNext);
    connect(stop, &QPushButton::clicked, this, &RoutineWindow::stop);
    connect(muteButton_, &QPushButton::clicked, this, &RoutineWindow::toggleMute);
    controls->addWidget(back);
    controls->addWidget(pauseButton_);
    controls->addWidget(next);
    controls->addStretch();
    controls->addWidget(muteButton_);
    controls->addWidget(stop);
    layout->addLayout(controls);

    if (!player().routine().safety.empty()) {
        auto* safety = wrappingLabel(page);
        safety->setText(fromStd(player().routine().safety));
        QFont italic = font();
        italic.setItalic(true);
        safety->setFont(italic);
        safety->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(safety);
    }
    pages_->addWidget(page);
    pauseButton_->setFocus();
}

void RoutineWindow::buildFinishPage() {
    auto* page = new QWidget(pages_);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* done = new QLabel(tr("Well done, that was your break."), page);
    done->setFont(scaledFont(font(), 1.8, true));
    done->setAlignment(Qt::AlignCenter);
    done->setWordWrap(true);
    finishTime_ = new QLabel(page);
    finishTime_->setAlignment(Qt::AlignCenter);
    finishCount_ = new QLabel(page);
    finishCount_->setAlignment(Qt::AlignCenter);
    auto* close = new QPushButton(tr("Close"), page);
    close->setAccessibleName(tr("Close the window"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    layout->addWidget(done);
    layout->addWidget(finishTime_);
    layout->addWidget(finishCount_);
    layout->addSpacing(16);
    layout->addWidget(close, 0, Qt::AlignCenter);
    layout->addStretch();
    pages_->addWidget(page);
}

void RoutineWindow::addKey(Qt::Key key, void (RoutineWindow::*action)()) {
    auto* shortcut = new QShortcut(QKeySequence(key), this);
    connect(shortcut, &QShortcut::activated, this, action);
}

void RoutineWindow::present() {
    QScreen* screen = QGuiApplication::screenAt(QCursor::pos());
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    if (!controller_->started()) {
        setScreen(screen);
        if (breakScreen_) {
            stopButton_->setText(tr("Skip break"));
            setGeometry(screen->geometry());
            openMirrors(screen);
        } else {
            const QRect area = screen->availableGeometry();
            resize(sizeHint().expandedTo(QSize(760, 620)).boundedTo(area.size()));
            move(area.center() - rect().center());
        }
        controller_->start();
    }
    if (breakScreen_) {
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
    activateWindow();
}

void RoutineWindow::setFinishedToday(int count) {
    finishedToday_ = count;
    finishCount_->setText(count == 1 ? tr("Your first routine today.")
                                     : tr("Routines finished today: %1").arg(count));
}

void RoutineWindow::togglePause() {
    controller_->togglePause();
}

void RoutineWindow::toggleMute() {
    muted_ = !muted_;
    muteButton_->setText(muted_ ? tr("Unmute") : tr("Mute"));
    spdlog::info("routine {} {}", player().routine().name, muted_ ? "muted" : "unmuted");
    emit muteToggled(muted_);
}

void RoutineWindow::goNext() {
    controller_->next();
}

void RoutineWindow::goBack() {
    controller_->back();
}

void RoutineWindow::openMirrors(QScreen* own) {
    for (QScreen* other : QGuiApplication::screens()) {
        if (other == own) {
            continue;
        }
        auto* mirror = new BreakScreenMirror(other, windowTitle());
        connect(mirror, &BreakScreenMirror::skipRequested, this, &RoutineWindow::stop);
        connect(this, &QObject::destroyed, mirror, &QWidget::close);
        mirror->showFullScreen();
        mirrors_.append(mirror);
    }
    spdlog::info("break screen: routine window full screen on {} and {} other screen(s)",
                 own->name().toStdString(), mirrors_.size());
}

bool RoutineWindow::needsConfirmation() const {
    return breakScreen_ && !skipConfirmed_ && controller_->position().running();
}

// Asked with open(), not exec(): no nested event loop runs inside stop() or closeEvent(), and
// the routine goes on while the question waits. Skip or Esc again (on any screen) brings the
// open question to the front instead of stacking a second one.
void RoutineWindow::askToSkip() {
    if (ask_) {
        ask_->raise();
        ask_->activateWindow();
        return;
    }
    spdlog::info("break screen: asked to skip");
    ask_ = new QMessageBox(QMessageBox::Question, tr("Skip this break?"),
                           tr("You have put this break off several times. Skip it anyway?"),
                           QMessageBox::NoButton, this);
    ask_->setAttribute(Qt::WA_DeleteOnClose);
    auto* skip = ask_->addButton(tr("Skip the break"), QMessageBox::DestructiveRole);
    auto* stay = ask_->addButton(tr("Keep going"), QMessageBox::RejectRole);
    ask_->setDefaultButton(skip);
    ask_->setEscapeButton(stay);
    connect(ask_, &QMessageBox::finished, this, [this, skip] {
        skipConfirmed_ = ask_ && ask_->clickedButton() == skip;
        spdlog::info(skipConfirmed_ ? "break screen: skip confirmed"
                                    : "break screen: skip declined, the routine goes on");
        if (skipConfirmed_) {
            stop();
        }
    });
    ask_->open();
}

void RoutineWindow::stop() {
    if (needsConfirmation()) {
        askToSkip();
        return;
    }
    controller_->stop(skipConfirmed_);
    close();
}

void RoutineWindow::onUpdated() {
    const auto position = controller_->position();
    if (position.running()) {
        pauseButton_->setText(position.paused ? tr("Resume") : tr("Pause"));
        showCountdown();
    }
    updateFrameTimer();
}

void RoutineWindow::closeMirrors() {
    for (const auto& mirror : mirrors_) {
        if (mirror) {
            mirror->close();
        }
    }
}

void RoutineWindow::showPhase() {
    const auto position = controller_->position();
    if (!position.running() && ask_) {
        ask_->disconnect(this); // the routine ended while the question waited: nothing to skip
        ask_->close();
    }
    switch (position.phase) {
    case core::PlayerPhase::Finished:
        showFinish();
        return;
    case core::PlayerPhase::Stopped:
        closeMirrors();
        return;
    case core::PlayerPhase::Hold:
    case core::PlayerPhase::GetReady:
    case core::PlayerPhase::NotStarted:
        break;
    }
    const auto& routinePlayer = player();
    const auto hold = routinePlayer.current();
    if (!hold) {
        return;
    }
    const auto& step = player().routine().steps[hold->step];
    const int stepCount = static_cast<int>(player().routine().steps.size());
    stepNumber_->setText(tr("Step %1 of %2").arg(hold->step + 1).arg(stepCount));
    stepTitle_->setText(position.phase == core::PlayerPhase::GetReady
                            ? tr("Get ready: %1").arg(fromStd(step.title))
                            : fromStd(step.title));

    QStringList sideParts;
    if (hold->side != core::Side::None) {
        sideParts << sideText(step, hold->side);
    }
    if (step.rounds > 1) {
        sideParts << tr("Round %1 of %2").arg(hold->round).arg(step.rounds);
    }
    sideLabel_->setText(sideParts.join(QStringLiteral(" · ")));
    sideLabel_->setVisible(!sideParts.isEmpty());

    const auto& how = step.instructions;
    QString text =
        QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Do:"), fromStd(how.doing).toHtmlEscaped());
    if (!how.feeling.empty()) {
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Feel:"), fromStd(how.feeling).toHtmlEscaped());
    }
    if (!how.avoid.empty()) {
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Avoid:"), fromStd(how.avoid).toHtmlEscaped());
    }
    instructions_->setText(text);

    const auto upcoming = routinePlayer.upcoming();
    upNext_->setText(upcoming ? tr("Next: %1").arg(holdSummary(*upcoming))
                              : tr("Next: the end. Almost there!"));
    pose_->showPicture(fromStd(step.picturePath), hold->side == core::Side::Right,
                       tr("Picture of the pose: %1").arg(fromStd(step.title)));
    pose_->setAccessibleDescription(fromStd(how.doing));
    announce(*hold, stepCount);
    for (const auto& mirror : mirrors_) {
        if (mirror) {
            mirror->showStep(stepTitle_->text(), fromStd(step.picturePath),
                             hold->side == core::Side::Right);
        }
    }
}

// The news goes to a screen reader as a notification and as the accessible name of the status
// line "Step 2 of 4" (StatusAnnouncer says how and when). Only real news: a new step, the other
// side, the next round, not every phase change.
void RoutineWindow::announce(const core::RoutineHold& hold, int stepCount) {
    const auto& step = player().routine().steps[hold.step];
    if (announced_ == hold) {
        return;
    }
    QString news;
    if (!announced_ || announced_->step != hold.step) {
        news = tr("Step %1 of %2: %3").arg(hold.step + 1).arg(stepCount).arg(holdSummary(hold));
    } else if (announced_->side != hold.side) {
        news = tr("Switch sides: %1").arg(sideText(step, hold.side));
    } else {
        news = tr("Round %1 of %2").arg(hold.round).arg(step.rounds);
    }
    announced_ = hold;
    announcer_->announce(news);
}

QString RoutineWindow::holdSummary(const core::RoutineHold& hold) const {
    const auto& step = player().routine().steps[hold.step];
    QString summary = fromStd(step.title);
    if (hold.side != core::Side::None) {
        summary += QStringLiteral(", ") + sideText(step, hold.side);
    }
    if (step.rounds > 1) {
        summary += QStringLiteral(", ") + tr("round %1 of %2").arg(hold.round).arg(step.rounds);
    }
    return summary;
}

void RoutineWindow::showCountdown() {
    const auto position = controller_->position();
    if (!position.running()) {
        return;
    }
    const auto mood = position.paused ? CountdownRing::Mood::Paused
                      : position.phase == core::PlayerPhase::GetReady
                          ? CountdownRing::Mood::GetReady
                          : CountdownRing::Mood::Hold;
    ring_->setCountdown(position.remaining, position.phaseLength, mood);
    for (const auto& mirror : mirrors_) {
        if (mirror) {
            mirror->setCountdown(position.remaining, position.phaseLength, mood);
        }
    }
}

void RoutineWindow::showFinish() {
    const auto taken = duration_cast<seconds>(player().elapsed(controller_->now()));
    const auto minutes = duration_cast<std::chrono::minutes>(taken);
    finishTime_->setText(tr("Time taken: %1:%2")
                             .arg(minutes.count())
                             .arg((taken - minutes).count(), 2, 10, QLatin1Char('0')));
    setFinishedToday(finishedToday_);
    pages_->setCurrentIndex(1);
    closeMirrors();
}

void RoutineWindow::updateFrameTimer() {
    const auto position = controller_->position();
    const bool moving = isVisible() && !isMinimized() && position.running() && !position.paused;
    if (moving && !frameTimer_.isActive()) {
        frameTimer_.start();
    } else if (!moving) {
        frameTimer_.stop();
    }
}

void RoutineWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    onUpdated();
}

void RoutineWindow::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    frameTimer_.stop();
}

void RoutineWindow::closeEvent(QCloseEvent* event) {
    if (needsConfirmation()) {
        event->ignore(); // the break screen stays: firm, and Skip is one more click away
        askToSkip();
        return;
    }
    controller_->stop(skipConfirmed_);
    frameTimer_.stop();
    QWidget::closeEvent(event);
}

} // namespace flexor::routine
