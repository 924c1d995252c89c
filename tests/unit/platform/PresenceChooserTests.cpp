// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/NoPresenceMonitor.h"
#include "platform/presence/PresenceChooser.h"

#include <doctest/doctest.h>

using namespace flexor::platform;

TEST_CASE("presence: automatic order asks the desktop first, X11 after, none last") {
    CHECK(presenceCandidates(QStringLiteral("auto")) == QStringList{"gnome", "ext-idle-notify",
                                                                    "kde-idle", "x11-sync",
                                                                    "x11-screensaver", "none"});
}

TEST_CASE("presence: a forced backend is tried first and the rest stay as fallback") {
    const QStringList candidates = presenceCandidates(QStringLiteral("x11-screensaver"));
    CHECK(candidates.first() == "x11-screensaver");
    CHECK(candidates.count("x11-screensaver") == 1);
    CHECK(candidates.last() == "none");
    CHECK(candidates.size() == 6);
}

TEST_CASE("presence: an unknown preference is the automatic order") {
    CHECK(presenceCandidates(QStringLiteral("gnomee")) ==
          presenceCandidates(QStringLiteral("auto")));
}

TEST_CASE("presence: every preference but auto names a backend of that name") {
    for (const QString& name : presencePreferences()) {
        if (name == QLatin1String("auto")) {
            CHECK(makePresenceMonitor(name) == nullptr);
            continue;
        }
        auto monitor = makePresenceMonitor(name);
        REQUIRE(monitor != nullptr);
        CHECK(monitor->name() == name);
    }
    CHECK(makePresenceMonitor(QStringLiteral("nonsense")) == nullptr);
}

TEST_CASE("presence: the none backend starts, senses nothing and explains why") {
    NoPresenceMonitor none;
    CHECK(none.start());
    CHECK_FALSE(none.senses());
    CHECK(NoPresenceMonitor::warning().contains("can't be sensed"));
}
