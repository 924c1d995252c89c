// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Routine.h"
#include "core/RoutinePlayer.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QMessageBox;
class QPushButton;
class QScreen;
class QStackedWidget;

namespace flexor::ui {
class StatusAnnouncer;
}

namespace flexor::routine {

class BreakScreenMirror;
class CountdownRing;
class PoseView;
class RoutineController;

// The guided routine: walks through every step and side with its picture, instructions and a
// countdown, then shows a finish screen. Create it when a routine starts and call present();
// it deletes itself when closed. It tells how the routine ended through exactly one of
// finished() or abandoned() (closing the window early counts as abandoning).
//
// The window is the view: its RoutineController advances the player, owns the timer armed for
// the player's next due moment and decides the outcome; the window draws what it says, plus a
// frame timer for the moving ring that runs only while the window is on screen.
class RoutineWindow : public QWidget {
    Q_OBJECT
public:
    // finishedBefore: routines already finished today; the finish screen counts this one too.
    using MonoClock = std::function<core::MonoTime()>;

    // muted: how the mute button starts (the routine program remembers it between routines).
    RoutineWindow(core::Routine routine, int finishedBefore, bool muted, MonoClock clock,
                  QWidget* parent = nullptr);

    // Shows the window on the monitor under the pointer, raised and focused, and starts the
    // routine the first time; later calls only bring the window back to the front.
    void present();

    const core::RoutinePlayer& player() const;

    // The firmer break: full screen on its monitor, the pose and countdown on every other one,
    // and Skip or Esc ask once more before ending it (then it counts as skipped). Before present().
    void setBreakScreen(bool on) { breakScreen_ = on; }

    // Corrects the count on the finish screen (routines finished today, this one included).
    void setFinishedToday(int count);

signals:
    // The player entered another phase or hold, or was paused or resumed: guidance listens.
    void phaseChanged();
    void pausedChanged(bool paused);
    void muteToggled(bool muted);
    void finished(int stepsCompleted);
    void abandoned(qint64 ranForMs, int stepsCompleted);
    void skipped(qint64 ranForMs, int stepsCompleted); // the break screen, confirmed

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildStepPage();
    void buildFinishPage();
    void addKey(Qt::Key key, void (RoutineWindow::*action)());
    void togglePause();
    void toggleMute();
    void goNext();
    void goBack();
    void stop(); // Stop, Skip or Esc: on the break screen, asks once more first
    bool needsConfirmation() const;
    void askToSkip(); // the question, non-modal; one at a time whatever asks
    void openMirrors(QScreen* own);
    void onUpdated(); // after any change: the pause button, the countdown, the frame timer
    void showPhase(); // texts and picture for the current phase
    void closeMirrors();
    void showCountdown();
    void showFinish();
    void updateFrameTimer();
    QString holdSummary(const core::RoutineHold& hold) const;
    void announce(const core::RoutineHold& hold, int stepCount);

    RoutineController* controller_ = nullptr;
    bool muted_;
    int finishedToday_;
    bool breakScreen_ = false;
    bool skipConfirmed_ = false;
    QPointer<QMessageBox> ask_; // "Skip this break?" while it is open
    QList<QPointer<BreakScreenMirror>> mirrors_;
    std::optional<core::RoutineHold> announced_; // what the status line last told a screen reader

    QTimer frameTimer_;

    QStackedWidget* pages_ = nullptr;
    QLabel* stepNumber_ = nullptr;
    ui::StatusAnnouncer* announcer_ = nullptr;
    QLabel* stepTitle_ = nullptr;
    QLabel* sideLabel_ = nullptr;
    QLabel* instructions_ = nullptr;
    QLabel* upNext_ = nullptr;
    PoseView* pose_ = nullptr;
    CountdownRing* ring_ = nullptr;
    QPushButton* pauseButton_ = nullptr;
    QPushButton* muteButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QLabel* finishTime_ = nullptr;
    QLabel* finishCount_ = nullptr;
};

} // namespace flexor::routine
