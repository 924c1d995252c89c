// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsPage.h"

#include "DurationSpinBox.h"
#include "config/ConfigLoader.h"
#include "config/RoutineLibrary.h"
#include "core/DurationSyntax.h"
#include "core/PresenceNames.h"
#include "platform/FileWatcher.h"
#include "start/Autostart.h"
#include "start/DataFiles.h"
#include "ui/StatusAnnouncer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>

namespace flexor::window {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

constexpr int kMinute = 60;
constexpr int kHour = 3600;

constexpr std::array<const char*, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> kLanguages{"auto", "de", "en", "es", "fr", "it", "pt_BR"};
// The calendars entry that means Evolution's (and so GNOME Calendar's) calendars.
constexpr const char* kEvolution = "evolution";
constexpr const char* kCornell = "20-8-2";
const QString kOwnRhythm = QStringLiteral("own");

// "lunch, walk" as a list of words: trimmed, empty ones left out.
std::vector<std::string> wordsOf(const QString& text) {
    std::vector<std::string> words;
    for (const QString& word : text.split(QLatin1Char(','))) {
        if (!word.trimmed().isEmpty()) {
            words.push_back(word.trimmed().toStdString());
        }
    }
    return words;
}

QString joined(const std::vector<std::string>& words) {
    QStringList list;
    for (const auto& word : words) {
        list << QString::fromStdString(word);
    }
    return list.join(QStringLiteral(", "));
}

int secondsOf(core::Duration d) {
    return static_cast<int>(duration_cast<seconds>(d).count());
}

std::string durationToml(int value) {
    return config::tomlString(core::formatDuration(seconds(value)));
}

std::string boolToml(bool value) {
    return value ? "true" : "false";
}

QTime clockTime(std::chrono::minutes m) {
    return QTime(static_cast<int>(m.count() / 60 % 24), static_cast<int>(m.count() % 60));
}

// A group's form: a row whose label and control do not fit side by side in the window's width
// shows its label above the control, so the page grows down, never wider than the window.
QFormLayout* formOf(QGroupBox* group) {
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

// Room for a typed entry, a duration or a list: about kFieldChars characters. A row whose label
// leaves less beside it shows its label above (see formOf) rather than a box too narrow to read.
constexpr int kFieldChars = 24;
void keepRoomy(QWidget* field) {
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * kFieldChars);
}

// A control with its label: the label is its accessible name, the explanation its tooltip
// (and so its accessible description).
void addRow(QFormLayout* form, const QString& label, QWidget* control, const QString& help) {
    control->setAccessibleName(label);
    control->setToolTip(help);
    auto* text = new QLabel(label + QLatin1Char(':'));
    text->setBuddy(control);
    form->addRow(text, control);
}

// A combo box as wide as its longest choice, so every choice reads in full; where that does not
// fit beside its label, the form puts the label above it (see formOf).
QComboBox* choiceBox() {
    auto* box = new QComboBox;
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void setUp(QCheckBox* box, const QString& help) {
    box->setAccessibleName(box->text());
    box->setToolTip(help);
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , editor_(start::userConfigEditor()) {
    build();
    reload();
    watcher_ = start::watchUserConfig(this);
    connect(watcher_, &platform::FileWatcher::changed, this, &SettingsPage::reload);
}

SettingsPage::~SettingsPage() {
    flushPending();
}

std::vector<std::string_view> SettingsPage::shownKeys() {
    return {"remind_after",
            "snooze",
            "max_snoozes",
            "repeat_every",
            "escalation",
            "standing_limit",
            "away_after",
            "idle_inhibitors",
            "meeting_detection",
            "meeting_max_delay",
            "dnd_max_delay",
            "schedule",
            "active_days",
            "active_hours",
            "routine",
            "min_routine",
            "voice",
            "sound",
            "language",
            "history_days",
            "standing_desk",
            "stand_for",
            "eye_breaks",
            "eye_break_every",
            "eye_break_for",
            "daily_sitting_limit",
            "presence",
            "rhythm",
            "calendars",
            "calendar_ignore",
            "calendar_titles",
            "before_meeting",
            "long_meeting",
            "share_folder",
            "share_skew",
            "log_level"};
}

void SettingsPage::hideEvent(QHideEvent* event) {
    flushPending();
    QWidget::hideEvent(event);
}

void SettingsPage::build() {
    auto* outer = new QVBoxLayout(this);

    brokenBanner_ = new QFrame;
    brokenBanner_->setFrameShape(QFrame::StyledPanel);
    auto* bannerLayout = new QVBoxLayout(brokenBanner_);
    brokenText_ = new QLabel;
    brokenText_->setWordWrap(true);
    brokenText_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    brokenText_->setFocusPolicy(Qt::StrongFocus);
    auto* open = new QPushButton(tr("Open the file"));
    open->setAccessibleName(open->text());
    connect(open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QString::fromStdString(editor_.file().string())));
    });
    bannerLayout->addWidget(brokenText_);
    bannerLayout->addWidget(open, 0, Qt::AlignLeft);
    brokenBanner_->hide();
    outer->addWidget(brokenBanner_);

