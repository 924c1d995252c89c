// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AutostartSandbox.h"
#include "app/Autostart.h"

#include <doctest/doctest.h>

using flexor::app::AutostartOfferFacts;
using flexor::app::rememberAutostartOffered;
using flexor::app::setAutostart;
using flexor::app::shouldOfferAutostart;
using flexor::app::systemdUnitEnabled;
using flexor::app::test::XdgSandbox;

TEST_CASE("the first start offers autostart when nothing starts Flexor at login") {
    CHECK(shouldOfferAutostart(AutostartOfferFacts{}));
}

TEST_CASE("no offer once it was made, or when Flexor already starts at login") {
    CHECK_FALSE(shouldOfferAutostart(AutostartOfferFacts{.offeredBefore = true}));
    CHECK_FALSE(shouldOfferAutostart(AutostartOfferFacts{.autostartEntryEnabled = true}));
    CHECK_FALSE(shouldOfferAutostart(AutostartOfferFacts{.systemdUnitEnabled = true}));
}

TEST_CASE("the offer is made once and remembered in the state folder") {
    XdgSandbox sandbox;
    CHECK(shouldOfferAutostart());

    REQUIRE(rememberAutostartOffered());

    CHECK_FALSE(shouldOfferAutostart());
}

TEST_CASE("an enabled autostart entry means no offer") {
    XdgSandbox sandbox;
    REQUIRE(setAutostart(true));
    CHECK_FALSE(shouldOfferAutostart());
}

TEST_CASE("an enabled systemd user unit means no offer") {
    XdgSandbox sandbox;
    CHECK_FALSE(systemdUnitEnabled());
    sandbox.write(sandbox.configHome() +
                      QStringLiteral("/systemd/user/graphical-session.target.wants/flexor.service"),
                  "[Unit]\n");

    CHECK(systemdUnitEnabled());
    CHECK_FALSE(shouldOfferAutostart());
}
