// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// One person, two machines: a desk computer and a laptop share one streak through a synced
// folder. Each timeline is one machine's engine; what the other machine wrote reaches it
// kSync later, as PresentElsewhere / AwayElsewhere / ... events.

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;
using Answer = event::AnsweredElsewhere::Answer;

namespace {

constexpr Duration kSync = 10s;  // the sync engine's delay
constexpr Duration kBeat = 5min; // a machine in use writes at least this often (away_after)

event::PresentElsewhere present(const char* peer, Duration since, Duration seen) {
    return {peer, DeskTimeline::mono(since), DeskTimeline::mono(seen)};
}

event::AwayElsewhere away(const char* peer, Duration since) {
    return {peer, DeskTimeline::mono(since)};
}

event::AnsweredElsewhere answered(const char* peer, Answer answer, Duration at,
                                  Duration until = {}) {
    return {peer, answer, DeskTimeline::mono(at), DeskTimeline::mono(until)};
}

// `peer` is in use from `since` to `until` (with its clock `skew` off): its first word and
// its heartbeats arrive kSync after it wrote them. Time on `machine` moves to `until`.
void inUseElsewhere(DeskTimeline& machine, const char* peer, Duration since, Duration until,
                    Duration skew = {}) {
    for (Duration t = since; t < until; t += kBeat) {
        machine.at(t + kSync).send(present(peer, since + skew, t + skew));
    }
    machine.at(until);
}

} // namespace

TEST_CASE("desk 30 min then laptop 20 min: the reminder comes at 45 on the laptop") {
    // The laptop's view: idle until the person comes over from the desk.
    DeskTimeline laptop(8h + 50min);
    laptop.idle(8h + 50min, 8h + 55min).expect(S::Away);
    inUseElsewhere(laptop, "desk", 9h, 9h + 30min);
    laptop.expect(S::Sitting);
    CHECK(laptop.status().elsewhere);
    CHECK(laptop.status().machinesElsewhere == 1);
    CHECK(laptop.streak() == 30min);

    laptop.send(event::UserActive{}).expect(S::Sitting);
    CHECK_FALSE(laptop.status().elsewhere);
    laptop.at(9h + 35min + kSync).send(away("desk", 9h + 30min)).expect(S::Sitting);
    CHECK(laptop.status().machinesElsewhere == 0);
    laptop.at(9h + 50min).expect(S::ReminderDue);
    REQUIRE(laptop.seen.firstShowings().size() == 1);
    CHECK(laptop.seen.firstShowings()[0].at == 9h + 45min);
    CHECK(laptop.seen.firstShowings()[0].reminder.streak == 45min);

    // The desk's view: the same streak, but the reminder belongs to the laptop.
    DeskTimeline desk(9h);
    desk.at(9h + 30min + kSync).send(present("laptop", 9h + 30min, 9h + 30min));
    desk.idle(9h + 30min, 9h + 35min).expect(S::Sitting); // sitting elsewhere, not away
    CHECK(desk.status().elsewhere);
    inUseElsewhere(desk, "laptop", 9h + 35min, 9h + 50min);
    desk.expect(S::ReminderDue);
    CHECK(desk.seen.reminders.empty());
    REQUIRE(desk.seen.shownElsewhere.size() == 1);
    CHECK(desk.seen.shownElsewhere[0] == 9h + 45min);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).empty());
}

TEST_CASE("desk 30, away 10, laptop 20: a break anywhere is a break, no reminder") {
    DeskTimeline laptop(8h + 50min);
    laptop.idle(8h + 50min, 8h + 55min);
    inUseElsewhere(laptop, "desk", 9h, 9h + 35min);
    laptop.at(9h + 35min + kSync).send(away("desk", 9h + 30min)).expect(S::Away);
    laptop.at(9h + 40min).send(event::UserActive{}).expect(S::Sitting);
    CHECK(laptop.streak() == 0min);
    laptop.at(10h).expect(S::Sitting);
    CHECK(laptop.streak() == 20min);
    CHECK(laptop.seen.reminders.empty());
    CHECK(laptop.seen.journalOf(JournalKind::NaturalBreak).size() == 2);

    // The desk, away itself, sees the laptop's use begin after a real break: a fresh streak.
    DeskTimeline desk(9h);
    desk.idle(9h + 30min, 9h + 35min).expect(S::Away);
    inUseElsewhere(desk, "laptop", 9h + 40min, 10h);
    desk.expect(S::Sitting);
    CHECK(desk.status().elsewhere);
    CHECK(desk.streak() == 20min);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.seen.shownElsewhere.empty());
    REQUIRE(desk.seen.journalOf(JournalKind::NaturalBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak)[0].length == 10min);
}

TEST_CASE("a reminder snoozed on the desk does not show on the laptop before the snooze ends") {
    DeskTimeline laptop(8h + 50min);
    laptop.idle(8h + 50min, 8h + 55min);
    inUseElsewhere(laptop, "desk", 9h, 9h + 46min);
    laptop.expect(S::ReminderDue);
    CHECK(laptop.seen.reminders.empty()); // shown on the desk, where the person is
    CHECK(laptop.seen.shownElsewhere.size() == 1);

    laptop.at(9h + 46min + kSync).send(answered("desk", Answer::Snooze, 9h + 46min, 9h + 56min));
    laptop.expect(S::Snoozed);
    CHECK(laptop.status().snoozesUsed == 1);
    laptop.at(9h + 50min).send(event::UserActive{}).expect(S::Snoozed);
    laptop.at(9h + 55min + kSync).send(away("desk", 9h + 50min));
    laptop.at(9h + 55min + 59s).expect(S::Snoozed);
    CHECK(laptop.seen.reminders.empty());
    laptop.at(10h).expect(S::ReminderDue);
    REQUIRE(laptop.seen.firstShowings().size() == 1);
    CHECK(laptop.seen.firstShowings()[0].at == 9h + 56min);
}