    controls_ = new QWidget;
    auto* groups = new QVBoxLayout(controls_);
    groups->addWidget(remindersGroup());
    groups->addWidget(noticingGroup());
    groups->addWidget(scheduleGroup());
    groups->addWidget(routineGroup());
    groups->addWidget(breaksGroup());
    groups->addWidget(calendarsGroup());
    groups->addWidget(machinesGroup());
    groups->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(controls_);
    innerLayout->addWidget(generalGroup());
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto* bottom = new QHBoxLayout;
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Settings status"));
    restore_ = new QPushButton(tr("Restore defaults"));
    restore_->setAccessibleName(restore_->text());
    restore_->setToolTip(tr("Puts every setting on this page back to its documented default. "
                            "Your comments in the file stay."));
    connect(restore_, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    bottom->addWidget(status_, 1);
    bottom->addWidget(restore_);
    outer->addLayout(bottom);
    announcer_ = new ui::StatusAnnouncer(this, status_);
}

DurationSpinBox* SettingsPage::durationBox(const char* key, int minSeconds, int maxSeconds) {
    auto* box = new DurationSpinBox(minSeconds, maxSeconds);
    keepRoomy(box);
    const std::string name(key);
    watchSpinBox(
        box, [this, box, name] { save(name, durationToml(box->value()), box->accessibleName()); });
    return box;
}

void SettingsPage::watchSpinBox(QSpinBox* box, std::function<void()> save) {
    spinSaves_.push_back({box, std::move(save), false});
    // Typing or stepping in the box waits until it is done with (Return or leaving the box); a
    // value set from outside (a screen reader's, a scroll without focus) is saved at once.
    connect(box, &QSpinBox::valueChanged, this, [this, box] {
        for (auto& entry : spinSaves_) {
            if (entry.box == box && !loading_) {
                entry.pending = box->hasFocus();
                if (!entry.pending) {
                    entry.save();
                }
            }
        }
    });
    connect(box, &QAbstractSpinBox::editingFinished, this, [this, box] {
        for (auto& entry : spinSaves_) {
            if (entry.box == box && entry.pending) {
                entry.pending = false;
                entry.save();
            }
        }
    });
}

void SettingsPage::flushPending() {
    for (auto& entry : spinSaves_) {
        if (entry.pending) {
            entry.pending = false;
            entry.save();
        }
    }
}

QWidget* SettingsPage::remindersGroup() {
    auto* group = new QGroupBox(tr("Reminders"));
    auto* form = formOf(group);
    remindAfter_ = durationBox("remind_after", 1, 8 * kHour);
    addRow(form, tr("Remind after"), remindAfter_,
           tr("How long you may sit without a real break before Flexor reminds you. From 1s "
              "to 8h."));
    snooze_ = durationBox("snooze", 1, 4 * kHour);
    addRow(form, tr("Snooze for"), snooze_,
           tr("How long \"Snooze\" puts a reminder off. From 1s to 4h."));
    maxSnoozes_ = new QSpinBox;
    maxSnoozes_->setRange(0, 20);
    maxSnoozes_->setKeyboardTracking(false);
    watchSpinBox(maxSnoozes_, [this] {
        save("max_snoozes", std::to_string(maxSnoozes_->value()), maxSnoozes_->accessibleName());
    });
    addRow(form, tr("Snoozes before it insists"), maxSnoozes_,
           tr("After this many snoozes in a row, the next reminder insists more. A whole number "
              "from 0 to 20."));
    repeatEvery_ = durationBox("repeat_every", 1, 2 * kHour);
    addRow(form, tr("Repeat an unanswered reminder every"), repeatEvery_,
           tr("A reminder you neither answer nor dismiss comes back this often. From 1s to 2h."));
    escalation_ = new QComboBox;
    escalation_->addItem(tr("An urgent notification that stays"), QStringLiteral("notification"));
    escalation_->addItem(tr("The routine, full screen"), QStringLiteral("break-screen"));
    connect(escalation_, &QComboBox::activated, this, [this] {
        save("escalation", config::tomlString(escalation_->currentData().toString().toStdString()),
             escalation_->accessibleName());
    });
    addRow(form, tr("When it insists"), escalation_,
           tr("How the reminder insists after that many snoozes: an urgent notification that "
              "stays until answered, or the routine full screen on every monitor (Skip and Esc "
              "ask once more before ending it, and then it counts as skipped)."));
    standingLimit_ = durationBox("standing_limit", kMinute, 8 * kHour);
    addRow(form, tr("Standing mode ends after"), standingLimit_,
           tr("Standing mode switches itself off after this long. From 1m to 8h."));
    return group;
}

QWidget* SettingsPage::noticingGroup() {
    auto* group = new QGroupBox(tr("Noticing you"));
    auto* form = formOf(group);
    awayAfter_ = durationBox("away_after", 1, 2 * kHour);
    addRow(form, tr("Away after"), awayAfter_,
           tr("Being idle or having the screen locked for this long counts as having got up, and "
              "the sitting count starts again from zero. From 1s to 2h."));
    idleInhibitors_ = new QCheckBox(tr("Videos and calls count as sitting"));
    setUp(idleInhibitors_,
          tr("While an application keeps the screen awake (a video, a call) you count as sitting "
             "although you do not type; a locked screen still counts as away. Switch it off if "
             "you leave videos running when you walk away."));
    connect(idleInhibitors_, &QCheckBox::toggled, this, [this](bool on) {
        save("idle_inhibitors", boolToml(on), idleInhibitors_->accessibleName());
    });
    form->addRow(idleInhibitors_);
    meetingDetection_ = new QCheckBox(tr("Notice meetings"));
    setUp(meetingDetection_,
          tr("A camera, a microphone recording or a shared screen make a meeting: you count as "
             "sitting, and a reminder that falls due waits until it ends. \"I'm in a meeting\" "
             "in the tray menu does the same by hand."));
    connect(meetingDetection_, &QCheckBox::toggled, this, [this](bool on) {
        save("meeting_detection", boolToml(on), meetingDetection_->accessibleName());
    });
    form->addRow(meetingDetection_);
    meetingMaxDelay_ = durationBox("meeting_max_delay", 0, 4 * kHour);
    addRow(form, tr("Longest wait in a meeting"), meetingMaxDelay_,
           tr("During a meeting a due reminder waits until the meeting ends, but never longer "
              "than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h."));
    static_assert(core::kPresenceChoices.size() == 7, "each presence choice needs a label here");
    presence_ = choiceBox();
    presence_->addItem(tr("The first that works on this desktop"), QStringLiteral("auto"));
    presence_->addItem(tr("GNOME Shell's idle monitor"), QStringLiteral("gnome"));
    presence_->addItem(tr("Most Wayland compositors (ext-idle-notify)"),
                       QStringLiteral("ext-idle-notify"));
    presence_->addItem(tr("Older KDE and sway (kde-idle)"), QStringLiteral("kde-idle"));
    presence_->addItem(tr("X11 sessions (x11-sync)"), QStringLiteral("x11-sync"));
    presence_->addItem(tr("X11 sessions (x11-screensaver)"), QStringLiteral("x11-screensaver"));
    presence_->addItem(tr("None: only screen lock and sleep count"), QStringLiteral("none"));
    connect(presence_, &QComboBox::activated, this, [this] {
        save("presence", config::tomlString(presence_->currentData().toString().toStdString()),
             presence_->accessibleName());
    });
    addRow(form, tr("How Flexor notices you are away"), presence_,
           tr("\"The first that works\" picks one that works on your desktop; the others force "
              "one: GNOME Shell's idle monitor, most Wayland compositors, older KDE and sway, X11 "
              "sessions, or none (only screen lock and sleep count)."));
    dndMaxDelay_ = durationBox("dnd_max_delay", 0, 4 * kHour);
    addRow(form, tr("Longest wait while not to be disturbed"), dndMaxDelay_,
           tr("While do-not-disturb is on or a window is fullscreen, a due reminder waits, but "
              "never longer than this. 0s never waits. From 0s to 4h."));
    return group;
}

QWidget* SettingsPage::scheduleGroup() {
    auto* group = new QGroupBox(tr("Schedule"));
    auto* form = formOf(group);
    schedule_ = new QCheckBox(tr("Count only on these days and hours"));
    setUp(schedule_, tr("On: Flexor only counts sitting on the days and within the hours below. "
                        "Off: it counts at any time."));
    connect(schedule_, &QCheckBox::toggled, this,
            [this](bool on) { save("schedule", boolToml(on), schedule_->accessibleName()); });
    form->addRow(schedule_);
    auto* days = new QWidget;
    auto* dayRow = new QHBoxLayout(days);
    dayRow->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (std::size_t i = 0; i < days_.size(); ++i) {
        const int qtDay = static_cast<int>(i) + 1; // Qt counts Monday as 1, as the config does
        days_[i] = new QCheckBox(locale.dayName(qtDay, QLocale::ShortFormat));
        days_[i]->setAccessibleName(locale.dayName(qtDay, QLocale::LongFormat));
        days_[i]->setToolTip(tr("The days Flexor is active on: at least one."));
        connect(days_[i], &QCheckBox::toggled, this, &SettingsPage::saveDays);
        dayRow->addWidget(days_[i]);
    }
    dayRow->addStretch();
    auto* daysLabel = new QLabel(tr("Active days") + QLatin1Char(':'));
    form->addRow(daysLabel, days);
    auto makeTime = [this](const QString& name) {
        auto* edit = new QTimeEdit;
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setKeyboardTracking(false);
        edit->setAccessibleName(name);
        edit->setToolTip(tr("The local time window Flexor is active in, in 24-hour time. An end "
                            "at or before the start means the window runs past midnight."));
        connect(edit, &QAbstractSpinBox::editingFinished, this, &SettingsPage::saveHours);
        connect(edit, &QTimeEdit::timeChanged, this, [this, edit] {
            if (!loading_ && !edit->hasFocus()) {
                saveHours();
            }
        });
        return edit;
    };
    hoursStart_ = makeTime(tr("Active from"));
    hoursEnd_ = makeTime(tr("Active until"));
    auto* hours = new QWidget;
    auto* hoursRow = new QHBoxLayout(hours);
    hoursRow->setContentsMargins(0, 0, 0, 0);
    hoursRow->addWidget(hoursStart_);
    hoursRow->addWidget(new QLabel(QStringLiteral("–")));
    hoursRow->addWidget(hoursEnd_);
    hoursRow->addStretch();
    auto* hoursLabel = new QLabel(tr("Active hours") + QLatin1Char(':'));
    hoursLabel->setBuddy(hoursStart_);
    form->addRow(hoursLabel, hours);
    return group;
}

QWidget* SettingsPage::routineGroup() {
    auto* group = new QGroupBox(tr("Routine"));
    auto* form = formOf(group);
    routine_ = new QComboBox;
    const config::RoutineLibrary library(config::standardRoutineDirs(start::dataDir()));
    for (const auto& entry : library.entries()) {
        if (entry.broken()) {
            continue;
        }
        routineNames_.push_back(entry.name);
        routine_->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(entry.routine->title),
                                          QString::fromStdString(entry.name)),
            QString::fromStdString(entry.name));
    }
    routine_->addItem(tr("Take turns: one routine a day"), QString());
    connect(routine_, &QComboBox::activated, this, &SettingsPage::saveRoutine);
    addRow(form, tr("Routine"), routine_,
           tr("The routine a reminder offers to start. Taking turns runs one routine a calendar "
              "day, in order."));
    minRoutine_ = durationBox("min_routine", 0, kHour);
    addRow(form, tr("A routine stopped early counts after"), minRoutine_,
           tr("A routine you stop early still counts as a break once it has lasted this long. "
              "From 0s to 1h."));
    voice_ = new QCheckBox(tr("Speak the steps"));
    setUp(voice_, tr("The routine speaks its steps through the desktop's speech service, so you "
                     "can follow it from the floor without seeing the screen."));
    connect(voice_, &QCheckBox::toggled, this,
            [this](bool on) { save("voice", boolToml(on), voice_->accessibleName()); });
    form->addRow(voice_);
    sound_ = new QCheckBox(tr("Play sound cues"));
    setUp(sound_, tr("Soft sounds from the desktop's sound theme at the start of each hold, when "
                     "switching sides and at the end."));
    connect(sound_, &QCheckBox::toggled, this,
            [this](bool on) { save("sound", boolToml(on), sound_->accessibleName()); });
    form->addRow(sound_);
    language_ = new QComboBox;
    for (const char* code : kLanguages) {
        const QString name = QString::fromLatin1(code);
        language_->addItem(name == QLatin1String("auto") ? tr("As the desktop")
                                                         : QLocale(name).nativeLanguageName(),
                           name);
    }
    connect(language_, &QComboBox::activated, this, [this] {
        save("language", config::tomlString(language_->currentData().toString().toStdString()),
             language_->accessibleName());
    });
    addRow(form, tr("Language"), language_,
           tr("The language of the tray, notifications, windows and routines. Read when Flexor "
              "starts."));
    return group;
}

