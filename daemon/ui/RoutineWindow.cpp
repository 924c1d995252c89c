#include "RoutineWindow.h"

#include "CountdownRing.h"
#include "PoseView.h"
#include "platform/SystemClock.h"

#include <QCloseEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace flexor::ui {

namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr int frameIntervalMs = 100; // smooth enough for a ring that moves 1/30 per second

core::MonoTime monoNow() {
    return platform::now().mono;
}

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

QFont scaledFont(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

RoutineWindow::RoutineWindow(core::Routine routine, int finishedBefore, bool sound, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_player(std::move(routine))
    , m_sound(sound)
    , m_finishedToday(finishedBefore + 1) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(fromStd(m_player.routine().title));
    setAccessibleName(tr("Guided routine: %1").arg(fromStd(m_player.routine().title)));

    m_pages = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildStepPage();
    buildFinishPage();

    m_dueTimer.setSingleShot(true);
    m_dueTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dueTimer, &QTimer::timeout, this, &RoutineWindow::onDue);
    m_frameTimer.setInterval(frameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &RoutineWindow::showCountdown);
}

void RoutineWindow::buildStepPage() {
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);

    auto* header = new QHBoxLayout;
    auto* routineTitle = new QLabel(fromStd(m_player.routine().title), page);
    routineTitle->setFont(scaledFont(font(), 1.0, true));
    m_stepNumber = new QLabel(page);
    header->addWidget(routineTitle);
    header->addStretch();
    header->addWidget(m_stepNumber);
    layout->addLayout(header);

    auto* middle = new QHBoxLayout;
    m_pose = new PoseView(page);
    m_ring = new CountdownRing(page);
    middle->addWidget(m_pose, 3);
    middle->addWidget(m_ring, 2);
    layout->addLayout(middle, 1);

    m_stepTitle = wrappingLabel(page);
    m_stepTitle->setFont(scaledFont(font(), 1.6, true));
    m_sideLabel = wrappingLabel(page);
    m_sideLabel->setFont(scaledFont(font(), 1.25, true));
    m_instructions = new QLabel(page);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_upNext = wrappingLabel(page);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_sideLabel);
    layout->addWidget(m_instructions);
    layout->addWidget(m_upNext);

    auto* controls = new QHBoxLayout;
    auto* back = controlButton(tr("Back"), tr("Previous step"), QKeySequence(Qt::Key_Left), page);
    m_pauseButton =
        controlButton(tr("Pause"), tr("Pause or resume"), QKeySequence(Qt::Key_Space), page);
    auto* next = controlButton(tr("Next"), tr("Next step"), QKeySequence(Qt::Key_Right), page);
    auto* stop =
        controlButton(tr("Stop"), tr("Stop the routine"), QKeySequence(Qt::Key_Escape), page);
    addKey(Qt::Key_Left, &RoutineWindow::goBack);
    addKey(Qt::Key_Space, &RoutineWindow::togglePause);
    addKey(Qt::Key_Right, &RoutineWindow::goNext);
    addKey(Qt::Key_Escape, &RoutineWindow::stop); // on the finish screen: closes
    connect(back, &QPushButton::clicked, this, &RoutineWindow::goBack);
    connect(m_pauseButton, &QPushButton::clicked, this, &RoutineWindow::togglePause);
    connect(next, &QPushButton::clicked, this, &RoutineWindow::goNext);
    connect(stop, &QPushButton::clicked, this, &RoutineWindow::stop);
    controls->addWidget(back);
    controls->addWidget(m_pauseButton);
    controls->addWidget(next);
    controls->addStretch();
    controls->addWidget(stop);
    layout->addLayout(controls);

    if (!m_player.routine().safety.empty()) {
        auto* safety = wrappingLabel(page);
        safety->setText(fromStd(m_player.routine().safety));
        QFont italic = font();
        italic.setItalic(true);
        safety->setFont(italic);
        safety->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(safety);
    }
    m_pages->addWidget(page);
    m_pauseButton->setFocus();
}

