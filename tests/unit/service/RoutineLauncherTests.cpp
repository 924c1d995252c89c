// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The routine launcher: what the tray lists, what a reminder offers, and a name it refuses.

#include "QStringMaker.h"
#include "core/Routine.h"
#include "platform/notify/NotificationClient.h"
#include "service/ReminderText.h"
#include "service/RoutineLauncher.h"

#include <QDBusConnection>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <filesystem>

using namespace flexor;
using namespace std::chrono_literals;

namespace {

// The shipped routines, and an empty folder for the user's own.
config::RoutineDirs shippedOnly(const QTemporaryDir& userDir) {
    const std::filesystem::path source = FLEXOR_SOURCE_DIR;
    return {source / "config/routines", userDir.path().toStdString(), {source / "assets/poses"}};
}

// No bus: the fallback notice has nobody to tell, which these tests do not need.
struct NoNotifications {
    platform::NotificationClient client{QDBusConnection(QStringLiteral("flexor-tests-no-bus"))};
    NoNotifications() { client.start(); }
};

} // namespace

TEST_CASE("the tray lists every usable routine with its title in the user's language") {
    QTemporaryDir user;
    NoNotifications none;
    service::RoutineLauncher german(shippedOnly(user), {"de"}, none.client);
    const auto routines = german.usableRoutines();
    REQUIRE(routines.size() >= 3);
    const auto psoas = std::find_if(routines.begin(), routines.end(), [](const auto& r) {
        return r.first == QStringLiteral("psoas");
    });
    REQUIRE(psoas != routines.end());
    CHECK(psoas->second == QStringLiteral("Psoas lösen"));

    service::RoutineLauncher english(shippedOnly(user), {}, none.client);
    const auto plain = english.usableRoutines();
    CHECK(std::find(plain.begin(), plain.end(),
                    std::pair{QStringLiteral("psoas"), QStringLiteral("Psoas release")}) !=
          plain.end());
}

TEST_CASE("a routine the user adds shows up in the next listing, a broken one does not") {
    QTemporaryDir user;
    NoNotifications none;
    service::RoutineLauncher launcher(shippedOnly(user), {}, none.client);
    const auto before = launcher.usableRoutines().size();
    QFile broken(user.filePath(QStringLiteral("broken.toml")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("title = \n");
    broken.close();
    REQUIRE(QFile::copy(QStringLiteral(FLEXOR_SOURCE_DIR "/config/routines/quick.toml"),
                        user.filePath(QStringLiteral("mine.toml"))));
    const auto after = launcher.usableRoutines();
    CHECK(after.size() == before + 1);
    CHECK(std::any_of(after.begin(), after.end(),
                      [](const auto& r) { return r.first == QStringLiteral("mine"); }));
    CHECK(std::none_of(after.begin(), after.end(),
                       [](const auto& r) { return r.first == QStringLiteral("broken"); }));
}

TEST_CASE("a reminder offers the length of the day's routine, as the daemon asks for it") {
    QTemporaryDir user;
    NoNotifications none;
    service::RoutineLauncher launcher(shippedOnly(user), {}, none.client);
    config::Config cfg;
    cfg.routine = "psoas";
    cfg.routineRotation = {"psoas", "quick"};
    // Two days in a row (days since the epoch 20614 and 20615): the rotation takes turns.
    const core::LocalTime evenDay{std::chrono::days(20614) + 10h};
    const core::LocalTime oddDay{std::chrono::days(20615) + 10h};
    CHECK(launcher.offeredLength(cfg, evenDay) == std::optional<core::Duration>(5min));
    CHECK(launcher.offeredLength(cfg, oddDay) == std::optional<core::Duration>(2min));
    // The reminder's words carry it.
    core::Reminder reminder{};
    CHECK(service::reminderText(reminder, cfg, launcher.offeredLength(cfg, oddDay), {})
              .body.contains(QStringLiteral("2-minute")));
    // Without a rotation, the one routine; a routine nobody has falls back to a shipped one.
    cfg.routineRotation.clear();
    CHECK(launcher.offeredLength(cfg, oddDay) == std::optional<core::Duration>(5min));
    cfg.routine = "no-such-routine";
    CHECK(launcher.offeredLength(cfg, oddDay).has_value());
}

TEST_CASE("a routine asked for by a name nobody has is refused, and nothing starts") {
    QTemporaryDir user;
    NoNotifications none;
    service::RoutineLauncher launcher(shippedOnly(user), {}, none.client);
    int events = 0;
    QObject::connect(&launcher, &service::RoutineLauncher::happened,
                     [&events](const core::EngineEvent&) { ++events; });
    const auto refused =
        launcher.open(QStringLiteral("no-such-routine"), "psoas", service::RoutineRequest{});
    REQUIRE(refused.has_value());
    CHECK(refused->contains(QStringLiteral("no-such-routine")));
    CHECK(events == 0);
}