QWidget* SettingsPage::generalGroup() {
    auto* group = new QGroupBox(tr("General"));
    auto* form = formOf(group);
    startAtLogin_ = new QCheckBox(tr("Start Flexor at login"));
    setUp(startAtLogin_, tr("Flexor starts with your desktop session (an XDG autostart entry)."));
    connect(startAtLogin_, &QCheckBox::toggled, this, &SettingsPage::saveStartAtLogin);
    form->addRow(startAtLogin_);
    historyDays_ = new QSpinBox;
    historyDays_->setRange(1, 3650);
    historyDays_->setKeyboardTracking(false);
    watchSpinBox(historyDays_, [this] {
        save("history_days", std::to_string(historyDays_->value()), historyDays_->accessibleName());
    });
    addRow(form, tr("Days of statistics kept"), historyDays_,
           tr("Days of history kept for the statistics; older records are deleted. From 1 to "
              "3650."));
    logLevel_ = choiceBox();
    logLevel_->addItem(tr("Everything (trace)"), QStringLiteral("trace"));
    logLevel_->addItem(tr("Details (debug)"), QStringLiteral("debug"));
    logLevel_->addItem(tr("What happens (info)"), QStringLiteral("info"));
    logLevel_->addItem(tr("Warnings and errors (warn)"), QStringLiteral("warn"));
    logLevel_->addItem(tr("Errors only (error)"), QStringLiteral("error"));
    connect(logLevel_, &QComboBox::activated, this, [this] {
        save("log_level", config::tomlString(logLevel_->currentData().toString().toStdString()),
             logLevel_->accessibleName());
    });
    addRow(form, tr("How much the log says"), logLevel_,
           tr("How much Flexor writes to its log: trace, debug, info, warn or error."));
    return group;
}

