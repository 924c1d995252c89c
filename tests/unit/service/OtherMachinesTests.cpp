// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The wiring of share_folder: another machine's lines become engine events, this machine's
// events become lines, and the status and tooltip name the machines. A real folder; the
// other machine is the lines written into it.

#include "QStringMaker.h"
#include "config/Config.h"
#include "platform/SystemClock.h"
#include "platform/share/ShareLine.h"
#include "service/OtherMachines.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace std::chrono_literals;
using flexor::core::EngineEvent;
using flexor::core::EngineStatus;
using flexor::core::SittingState;
using flexor::service::OtherMachines;
namespace event = flexor::core::event;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("another machine's lines become events and this machine's events become lines") {
    QTemporaryDir tmp;
    const fs::path root = tmp.path().toStdString();
    qputenv("XDG_STATE_HOME", QByteArray::fromStdString((root / "state").string()));
    flexor::config::Config config;
    config.shareFolder = (root / "share").string();

    // The laptop, in use for a minute.
    const std::int64_t now = flexor::platform::wallMilliseconds();
    fs::create_directories(root / "share" / "laptop-1");
    std::ofstream(root / "share" / "laptop-1" / "device.json") << R"({"host":"laptop"})" << '\n';
    std::ofstream(root / "share" / "laptop-1" / (flexor::platform::utcDayName(now) + ".jsonl"))
        << flexor::platform::formatShareLine({now, "present", now - 60'000, 0});

    auto machines = OtherMachines::create(config);
    REQUIRE(machines);
    std::vector<EngineEvent> events;
    QObject::connect(machines.get(), &OtherMachines::happened,
                     [&](const EngineEvent& e) { events.push_back(e); });
    machines->start();

    REQUIRE(events.size() == 1);
    const auto* present = std::get_if<event::PresentElsewhere>(&events[0]);
    REQUIRE(present);
    CHECK(present->peer == "laptop-1");
    CHECK(flexor::platform::now().mono - present->since >= 60s);

    const auto list = machines->machinesStatus();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toMap().value("host").toString() == "laptop");
    CHECK(list[0].toMap().value("in_use").toBool());

    EngineStatus sitting;
    const QString host = QSysInfo::machineHostName();
    // "(vm and laptop)": the list's words come from the locale.
    const QString both = machines->withMachines("Sitting since 14:05\nmore", sitting);
    MESSAGE(both.toStdString());
    CHECK(both.startsWith("Sitting since 14:05 (" + host));
    CHECK(both.endsWith("laptop)\nmore"));
    sitting.elsewhere = true;
    CHECK(machines->withMachines("Sitting since 14:05", sitting) == "Sitting since 14:05 (laptop)");
    EngineStatus away;
    away.state = SittingState::Away;
    CHECK(machines->withMachines("Away", away) == "Away");

    // This machine: present from the start, then a snooze and an idle stretch.
    const std::string id = readAll(root / "state" / "flexor" / "share-device-id").substr(0, 16);
    const fs::path own = root / "share" / id / (flexor::platform::utcDayName(now) + ".jsonl");
    CHECK(readAll(own).find(R"("ev":"present")") != std::string::npos);
    EngineStatus snoozed;
    snoozed.state = SittingState::Snoozed;
    snoozed.stateEndsIn = 10min;
    machines->noteLocal(event::Snooze{}, snoozed);
    CHECK(readAll(own).find(R"("ev":"snooze")") != std::string::npos);
    machines->noteLocal(event::UserIdle{flexor::platform::now().mono - 5min}, away);
    CHECK(readAll(own).find(R"("ev":"away")") != std::string::npos);
    CHECK(readAll(root / "share" / id / "device.json").find(host.toStdString()) !=
          std::string::npos);
    qunsetenv("XDG_STATE_HOME");
}

TEST_CASE("an empty share_folder is off") {
    CHECK_FALSE(OtherMachines::create(flexor::config::Config{}));
}