TEST_CASE("the other machine's answer withdraws the reminder shown here") {
    DeskTimeline desk(9h);
    desk.at(9h + 45min).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    // The person walked over to the laptop and snoozed there.
    desk.at(9h + 46min + kSync).send(present("laptop", 9h + 46min, 9h + 46min));
    CHECK(desk.seen.withdrawals.size() == 1);
    CHECK(desk.seen.shownElsewhere.size() == 1);
    desk.at(9h + 47min + kSync).send(answered("laptop", Answer::Snooze, 9h + 47min, 9h + 57min));
    desk.expect(S::Snoozed);

    SUBCASE("skipped there: the count starts over from the skip") {
        desk.at(9h + 50min).send(answered("laptop", Answer::Skip, 9h + 49min + 50s));
        desk.expect(S::Sitting);
        CHECK(desk.streak() == 10s);
        CHECK(desk.status().snoozesUsed == 0);
    }
    SUBCASE("a routine there, finished: a real break here too") {
        desk.at(9h + 50min).send(answered("laptop", Answer::RoutineStarted, 9h + 49min + 50s));
        desk.expect(S::InRoutine);
        desk.at(9h + 55min).send(event::BreakElsewhere{"laptop", DeskTimeline::mono(9h + 54min)});
        desk.expect(S::Sitting);
        CHECK(desk.streak() == 1min);
    }
}

TEST_CASE("clocks off by 30 s either way move the reminder by no more than that") {
    for (const Duration skew : {-30s, 30s}) {
        CAPTURE(skew);
        DeskTimeline laptop(8h + 50min);
        laptop.idle(8h + 50min, 8h + 55min);
        inUseElsewhere(laptop, "desk", 9h, 9h + 30min, skew);
        laptop.send(event::UserActive{});
        laptop.at(9h + 35min + kSync).send(away("desk", 9h + 30min + skew));
        laptop.at(9h + 50min);
        REQUIRE(laptop.seen.firstShowings().size() == 1);
        const Duration shownAt = laptop.seen.firstShowings()[0].at;
        CHECK(shownAt >= 9h + 45min - 30s);
        CHECK(shownAt <= 9h + 45min + 30s);

        // And a ten-minute break stays a break.
        DeskTimeline other(8h + 50min);
        other.idle(8h + 50min, 8h + 55min);
        inUseElsewhere(other, "desk", 9h, 9h + 35min, skew);
        other.at(9h + 35min + kSync).send(away("desk", 9h + 30min + skew)).expect(S::Away);
        other.at(9h + 40min).send(event::UserActive{});
        other.at(10h);
        CHECK(other.seen.reminders.empty());
        CHECK(other.streak() == 20min);
    }
}

TEST_CASE("word of the other machine that comes after the idle here still joins the streak") {
    // A slow sync: the desk confirmed its absence before the laptop's first word arrived.
    DeskTimeline desk(9h);
    desk.idle(9h + 30min, 9h + 35min).expect(S::Away);
    CHECK(desk.streak() == 0min);
    desk.at(9h + 36min).send(present("laptop", 9h + 30min + 20s, 9h + 35min + 20s));
    desk.expect(S::Sitting);
    CHECK(desk.streak() == 36min);
    inUseElsewhere(desk, "laptop", 9h + 40min + 20s, 9h + 50min);
    REQUIRE(desk.seen.shownElsewhere.size() == 1);
    CHECK(desk.seen.shownElsewhere[0] == 9h + 45min);
}

TEST_CASE("a machine not heard of for a while stops counting as in use") {
    DeskTimeline laptop(8h + 50min);
    laptop.idle(8h + 50min, 8h + 55min);
    laptop.at(9h + kSync).send(present("desk", 9h, 9h)).expect(S::Sitting);
    // The desk went off without a word: silent for two heartbeats and the skew.
    laptop.at(9h + 10min + 29s).expect(S::Sitting);
    laptop.at(9h + 10min + 30s).expect(S::Away);
    CHECK(laptop.lastTransition().reason == "machine-silent");
    CHECK(laptop.streak() == 0min);
    CHECK(laptop.status().machinesElsewhere == 0);
    // Old news of it changes nothing.
    laptop.at(9h + 12min).send(present("desk", 9h, 9h)).expect(S::Away);
}

TEST_CASE("a break elsewhere older than the streak here changes nothing") {
    DeskTimeline desk(9h);
    desk.at(9h + 10min).send(event::BreakElsewhere{"laptop", DeskTimeline::mono(8h + 30min)});
    CHECK(desk.streak() == 10min);
    desk.at(9h + 20min).send(event::BreakElsewhere{"laptop", DeskTimeline::mono(9h + 19min)});
    CHECK(desk.streak() == 1min);
}