QWidget* SettingsPage::breaksGroup() {
    auto* group = new QGroupBox(tr("Breaks and standing"));
    auto* form = formOf(group);
    standingDesk_ = new QCheckBox(tr("I have a standing desk"));
    setUp(standingDesk_,
          tr("The reminder offers \"Stand for a while\" beside \"Start stretch\"; after the time "
             "below a small notification asks whether to sit again."));
    connect(standingDesk_, &QCheckBox::toggled, this, [this](bool on) {
        save("standing_desk", boolToml(on), standingDesk_->accessibleName());
    });
    form->addRow(standingDesk_);
    standFor_ = durationBox("stand_for", 1, 4 * kHour);
    addRow(form, tr("Stand for"), standFor_,
           tr("How long \"Stand for a while\" lasts before Flexor asks whether to sit again. "
              "From 1s to 4h."));
    rhythm_ = choiceBox();
    rhythm_->addItem(tr("None: Remind after and Stand for count"), QString());
    rhythm_->addItem(tr("Cornell's 20-8-2: sit 20, stand 8, move 2"),
                     QString::fromLatin1(kCornell));
    rhythm_->addItem(tr("My own rhythm"), kOwnRhythm);
    connect(rhythm_, &QComboBox::activated, this, [this] {
        const bool own = rhythm_->currentData().toString() == kOwnRhythm;
        rhythmText_->setEnabled(own);
        if (own && rhythmText_->text().trimmed().isEmpty()) {
            rhythmText_->setFocus(); // nothing to save until the rhythm is written
            return;
        }
        saveRhythm();
    });
    addRow(form, tr("Rhythm"), rhythm_,
           tr("A ready-made rhythm in place of Remind after: the reminder comes after the sitting "
              "minutes and offers standing for the standing minutes; then the question suggests "
              "moving about. It turns the standing desk on."));
    rhythmText_ = textBox(tr("My own rhythm, SIT-STAND-MOVE"), [this] { saveRhythm(); });
    rhythmText_->setPlaceholderText(QStringLiteral("25-5-0"));
    addRow(form, tr("My own rhythm, SIT-STAND-MOVE"), rhythmText_,
           tr("Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 "
              "to 480, moving from 0 to 60."));
    eyeBreaks_ = new QCheckBox(tr("Eye breaks (20-20-20)"));
    setUp(eyeBreaks_,
          tr("After a while of looking at the screen, a small notification asks you to look at "
             "something about 6 m away, and closes itself when the time is up. None comes "
             "during do-not-disturb, a fullscreen window or a meeting."));
    connect(eyeBreaks_, &QCheckBox::toggled, this,
            [this](bool on) { save("eye_breaks", boolToml(on), eyeBreaks_->accessibleName()); });
    form->addRow(eyeBreaks_);
    eyeBreakEvery_ = durationBox("eye_break_every", 1, 4 * kHour);
    addRow(form, tr("Eye break every"), eyeBreakEvery_,
           tr("Screen time between two eye breaks. From 1s to 4h."));
    eyeBreakFor_ = durationBox("eye_break_for", 1, 5 * kMinute);
    addRow(form, tr("Look away for"), eyeBreakFor_,
           tr("How long an eye break lasts. From 1s to 5m."));
    dailyLimit_ = durationBox("daily_sitting_limit", 0, 24 * kHour);
    addRow(form, tr("Daily sitting budget"), dailyLimit_,
           tr("Once today's sitting passes this, one notification that day suggests standing or "
              "a walk. 0s means no budget. From 0s to 24h."));
    return group;
}

