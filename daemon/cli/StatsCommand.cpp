// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatsCommand.h"

#include "CliText.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "core/Statistics.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"
#include "ui/DurationText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <filesystem>

namespace flexor::cli {

namespace {

using namespace std::chrono;
using platform::history::HistoryStore;

constexpr int kLongestStreakCount = 5;

long long secondsOf(core::Duration d) {
    return duration_cast<seconds>(d).count();
}

std::string isoTime(core::LocalTime t) {
    const auto day = floor<days>(t);
    const hh_mm_ss time{t - day};
    char text[32];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02d", core::formatDay(day).c_str(),
                  int(time.hours().count()), int(time.minutes().count()),
                  int(time.seconds().count()));
    return text;
}

core::Duration reminderThreshold() {
    const auto loaded = config::loadConfigFile(config::configFile());
    return loaded.config ? loaded.config->engine.remindAfter : config::Config{}.engine.remindAfter;
}

struct Report {
    std::vector<core::DayStatistics> days;
    std::vector<core::StreakSummary> longest;
    core::Duration threshold{};
};

// The journal of the asked days, plus the streak the daemon last saved as still running,
// so a streak cut short by a crash still shows.
Report buildReport(const HistoryStore& store, int dayCount) {
    const core::LocalDay last = core::dayOf(platform::history::localNow());
    const core::LocalDay first = last - days(dayCount - 1);
    std::vector<core::JournalEntry> entries;
    if (store.isOpen()) {
        entries = store.entries(core::LocalTime{first}, core::LocalTime{last + days(1)});
        if (const auto running = store.runningStreak()) {
            entries.push_back({core::JournalKind::Streak, running->started, running->soFar, {}});
        }
    }
    Report report;
    report.threshold = reminderThreshold();
    report.days = core::dailyStatistics(entries, first, last, report.threshold);
    report.longest = core::longestStreaks(entries, first, last, kLongestStreakCount);
    return report;
}

QJsonObject dayJson(const core::DayStatistics& d) {
    return {{"date", QString::fromStdString(core::formatDay(d.day))},
            {"sitting_seconds", secondsOf(d.sitting)},
            {"longest_streak_seconds", secondsOf(d.longestStreak)},
            {"streaks_over_threshold", d.streaksOverThreshold},
            {"breaks_taken", d.breaksTaken},
            {"breaks_skipped", d.breaksSkipped},
            {"natural_breaks", d.naturalBreaks},
            {"snoozes", d.snoozes},
            {"routines_finished", d.routinesFinished},
            {"reminders", d.reminders},
            {"standing_seconds", secondsOf(d.standing)},
            {"paused_seconds", secondsOf(d.paused)}};
}

void printJson(const Report& report) {
    QJsonArray days;
    for (const auto& d : report.days) {
        days.append(dayJson(d));
    }
    QJsonArray longest;
    for (const auto& s : report.longest) {
        longest.append(QJsonObject{{"start", QString::fromStdString(isoTime(s.start))},
                                   {"sitting_seconds", secondsOf(s.sitting)}});
    }
    const QJsonObject root{{"threshold_seconds", secondsOf(report.threshold)},
                           {"days", days},
                           {"longest_streaks", longest}};
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
}

// Column names match the JSON keys, so a script can switch formats without a new vocabulary.
void printCsv(const Report& report) {
    std::puts("date,sitting_seconds,longest_streak_seconds,streaks_over_threshold,breaks_taken,"
              "breaks_skipped,natural_breaks,snoozes,routines_finished,reminders,"
              "standing_seconds,paused_seconds");
    for (const auto& d : report.days) {
        std::printf("%s,%lld,%lld,%d,%d,%d,%d,%d,%d,%d,%lld,%lld\n", core::formatDay(d.day).c_str(),
                    secondsOf(d.sitting), secondsOf(d.longestStreak), d.streaksOverThreshold,
                    d.breaksTaken, d.breaksSkipped, d.naturalBreaks, d.snoozes, d.routinesFinished,
                    d.reminders, secondsOf(d.standing), secondsOf(d.paused));
    }
}

void printText(const Report& report) {
    const auto line = [](const QString& date, const QString& sitting, const QString& longest,
                         const QString& breaks, const QString& skipped, const QString& natural,
                         const QString& snoozes, const QString& reminders) {
        std::printf("%-11s %12s %12s %7s %8s %8s %8s %10s\n", qPrintable(date), qPrintable(sitting),
                    qPrintable(longest), qPrintable(breaks), qPrintable(skipped),
                    qPrintable(natural), qPrintable(snoozes), qPrintable(reminders));
    };
    const auto human = [](core::Duration d) { return ui::durationText(d); };
    line(tr("date"), tr("sitting"), tr("longest"), tr("breaks"), tr("skipped"), tr("natural"),
         tr("snoozes"), tr("reminders"));
    for (const auto& d : report.days) {
        line(QString::fromStdString(core::formatDay(d.day)), human(d.sitting),
             human(d.longestStreak), QString::number(d.breaksTaken),
             QString::number(d.breaksSkipped), QString::number(d.naturalBreaks),
             QString::number(d.snoozes), QString::number(d.reminders));
    }
    if (!report.longest.empty()) {
        std::printf("\n%s\n", qPrintable(tr("Longest streaks:")));
        for (const auto& s : report.longest) {
            std::printf("  %s  %s\n", isoTime(s.start).c_str(), qPrintable(human(s.sitting)));
        }
    }
}

} // namespace

int runStatsCommand(int days, StatsFormat format) {
    if (days < 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("flexor stats: --days needs a number of days of at least 1")));
        return 2;
    }
    const auto file = config::historyFile();
    platform::history::HistoryOptions readOnly;
    readOnly.access = platform::history::HistoryAccess::ReadOnly;
    const HistoryStore store(file, readOnly);
    std::error_code ignored;
    const bool exists = std::filesystem::exists(file, ignored) && !store.holdsNoHistory();
    if (exists && !store.isOpen()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("flexor stats: cannot read the history in %1")
                                    .arg(QString::fromStdString(file.string()))));
        return 1;
    }
    if (!exists && format == StatsFormat::Text) {
        const QString path = QString::fromStdString(file.string());
        std::printf("%s\n\n", qPrintable(store.holdsNoHistory()
                                             ? tr("No history yet: %1 is empty.").arg(path)
                                             : tr("No history yet: %1 does not exist.").arg(path)));
    }
    const Report report = buildReport(store, days);
    switch (format) {
    case StatsFormat::Json:
        printJson(report);
        break;
    case StatsFormat::Csv:
        printCsv(report);
        break;
    case StatsFormat::Text:
        printText(report);
        break;
    }
    std::fflush(stdout);
    return 0;
}

} // namespace flexor::cli
