// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Went idle" and "came back" are decided in one place, PresenceMonitor, from whatever the
// backends observe, as often as their desktops repeat it. A stand-in backend feeds it
// observations the way the real ones do (an idle watch firing twice, input while active).

#include "platform/presence/PresenceMonitor.h"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace flexor::platform;
using namespace std::chrono_literals;

namespace {

class StandinPresenceMonitor : public PresenceMonitor {
public:
    StandinPresenceMonitor() {
        connect(this, &PresenceMonitor::wentIdle, this, [this](std::chrono::milliseconds idleFor) {
            edges.push_back("idle " + std::to_string(idleFor.count()));
        });
        connect(this, &PresenceMonitor::cameBack, this, [this] { edges.emplace_back("back"); });
    }
    QString name() const override { return QStringLiteral("standin"); }
    bool start() override { return true; }
    void setIdleThreshold(std::chrono::milliseconds) override {}

    using PresenceMonitor::observedActive;
    using PresenceMonitor::observedIdle;

    std::vector<std::string> edges;
};

} // namespace

TEST_CASE("presence edges: idle observed again and again is one wentIdle") {
    StandinPresenceMonitor monitor;
    CHECK(monitor.observedIdle(60s));
    CHECK_FALSE(monitor.observedIdle(61s));
    CHECK_FALSE(monitor.observedIdle(90s));
    CHECK(monitor.isIdle());
    CHECK(monitor.edges == std::vector<std::string>{"idle 60000"});
}

TEST_CASE("presence edges: input while present says nothing") {
    StandinPresenceMonitor monitor;
    CHECK_FALSE(monitor.observedActive());
    CHECK_FALSE(monitor.observedActive());
    CHECK_FALSE(monitor.isIdle());
    CHECK(monitor.edges.empty());
}

TEST_CASE("presence edges: two idle spells give alternating edges, each once") {
    StandinPresenceMonitor monitor;
    monitor.observedActive();
    monitor.observedIdle(5s);
    monitor.observedIdle(6s);
    CHECK(monitor.observedActive());
    CHECK_FALSE(monitor.observedActive());
    monitor.observedIdle(7s);
    monitor.observedActive();
    CHECK(monitor.edges == std::vector<std::string>{"idle 5000", "back", "idle 7000", "back"});
    CHECK_FALSE(monitor.isIdle());
}