QLineEdit* SettingsPage::textBox(const QString& name, std::function<void()> save) {
    auto* edit = new QLineEdit;
    edit->setAccessibleName(name);
    keepRoomy(edit);
    // Saved when the typing is done (Return or leaving the box), and only if it was changed.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, save = std::move(save)] {
        if (!loading_ && edit->isModified()) {
            edit->setModified(false);
            save();
        }
    });
    return edit;
}

QWidget* SettingsPage::calendarsGroup() {
    auto* group = new QGroupBox(tr("Calendars"));
    auto* form = formOf(group);
    evolution_ = new QCheckBox(tr("Use my GNOME Calendar / Evolution calendars"));
    setUp(evolution_, tr("Meetings in the calendars GNOME Calendar and Evolution show count, "
                         "as the files and addresses below do."));
    connect(evolution_, &QCheckBox::toggled, this, [this](bool on) {
        const auto found = calendars_->findItems(QString::fromLatin1(kEvolution), Qt::MatchExactly);
        if (on && found.isEmpty()) {
            calendars_->addItem(QString::fromLatin1(kEvolution));
        }
        for (auto* item : found) {
            if (!on) {
                delete item;
            }
        }
        saveCalendars();
    });
    form->addRow(evolution_);

    calendars_ = new QListWidget;
    calendars_->setMaximumHeight(calendars_->fontMetrics().height() * 6);
    keepRoomy(calendars_);
    addRow(form, tr("Calendars followed"), calendars_,
           tr("Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) "
              "addresses of published calendars. During a meeting you count as sitting even "
              "away from the computer, and a due reminder waits until it ends. Busy events "
              "only: all-day, free and declined events do not count."));
    calendarEntry_ = new QLineEdit;
    keepRoomy(calendarEntry_);
    calendarEntry_->setPlaceholderText(QStringLiteral("https://example.org/basic.ics"));
    addRow(form, tr("Calendar to add"), calendarEntry_,
           tr("An .ics file, a folder of them or the http(s) address of a published calendar."));
    connect(calendarEntry_, &QLineEdit::returnPressed, this,
            [this] { addCalendar(calendarEntry_->text()); });
    // Two rows of two: the page stays as narrow as the window.
    auto* buttons = new QWidget;
    auto* grid = new QGridLayout(buttons);
    grid->setContentsMargins(0, 0, 0, 0);
    auto button = [grid](const QString& text) {
        auto* b = new QPushButton(text);
        b->setAccessibleName(text);
        const int at = grid->count();
        grid->addWidget(b, at / 2, at % 2);
        return b;
    };
    connect(button(tr("Add")), &QPushButton::clicked, this,
            [this] { addCalendar(calendarEntry_->text()); });
    connect(button(tr("Add a file…")), &QPushButton::clicked, this, [this] {
        addCalendar(QFileDialog::getOpenFileName(this, tr("A calendar file"), QString(),
                                                 tr("Calendars (*.ics)")));
    });
    connect(button(tr("Add a folder…")), &QPushButton::clicked, this, [this] {
        addCalendar(QFileDialog::getExistingDirectory(this, tr("A folder of calendar files")));
    });
    removeCalendar_ = button(tr("Remove"));
    connect(removeCalendar_, &QPushButton::clicked, this, [this] {
        if (auto* item = calendars_->currentItem()) {
            delete item;
            saveCalendars();
        }
    });
    form->addRow(QString(), buttons);

    calendarIgnore_ = textBox(tr("Not meetings: titles with"), [this] {
        save("calendar_ignore", config::tomlStringList(wordsOf(calendarIgnore_->text())),
             calendarIgnore_->accessibleName());
    });
    calendarIgnore_->setPlaceholderText(tr("lunch, walk"));
    addRow(form, tr("Not meetings: titles with"), calendarIgnore_,
           tr("Events whose title holds one of these words (any case, separated by commas) are "
              "not meetings."));
    calendarTitles_ = new QCheckBox(tr("Meeting titles in flexor status"));
    setUp(calendarTitles_,
          tr("flexor status --json gives the next meeting's title too. Titles never reach the "
             "log."));
    connect(calendarTitles_, &QCheckBox::toggled, this, [this](bool on) {
        save("calendar_titles", boolToml(on), calendarTitles_->accessibleName());
    });
    form->addRow(calendarTitles_);
    beforeMeeting_ = durationBox("before_meeting", 0, 2 * kHour);
    addRow(form, tr("Stretch before a long meeting within"), beforeMeeting_,
           tr("A reminder that would fall due during a long calendar meeting starting within "
              "this time comes before the meeting instead, once you have sat at least half of "
              "Remind after. 0s turns this off. From 0s to 2h."));
    longMeeting_ = durationBox("long_meeting", 0, 8 * kHour);
    addRow(form, tr("A long meeting lasts at least"), longMeeting_,
           tr("How long a calendar meeting must be to stretch before it; 0s: any. From 0s to "
              "8h."));
    return group;
}

