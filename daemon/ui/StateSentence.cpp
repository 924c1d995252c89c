// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StateSentence.h"

#include "DurationText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

namespace flexor::ui {

using core::SittingState;
using namespace std::chrono;

namespace {

// lupdate files tr() calls in a namespace under the namespace's name: the same context here.
constexpr const char* kTrContext = "flexor::ui";

// The same argument order as QObject::tr (text, disambiguation, n): lupdate reads the n of a
// plural from the third argument.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate(kTrContext, text, disambiguation, n);
}

QString after(core::LocalTime now, core::Duration d) {
    return clockText(now + ceil<seconds>(d));
}

// A streak in whole minutes, as the sentence shows it between two minute boundaries; "0 min"
// in the first minute rather than a count of seconds that would stand still.
QString minutesText(core::Duration streak) {
    const auto whole = floor<minutes>(std::max(streak, core::Duration::zero()));
    return whole < minutes(1) ? tr("%n min", nullptr, 0) : durationText(whole);
}

QString meetingSentence(const SentenceFacts& facts, core::LocalTime now) {
    return facts.meetingSince ? tr("In a meeting since %1 · reminder waits")
                                    .arg(clockText(std::min(*facts.meetingSince, now)))
                              : tr("In a meeting · reminder waits");
}

} // namespace

QString clockText(core::LocalTime moment) {
    const auto sinceMidnight = moment - floor<days>(moment);
    const QTime time = QTime::fromMSecsSinceStartOfDay(
        static_cast<int>(duration_cast<milliseconds>(sinceMidnight).count()));
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString momentText(core::LocalTime moment, core::LocalTime now) {
    const auto day = floor<days>(moment);
    const auto today = floor<days>(now);
    if (day == today) {
        return tr("today %1").arg(clockText(moment));
    }
    const int isoWeekday = static_cast<int>(weekday{day}.iso_encoding());
    return tr("%1 %2", "a weekday and a time: Monday 08:00")
        .arg(QLocale().dayName(isoWeekday, QLocale::LongFormat), clockText(moment));
}

QString stateSentence(const core::EngineStatus& s, core::LocalTime now,
                      const SentenceFacts& facts) {
    if (s.meeting && (s.state == SittingState::Sitting || s.state == SittingState::ReminderDue ||
                      s.state == SittingState::Snoozed)) {
        return meetingSentence(facts, now);
    }
    switch (s.state) {
    case SittingState::Sitting:
        return s.reminderIn ? tr("Sitting for %1 · reminder at %2")
                                  .arg(minutesText(s.streak), after(now, *s.reminderIn))
                            : tr("Sitting for %1").arg(minutesText(s.streak));
    case SittingState::ReminderDue:
        return s.reminderHeld ? tr("Sitting for %1 · reminder waits").arg(minutesText(s.streak))
                              : tr("Time for a break: sitting for %1").arg(minutesText(s.streak));
    case SittingState::Snoozed:
        return s.stateEndsIn ? tr("Snoozed until %1 · sitting for %2")
                                   .arg(after(now, *s.stateEndsIn), minutesText(s.streak))
                             : tr("Snoozed · sitting for %1").arg(minutesText(s.streak));
    case SittingState::InRoutine:
        return tr("Stretching");
    case SittingState::Standing:
        return s.stateEndsIn ? tr("Standing until %1").arg(after(now, *s.stateEndsIn))
                             : tr("Standing");
    case SittingState::Away:
        return tr("Away from the desk");
    case SittingState::Paused:
        return s.stateEndsIn ? tr("Paused until %1").arg(after(now, *s.stateEndsIn)) : tr("Paused");
    case SittingState::OffSchedule:
        return facts.countingStarts ? tr("Outside active hours · counting starts %1")
                                          .arg(momentText(*facts.countingStarts, now))
                                    : tr("Outside active hours");
    }
    return {};
}

QString scheduleText(const core::WeeklySchedule& schedule) {
    if (!schedule.enabled) {
        return tr("at any time");
    }
    const QLocale locale;
    QStringList runs;
    for (int first = 0; first < 7;) {
        if (!schedule.days[first]) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < 7 && schedule.days[last + 1]) {
            ++last;
        }
        const QString from = locale.dayName(first + 1, QLocale::LongFormat);
        const QString to = locale.dayName(last + 1, QLocale::LongFormat);
        if (last - first >= 2) {
            runs << tr("%1 to %2", "a range of weekdays: Monday to Friday").arg(from, to);
        } else {
            runs << from;
            if (last > first) {
                runs << to;
            }
        }
        first = last + 1;
    }
    if (runs.isEmpty()) {
        return tr("on no day (every day of the schedule is off)");
    }
    const auto at = [](minutes m) { return clockText(core::LocalTime{duration_cast<seconds>(m)}); };
    return tr("%1, %2 to %3", "days, then the hours: Monday to Friday, 08:00 to 19:00")
        .arg(runs.join(QStringLiteral(", ")), at(schedule.start), at(schedule.end % 24h));
}

std::optional<core::Duration> untilSentenceChanges(const core::EngineStatus& status) {
    if (!status.streakRunning) {
        return std::nullopt;
    }
    const auto streak = std::max(status.streak, core::Duration::zero());
    return minutes(1) - streak % minutes(1);
}

} // namespace flexor::ui