void RoutineWindow::buildFinishPage() {
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* done = new QLabel(tr("Well done, that was your break."), page);
    done->setFont(scaledFont(font(), 1.8, true));
    done->setAlignment(Qt::AlignCenter);
    done->setWordWrap(true);
    m_finishTime = new QLabel(page);
    m_finishTime->setAlignment(Qt::AlignCenter);
    m_finishCount = new QLabel(page);
    m_finishCount->setAlignment(Qt::AlignCenter);
    auto* close = new QPushButton(tr("Close"), page);
    close->setAccessibleName(tr("Close the window"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    layout->addWidget(done);
    layout->addWidget(m_finishTime);
    layout->addWidget(m_finishCount);
    layout->addSpacing(16);
    layout->addWidget(close, 0, Qt::AlignCenter);
    layout->addStretch();
    m_pages->addWidget(page);
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
    setScreen(screen);
    const QRect area = screen->availableGeometry();
    resize(sizeHint().expandedTo(QSize(760, 620)).boundedTo(area.size()));
    move(area.center() - rect().center());

    m_player.start(monoNow());
    spdlog::info("routine {} started: {} holds, {} s in all", m_player.routine().name,
                 m_player.holds().size(), duration_cast<seconds>(m_player.totalLength()).count());
    sync();
    show();
    raise();
    activateWindow();
}

void RoutineWindow::setFinishedToday(int count) {
    m_finishedToday = count;
    m_finishCount->setText(count == 1 ? tr("Your first routine today.")
                                      : tr("Routines finished today: %1").arg(count));
}

void RoutineWindow::togglePause() {
    m_player.togglePause(monoNow());
    spdlog::info("routine {} {}", m_player.routine().name,
                 m_player.position(monoNow()).paused ? "paused" : "resumed");
    sync();
}

void RoutineWindow::goNext() {
    m_player.next(monoNow());
    sync();
}

void RoutineWindow::goBack() {
    m_player.back(monoNow());
    sync();
}

void RoutineWindow::stop() {
    m_player.stop(monoNow());
    sync();
    close();
}

void RoutineWindow::onDue() {
    m_player.advance(monoNow());
    sync();
}

void RoutineWindow::sync() {
    const auto now = monoNow();
    m_player.advance(now);
    const auto position = m_player.position(now);
    const auto shown = std::pair(position.phase, position.holdIndex);
    if (m_shownPhase != shown) {
        m_shownPhase = shown;
        showPhase();
    }
    if (position.running()) {
        m_pauseButton->setText(position.paused ? tr("Resume") : tr("Pause"));
        showCountdown();
    }
    if (const auto due = m_player.nextDue()) {
        m_dueTimer.start(platform::millisecondsUntil(*due, now));
    } else {
        m_dueTimer.stop();
    }
    updateFrameTimer();
}

void RoutineWindow::showPhase() {
    const auto now = monoNow();
    const auto position = m_player.position(now);
    if (position.running()) {
        spdlog::info("routine {}: {} (hold {} of {})", m_player.routine().name,
                     core::phaseName(position.phase), position.holdIndex + 1,
                     m_player.holds().size());
    } else {
        spdlog::info("routine {} {} after {} s, {} of {} steps completed", m_player.routine().name,
                     core::phaseName(position.phase),
                     duration_cast<seconds>(m_player.elapsed(now)).count(),
                     m_player.stepsCompleted(), m_player.routine().steps.size());
    }

    switch (position.phase) {
    case core::PlayerPhase::Finished:
        showFinish();
        return;
    case core::PlayerPhase::Stopped:
        if (!m_outcomeSent) {
            m_outcomeSent = true;
            emit abandoned(m_player.elapsed(now).count(), m_player.stepsCompleted());
        }
        return;
    case core::PlayerPhase::Hold:
        m_sound.play(QStringLiteral("bell"));
        break;
    case core::PlayerPhase::GetReady:
    case core::PlayerPhase::NotStarted:
        break;
    }
    const auto hold = m_player.current();
    if (!hold) {
        return;
    }
    const auto& step = m_player.routine().steps[hold->step];
    const int stepCount = static_cast<int>(m_player.routine().steps.size());
    m_stepNumber->setText(tr("Step %1 of %2").arg(hold->step + 1).arg(stepCount));
    m_stepTitle->setText(position.phase == core::PlayerPhase::GetReady
                             ? tr("Get ready: %1").arg(fromStd(step.title))
                             : fromStd(step.title));

    QStringList sideParts;
    if (hold->side != core::Side::None) {
        sideParts << fromStd(step.sideLabel(hold->side));
    }
    if (step.rounds > 1) {
        sideParts << tr("Round %1 of %2").arg(hold->round).arg(step.rounds);
    }
    m_sideLabel->setText(sideParts.join(QStringLiteral(" · ")));
    m_sideLabel->setVisible(!sideParts.isEmpty());

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
    m_instructions->setText(text);

    const auto upcoming = m_player.upcoming();
    m_upNext->setText(upcoming ? tr("Next: %1").arg(holdSummary(*upcoming))
                               : tr("Next: the end. Almost there!"));
    m_pose->showPicture(fromStd(step.picturePath), hold->side == core::Side::Right,
                        tr("Picture of the pose: %1").arg(fromStd(step.title)));
}

QString RoutineWindow::holdSummary(const core::RoutineHold& hold) const {
    const auto& step = m_player.routine().steps[hold.step];
    QString summary = fromStd(step.title);
    if (hold.side != core::Side::None) {
        summary += QStringLiteral(", ") + fromStd(step.sideLabel(hold.side));
    }
    if (step.rounds > 1) {
        summary += QStringLiteral(", ") + tr("round %1 of %2").arg(hold.round).arg(step.rounds);
    }
    return summary;
}

void RoutineWindow::showCountdown() {
    const auto position = m_player.position(monoNow());
    if (!position.running()) {
        return;
    }
    const auto mood = position.paused ? CountdownRing::Mood::Paused
                      : position.phase == core::PlayerPhase::GetReady
                          ? CountdownRing::Mood::GetReady
                          : CountdownRing::Mood::Hold;
    m_ring->setCountdown(position.remaining, position.phaseLength, mood);
}

void RoutineWindow::showFinish() {
    const auto taken = duration_cast<seconds>(m_player.elapsed(monoNow()));
    const auto minutes = duration_cast<std::chrono::minutes>(taken);
    m_finishTime->setText(tr("Time taken: %1:%2")
                              .arg(minutes.count())
                              .arg((taken - minutes).count(), 2, 10, QLatin1Char('0')));
    setFinishedToday(m_finishedToday);
    m_pages->setCurrentIndex(1);
    m_sound.play(QStringLiteral("complete"));
    if (!m_outcomeSent) {
        m_outcomeSent = true;
        emit finished(m_player.stepsCompleted());
    }
}

void RoutineWindow::updateFrameTimer() {
    const auto position = m_player.position(monoNow());
    const bool moving = isVisible() && !isMinimized() && position.running() && !position.paused;
    if (moving && !m_frameTimer.isActive()) {
        m_frameTimer.start();
    } else if (!moving) {
        m_frameTimer.stop();
    }
}

void RoutineWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    sync();
}

void RoutineWindow::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_frameTimer.stop();
}

void RoutineWindow::closeEvent(QCloseEvent* event) {
    m_player.stop(monoNow());
    m_dueTimer.stop();
    m_frameTimer.stop();
    sync();
    QWidget::closeEvent(event);
}

} // namespace flexor::ui