QWidget* SettingsPage::machinesGroup() {
    auto* group = new QGroupBox(tr("Several computers"));
    auto* form = formOf(group);
    shareFolder_ = textBox(tr("Shared folder"), [this] {
        save("share_folder", config::tomlString(shareFolder_->text().trimmed().toStdString()),
             shareFolder_->accessibleName());
    });
    shareFolder_->setPlaceholderText(tr("Off"));
    auto* folder = new QWidget;
    auto* row = new QHBoxLayout(folder);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(shareFolder_, 1);
    auto* choose = new QPushButton(tr("Choose…"));
    choose->setAccessibleName(tr("Choose the shared folder"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Shared folder"), shareFolder_->text());
        if (!dir.isEmpty()) {
            shareFolder_->setText(dir);
            save("share_folder", config::tomlString(dir.toStdString()),
                 shareFolder_->accessibleName());
        }
    });
    row->addWidget(choose);
    const QString folderHelp =
        tr("One sitting streak across your machines: a folder you already keep in sync between "
           "them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes "
           "only its own subfolder there; never window titles or key counts. Empty is off. "
           "Read when Flexor starts.");
    shareFolder_->setToolTip(folderHelp);
    auto* label = new QLabel(tr("Shared folder") + QLatin1Char(':'));
    label->setBuddy(shareFolder_);
    form->addRow(label, folder);
    shareSkew_ = durationBox("share_skew", 0, 10 * kMinute);
    addRow(form, tr("Clocks may differ by"), shareSkew_,
           tr("How far the clocks of your machines may differ; times from further ahead are "
              "ignored. From 0s to 10m."));
    return group;
}

