// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"
#include "core/Schedule.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

EngineSettings withSchedule(std::array<bool, 7> days, std::chrono::minutes start,
                            std::chrono::minutes end) {
    EngineSettings settings;
    settings.schedule.days = days;
    settings.schedule.start = start;
    settings.schedule.end = end;
    return settings;
}

constexpr std::array<bool, 7> everyDay{true, true, true, true, true, true, true};
constexpr std::array<bool, 7> mondayOnly{true, false, false, false, false, false, false};

} // namespace

TEST_CASE("leaving the window ends the streak and nothing fires until the next one") {
    DeskTimeline desk(18h + 30min);
    desk.at(19h - 1ms).expect(S::Sitting);
    desk.at(19h).expect(S::OffSchedule);
    CHECK(desk.lastTransition().reason == "schedule-ended");
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 30min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == kTuesday + 8h);
    desk.at(kTuesday + 7h);
    CHECK(desk.seen.reminders.empty());
}

TEST_CASE("entering the window starts a fresh streak") {
    DeskTimeline desk(7h);
    desk.expect(S::OffSchedule);
    CHECK(desk.nextDue() == 8h);
    desk.at(8h).expect(S::Sitting);
    CHECK(desk.lastTransition().from == S::OffSchedule);
    CHECK(desk.lastTransition().reason == "schedule-started");
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == 8h + 45min);
}

TEST_CASE("entering the window while away stays away") {
    SUBCASE("locked overnight, back soon after the start") {
        DeskTimeline desk(7h);
        desk.at(7h + 30min).send(event::ScreenLocked{}).expect(S::OffSchedule);
        desk.at(8h).expect(S::Away);
        desk.at(8h + 3min).send(event::ScreenUnlocked{}).expect(S::Sitting);
        CHECK(desk.streak() == 3min); // from the window start, as a short lock
    }
    SUBCASE("locked overnight, back late") {
        DeskTimeline desk(7h);
        desk.at(7h + 30min).send(event::ScreenLocked{});
        desk.at(9h).send(event::ScreenUnlocked{}).expect(S::Sitting);
        CHECK(desk.streak() == 0ms);
        const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
        REQUIRE(breaks.size() == 1);
        CHECK(breaks[0].start == wallClock(8h)); // off-schedule time is not a break
        CHECK(breaks[0].length == 1h);
    }
}

TEST_CASE("the weekend is off schedule") {
    DeskTimeline desk(kFriday + 18h + 30min);
    desk.at(kFriday + 19h).expect(S::OffSchedule);
    CHECK(desk.nextDue() == kNextMonday + 8h);
    desk.at(kSaturday + 10h).expect(S::OffSchedule);
    desk.at(kNextMonday + 8h).expect(S::Sitting);
    CHECK(desk.seen.transitions.size() == 2);
}

TEST_CASE("a window that crosses midnight belongs to the day it opens") {
    DeskTimeline desk(21h, withSchedule(mondayOnly, 22h, 6h));
    desk.expect(S::OffSchedule);
    desk.at(22h).expect(S::Sitting);
    desk.at(kTuesday + 6h - 1ms).expect(S::ReminderDue); // Tuesday is off, but Monday's night runs
    desk.at(kTuesday + 6h).expect(S::OffSchedule);
    CHECK(desk.nextDue() == kNextMonday + 22h);
}

