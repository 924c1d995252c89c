// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/Config.h"
#include "config/ConfigEditor.h"

#include <QWidget>
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace flexor::platform {
class FileWatcher;
}
namespace flexor::ui {
class StatusAnnouncer;
}

namespace flexor::window {

class DurationSpinBox;

// The settings of config.toml as controls, grouped as people look for them: Reminders,
// Noticing you, Schedule, Routine, Breaks and standing, General. A change is written at once,
// through the config writer, into the user's own file (only that value changes); the daemon's file
// watcher applies it. A status line says "Saved" or why not, and is announced to screen readers. A
// file that is broken is never written: the page says where the mistake is, offers to open the
// file, and keeps its controls disabled until the file is fixed. Edits by hand show up while it is
// open.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    // The keys the page shows, which "Restore defaults" puts back.
    static std::vector<std::string_view> shownKeys();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct SpinSave {
        QSpinBox* box;
        std::function<void()> save;
        bool pending = false;
    };

    void build();
    QWidget* remindersGroup();
    QWidget* noticingGroup();
    QWidget* scheduleGroup();
    QWidget* routineGroup();
    QWidget* breaksGroup();
    QWidget* generalGroup();
    QWidget* calendarsGroup();
    QWidget* machinesGroup();
    QLineEdit* textBox(const QString& name, std::function<void()> save);
    DurationSpinBox* durationBox(const char* key, int minSeconds, int maxSeconds);
    void watchSpinBox(QSpinBox* box, std::function<void()> save);

    void reload();
    void showConfig(const config::Config& config);
    void showBroken(const QString& problem);
    void save(const std::string& key, const std::string& tomlValue, const QString& what);
    void saveDays();
    void saveHours();
    void saveRoutine();
    void saveRhythm();
    void saveCalendars();
    void addCalendar(const QString& entry);
    void restoreDefaults();
    void saveStartAtLogin(bool enabled);
    void report(const QString& news);
    void flushPending();

    config::ConfigEditor editor_;
    bool loading_ = false;

    QWidget* controls_ = nullptr;
    QFrame* brokenBanner_ = nullptr;
    QLabel* brokenText_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* restore_ = nullptr;
    ui::StatusAnnouncer* announcer_ = nullptr;
    platform::FileWatcher* watcher_ = nullptr;

    DurationSpinBox* remindAfter_ = nullptr;
    DurationSpinBox* snooze_ = nullptr;
    QSpinBox* maxSnoozes_ = nullptr;
    DurationSpinBox* repeatEvery_ = nullptr;
    QComboBox* escalation_ = nullptr;
    DurationSpinBox* standingLimit_ = nullptr;
    DurationSpinBox* awayAfter_ = nullptr;
    QCheckBox* idleInhibitors_ = nullptr;
    QCheckBox* meetingDetection_ = nullptr;
    DurationSpinBox* meetingMaxDelay_ = nullptr;
    DurationSpinBox* dndMaxDelay_ = nullptr;
    QCheckBox* schedule_ = nullptr;
    std::array<QCheckBox*, 7> days_{};
    QTimeEdit* hoursStart_ = nullptr;
    QTimeEdit* hoursEnd_ = nullptr;
    QComboBox* routine_ = nullptr;
    DurationSpinBox* minRoutine_ = nullptr;
    QCheckBox* voice_ = nullptr;
    QCheckBox* sound_ = nullptr;
    QComboBox* language_ = nullptr;
    QCheckBox* startAtLogin_ = nullptr;
    QSpinBox* historyDays_ = nullptr;
    QCheckBox* standingDesk_ = nullptr;
    DurationSpinBox* standFor_ = nullptr;
    QCheckBox* eyeBreaks_ = nullptr;
    DurationSpinBox* eyeBreakEvery_ = nullptr;
    DurationSpinBox* eyeBreakFor_ = nullptr;
    DurationSpinBox* dailyLimit_ = nullptr;
    QComboBox* presence_ = nullptr;
    QComboBox* logLevel_ = nullptr;
    QComboBox* rhythm_ = nullptr;
    QLineEdit* rhythmText_ = nullptr;
    QLineEdit* shareFolder_ = nullptr;
    DurationSpinBox* shareSkew_ = nullptr;
    QListWidget* calendars_ = nullptr;
    QLineEdit* calendarEntry_ = nullptr;
    QPushButton* removeCalendar_ = nullptr;
    QCheckBox* evolution_ = nullptr;
    QLineEdit* calendarIgnore_ = nullptr;
    QCheckBox* calendarTitles_ = nullptr;
    DurationSpinBox* beforeMeeting_ = nullptr;
    DurationSpinBox* longMeeting_ = nullptr;
    std::vector<SpinSave> spinSaves_;
    std::vector<std::string> routineNames_; // the usable routines, in the combo's order
};

} // namespace flexor::window