void SettingsPage::saveRhythm() {
    const QString choice = rhythm_->currentData().toString();
    const QString rhythm = choice == kOwnRhythm ? rhythmText_->text().trimmed() : choice;
    save("rhythm", config::tomlString(rhythm.toStdString()), rhythm_->accessibleName());
}

void SettingsPage::saveCalendars() {
    std::vector<std::string> entries;
    for (int i = 0; i < calendars_->count(); ++i) {
        entries.push_back(calendars_->item(i)->text().toStdString());
    }
    save("calendars", config::tomlStringList(entries), tr("Calendars followed"));
}

void SettingsPage::addCalendar(const QString& entry) {
    const QString text = entry.trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (calendars_->findItems(text, Qt::MatchExactly).isEmpty()) {
        calendars_->addItem(text);
        saveCalendars();
    }
    calendarEntry_->clear();
}

void SettingsPage::reload() {
    const auto loaded = config::loadConfigFile(editor_.file());
    loading_ = true;
    startAtLogin_->setChecked(start::autostartEnabled());
    if (!loaded.config) {
        const auto firstError =
            std::find_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const auto& d) {
                return d.severity == config::Diagnostic::Severity::Error;
            });
        showBroken(firstError != loaded.diagnostics.end()
                       ? QString::fromStdString(firstError->toString())
                       : QString());
    } else {
        brokenBanner_->hide();
        controls_->setEnabled(true);
        restore_->setEnabled(true);
        showConfig(*loaded.config);
    }
    loading_ = false;
}

void SettingsPage::showConfig(const config::Config& config) {
    const auto& engine = config.engine;
    remindAfter_->setValue(secondsOf(engine.remindAfter));
    snooze_->setValue(secondsOf(engine.snooze));
    maxSnoozes_->setValue(engine.maxSnoozes);
    repeatEvery_->setValue(secondsOf(engine.repeatEvery));
    const std::string_view escalation = config::escalationName(config.escalation);
    escalation_->setCurrentIndex(escalation_->findData(
        QString::fromUtf8(escalation.data(), static_cast<qsizetype>(escalation.size()))));
    standingLimit_->setValue(secondsOf(engine.standingLimit));
    awayAfter_->setValue(secondsOf(engine.awayAfter));
    idleInhibitors_->setChecked(config.idleInhibitors);
    meetingDetection_->setChecked(config.meetingDetection);
    meetingMaxDelay_->setValue(secondsOf(engine.meetingMaxDelay));
    dndMaxDelay_->setValue(secondsOf(engine.dndMaxDelay));
    schedule_->setChecked(engine.schedule.enabled);
    for (std::size_t i = 0; i < days_.size(); ++i) {
        days_[i]->setChecked(engine.schedule.days[i]);
    }
    hoursStart_->setTime(clockTime(engine.schedule.start));
    hoursEnd_->setTime(clockTime(engine.schedule.end));
    if (!config.routineRotation.empty()) {
        routine_->setCurrentIndex(routine_->count() - 1);
        QStringList names;
        for (const auto& name : config.routineRotation) {
            names << QString::fromStdString(name);
        }
        routine_->setItemData(routine_->count() - 1, names.join(QStringLiteral(", ")),
                              Qt::ToolTipRole);
    } else {
        routine_->setCurrentIndex(routine_->findData(QString::fromStdString(config.routine)));
    }
    minRoutine_->setValue(secondsOf(engine.minRoutine));
    voice_->setChecked(config.voice);
    sound_->setChecked(config.sound);
    const QString language = QString::fromStdString(config.language);
    if (language_->findData(language) < 0) {
        language_->addItem(language, language);
    }
    language_->setCurrentIndex(language_->findData(language));
    historyDays_->setValue(config.historyDays);
    standingDesk_->setChecked(config.standingDesk);
    standFor_->setValue(secondsOf(config.standFor));
    eyeBreaks_->setChecked(engine.eyeBreaks);
    eyeBreakEvery_->setValue(secondsOf(engine.eyeBreakEvery));
    eyeBreakFor_->setValue(secondsOf(engine.eyeBreakFor));
    dailyLimit_->setValue(secondsOf(config.dailySittingLimit));
    presence_->setCurrentIndex(
        std::max(0, presence_->findData(QString::fromStdString(config.presence))));
    logLevel_->setCurrentIndex(
        std::max(0, logLevel_->findData(QString::fromStdString(config.logLevel))));
    const QString rhythm = QString::fromStdString(config.rhythm);
    const int rhythmIndex = rhythm_->findData(rhythm);
    rhythm_->setCurrentIndex(rhythmIndex >= 0 ? rhythmIndex : rhythm_->findData(kOwnRhythm));
    rhythmText_->setText(rhythmIndex >= 0 ? QString() : rhythm);
    rhythmText_->setEnabled(rhythmIndex < 0);
    // A rhythm stands in for these two: they show its values and are not for changing.
    remindAfter_->setEnabled(rhythm.isEmpty());
    standFor_->setEnabled(rhythm.isEmpty());
    calendars_->clear();
    for (const auto& entry : config.calendars) {
        calendars_->addItem(QString::fromStdString(entry));
    }
    evolution_->setChecked(
        !calendars_->findItems(QString::fromLatin1(kEvolution), Qt::MatchExactly).isEmpty());
    calendarIgnore_->setText(joined(config.calendarIgnore));
    calendarTitles_->setChecked(config.calendarTitles);
    beforeMeeting_->setValue(secondsOf(engine.beforeMeeting));
    longMeeting_->setValue(secondsOf(engine.longMeeting));
    shareFolder_->setText(QString::fromStdString(config.shareFolder));
    shareSkew_->setValue(secondsOf(engine.shareSkew));
}