TEST_CASE("schedule maths: boundaries, midnight and disabled schedules") {
    const WeeklySchedule office; // Mon-Fri 08:00-19:00
    CHECK_FALSE(isWithinSchedule(office, wallClock(8h - 1s)));
    CHECK(isWithinSchedule(office, wallClock(8h)));
    CHECK(isWithinSchedule(office, wallClock(19h - 1s)));
    CHECK_FALSE(isWithinSchedule(office, wallClock(19h)));
    CHECK_FALSE(isWithinSchedule(office, wallClock(kSunday + 10h)));
    CHECK(nextScheduleChange(office, wallClock(20h), false) == wallClock(kTuesday + 8h));
    CHECK(nextScheduleChange(office, wallClock(10h), false) == wallClock(10h)); // already differs

    WeeklySchedule allDayEveryDay = office;
    allDayEveryDay.days = everyDay;
    allDayEveryDay.start = 0h;
    allDayEveryDay.end = 24h;
    CHECK(isWithinSchedule(allDayEveryDay, wallClock(kSunday + 23h)));
    CHECK_FALSE(nextScheduleChange(allDayEveryDay, wallClock(10h), true).has_value());

    WeeklySchedule noDays = office;
    noDays.days = {};
    CHECK_FALSE(nextScheduleChange(noDays, wallClock(10h), false).has_value());

    WeeklySchedule disabled = office;
    disabled.enabled = false;
    CHECK(isWithinSchedule(disabled, wallClock(kSunday + 3h)));
    CHECK_FALSE(nextScheduleChange(disabled, wallClock(10h), true).has_value());

    CHECK(nextLocalMidnight(wallClock(23h + 59min)) == wallClock(kTuesday));
    CHECK(nextLocalMidnight(wallClock(kTuesday)) == wallClock(kTuesday + 24h));
}

TEST_CASE("a disabled schedule is always on") {
    EngineSettings settings;
    settings.schedule.enabled = false;
    DeskTimeline desk(kSunday + 3h, settings);
    desk.expect(S::Sitting);
    CHECK(desk.nextDue() == kSunday + 3h + 45min);
    desk.at(kSunday + 3h + 45min).expect(S::ReminderDue);
}

TEST_CASE("disabling the schedule outside the window starts counting at once") {
    DeskTimeline desk(20h);
    desk.expect(S::OffSchedule);
    EngineSettings settings;
    settings.schedule.enabled = false;
    desk.at(20h + 5min).send(event::SettingsChanged{settings}).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "settings-changed");
    CHECK(desk.nextDue() == 20h + 50min);
}

TEST_CASE("a snooze, a reminder or a routine means nothing outside the schedule") {
    DeskTimeline desk(20h);
    desk.send(event::Snooze{}).send(event::RoutineStarted{"psoas"}).send(event::Standing{true});
    desk.expect(S::OffSchedule);
    CHECK(desk.seen.transitions.empty());
    CHECK(desk.seen.journal.empty());
}

TEST_CASE("counting starts: when an off-schedule start begins to count") {
    const WeeklySchedule office; // Mon-Fri 08:00-19:00
    SUBCASE("a Saturday waits for Monday morning") {
        CHECK(countingStarts(office, wallClock(kSaturday + 10h)) == wallClock(kNextMonday + 8h));
    }
    SUBCASE("a weekday evening waits for the next morning") {
        CHECK(countingStarts(office, wallClock(20h)) == wallClock(kTuesday + 8h));
    }
    SUBCASE("a Friday evening waits for Monday") {
        CHECK(countingStarts(office, wallClock(kFriday + 19h)) == wallClock(kNextMonday + 8h));
    }
    SUBCASE("early on a weekday it is that morning") {
        CHECK(countingStarts(office, wallClock(7h + 59min)) == wallClock(8h));
    }
    SUBCASE("within the hours it counts already") {
        CHECK_FALSE(countingStarts(office, wallClock(8h)).has_value());
    }
    SUBCASE("no schedule counts always") {
        WeeklySchedule disabled = office;
        disabled.enabled = false;
        CHECK_FALSE(countingStarts(disabled, wallClock(kSaturday + 10h)).has_value());
    }
    SUBCASE("no day enabled never counts") {
        WeeklySchedule noDays = office;
        noDays.days = {};
        CHECK_FALSE(countingStarts(noDays, wallClock(10h)).has_value());
    }
    SUBCASE("a night shift past midnight starts that evening") {
        WeeklySchedule night = office;
        night.start = 22h;
        night.end = 6h;
        CHECK(countingStarts(night, wallClock(12h)) == wallClock(22h));
        CHECK_FALSE(countingStarts(night, wallClock(kTuesday + 3h)).has_value());
    }
}
