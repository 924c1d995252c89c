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

// Every way of saying the state, in the window's wording and in the tooltip's (see Wording), side
// by side so that the two cannot drift apart; the tooltip's is left out where it says the same.
// Where a streak is named (%1 after "for" or "since"), the window gives its length and the
// tooltip the moment it began. The strings are marked here for lupdate and translated where
// they are said, in the same context as tr() above.
struct Words {
    const char* window;
    const char* tooltip = nullptr;
};

constexpr Words kSittingReminderAt{
    QT_TRANSLATE_NOOP("flexor::ui", "Sitting for %1 · reminder at %2"),
    QT_TRANSLATE_NOOP("flexor::ui", "Sitting since %1 · reminder at %2")};
constexpr Words kSitting{QT_TRANSLATE_NOOP("flexor::ui", "Sitting for %1"),
                         QT_TRANSLATE_NOOP("flexor::ui", "Sitting since %1")};
constexpr Words kReminderWaits{
    QT_TRANSLATE_NOOP("flexor::ui", "Sitting for %1 · reminder waits"),
    QT_TRANSLATE_NOOP("flexor::ui", "Sitting since %1 · reminder waits")};
constexpr Words kTimeForABreak{
    QT_TRANSLATE_NOOP("flexor::ui", "Time for a break: sitting for %1"),
    QT_TRANSLATE_NOOP("flexor::ui", "Time for a break: sitting since %1")};
constexpr Words kSnoozedUntil{
    QT_TRANSLATE_NOOP("flexor::ui", "Snoozed until %1 · sitting for %2"),
    QT_TRANSLATE_NOOP("flexor::ui", "Snoozed until %1 · sitting since %2")};
constexpr Words kSnoozed{QT_TRANSLATE_NOOP("flexor::ui", "Snoozed · sitting for %1"),
                         QT_TRANSLATE_NOOP("flexor::ui", "Snoozed · sitting since %1")};
constexpr Words kMeetingSince{
    QT_TRANSLATE_NOOP("flexor::ui", "In a meeting since %1 · reminder waits")};
constexpr Words kMeeting{QT_TRANSLATE_NOOP("flexor::ui", "In a meeting · reminder waits")};
constexpr Words kStretching{QT_TRANSLATE_NOOP("flexor::ui", "Stretching")};
constexpr Words kStandingUntil{QT_TRANSLATE_NOOP("flexor::ui", "Standing until %1")};
constexpr Words kStanding{QT_TRANSLATE_NOOP("flexor::ui", "Standing")};
constexpr Words kAway{QT_TRANSLATE_NOOP("flexor::ui", "Away from the desk"),
                      QT_TRANSLATE_NOOP("flexor::ui", "Away")};
constexpr Words kPausedUntil{QT_TRANSLATE_NOOP("flexor::ui", "Paused until %1")};
constexpr Words kPaused{QT_TRANSLATE_NOOP("flexor::ui", "Paused")};
constexpr Words kOffScheduleUntil{
    QT_TRANSLATE_NOOP("flexor::ui", "Outside active hours · counting starts %1")};
constexpr Words kOffSchedule{QT_TRANSLATE_NOOP("flexor::ui", "Outside active hours")};

QString translated(const Words& words, Wording wording) {
    return tr(wording == Wording::Tooltip && words.tooltip != nullptr ? words.tooltip
                                                                      : words.window);
}

} // namespace

QString clockText(core::LocalTime moment) {
    const auto sinceMidnight = moment - floor<days>(moment);
    const QTime time = QTime::fromMSecsSinceStartOfDay(
        static_cast<int>(duration_cast<milliseconds>(sinceMidnight).count()));
    const QLocale locale;
    // The C locale's short format has seconds, which no moment said here needs.
    return locale.language() == QLocale::C ? time.toString(QStringLiteral("HH:mm"))
                                           : locale.toString(time, QLocale::ShortFormat);
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

QString stateSentence(const core::EngineStatus& s, core::LocalTime now, const SentenceFacts& facts,
                      Wording wording) {
    const auto say = [wording](const Words& words) { return translated(words, wording); };
    const auto streak = [&] {
        return wording == Wording::Tooltip ? clockText(now - floor<seconds>(s.streak))
                                           : minutesText(s.streak);
    };
    if ((s.meeting || s.calendarMeeting) &&
        (s.state == SittingState::Sitting || s.state == SittingState::ReminderDue ||
         s.state == SittingState::Snoozed)) {
        return facts.meetingSince
                   ? say(kMeetingSince).arg(clockText(std::min(*facts.meetingSince, now)))
                   : say(kMeeting);
    }
    switch (s.state) {
    case SittingState::Sitting:
        return s.reminderIn ? say(kSittingReminderAt).arg(streak(), after(now, *s.reminderIn))
                            : say(kSitting).arg(streak());
    case SittingState::ReminderDue:
        return say(s.reminderHeld ? kReminderWaits : kTimeForABreak).arg(streak());
    case SittingState::Snoozed:
        return s.stateEndsIn ? say(kSnoozedUntil).arg(after(now, *s.stateEndsIn), streak())
                             : say(kSnoozed).arg(streak());
    case SittingState::InRoutine:
        return say(kStretching);
    case SittingState::Standing:
        return s.stateEndsIn ? say(kStandingUntil).arg(after(now, *s.stateEndsIn)) : say(kStanding);
    case SittingState::Away:
        return say(kAway);
    case SittingState::Paused:
        return s.stateEndsIn ? say(kPausedUntil).arg(after(now, *s.stateEndsIn)) : say(kPaused);
    case SittingState::OffSchedule:
        return facts.countingStarts
                   ? say(kOffScheduleUntil).arg(momentText(*facts.countingStarts, now))
                   : say(kOffSchedule);
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