void SettingsPage::showBroken(const QString& problem) {
    brokenText_->setText(tr("Your settings file has a mistake, so nothing here can be changed "
                            "until it is fixed. Flexor keeps its last good settings meanwhile.") +
                         QStringLiteral("\n\n") + problem);
    brokenText_->setAccessibleName(brokenText_->text());
    brokenBanner_->show();
    controls_->setEnabled(false);
    restore_->setEnabled(false);
    report(tr("The settings file has a mistake: %1").arg(problem));
}

void SettingsPage::save(const std::string& key, const std::string& tomlValue, const QString& what) {
    if (loading_) {
        return;
    }
    const auto result = editor_.set(key, tomlValue);
    if (result.ok()) {
        report(tr("Saved: %1").arg(what));
        return;
    }
    if (result.status == config::EditResult::Status::BrokenFile) {
        reload();
        return;
    }
    report(tr("Not saved: %1").arg(QString::fromStdString(result.message())));
    reload(); // the controls show again what the file says
}

void SettingsPage::saveDays() {
    std::vector<std::string> days;
    for (std::size_t i = 0; i < days_.size(); ++i) {
        if (days_[i]->isChecked()) {
            days.emplace_back(kDayKeys[i]);
        }
    }
    save("active_days", config::tomlStringList(days), tr("Active days"));
}

void SettingsPage::saveHours() {
    const QString end = hoursEnd_->time() == QTime(0, 0)
                            ? QStringLiteral("24:00")
                            : hoursEnd_->time().toString(QStringLiteral("HH:mm"));
    const QString range =
        hoursStart_->time().toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + end;
    save("active_hours", config::tomlString(range.toStdString()), tr("Active hours"));
}

void SettingsPage::saveRoutine() {
    const QString name = routine_->currentData().toString();
    if (name.isEmpty()) {
        save("routine", config::tomlStringList(routineNames_), routine_->accessibleName());
    } else {
        save("routine", config::tomlString(name.toStdString()), routine_->accessibleName());
    }
}

void SettingsPage::restoreDefaults() {
    const auto keys = shownKeys();
    const auto result = editor_.reset(keys);
    reload();
    if (result.ok()) {
        report(tr("Defaults restored"));
    } else if (result.status != config::EditResult::Status::BrokenFile) {
        report(tr("Not saved: %1").arg(QString::fromStdString(result.message())));
    }
}

void SettingsPage::saveStartAtLogin(bool enabled) {
    if (loading_) {
        return;
    }
    QString error;
    if (start::setAutostart(enabled, &error)) {
        report(tr("Saved: %1").arg(startAtLogin_->accessibleName()));
    } else {
        report(tr("Not saved: %1").arg(error));
        loading_ = true;
        startAtLogin_->setChecked(start::autostartEnabled());
        loading_ = false;
    }
}

void SettingsPage::report(const QString& news) {
    status_->setText(news);
    announcer_->announce(news);
}

} // namespace flexor::window
