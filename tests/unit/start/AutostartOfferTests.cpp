// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AutostartSandbox.h"
#include "start/Autostart.h"

#include <QFile>
#include <doctest/doctest.h>

using flexor::start::isFirstStart;
using flexor::start::rememberWelcomed;
using flexor::start::systemdUnitEnabled;
using flexor::start::welcomedFlagPath;
using flexor::XX::test::XdgSandbox;

TEST_CASE("the first start is remembered in the state folder, so the welcome comes once") {
    XdgSandbox sandbox;
    CHECK(isFirstStart());

    REQUIRE(rememberWelcomed());

    CHECK_FALSE(isFirstStart());
    CHECK(QFile::permissions(welcomedFlagPath()) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("a user whom an older Flexor offered autostart is not new") {
    XdgSandbox sandbox;
    sandbox.write(
        qEnvironmentVariable("XDG_STATE_HOME") + QStringLiteral("/flexor/autostart-offered"), "");
    CHECK_FALSE(isFirstStart());
}

TEST_CASE("an enabled systemd user unit is seen") {
    XdgSandbox sandbox;
    CHECK_FALSE(systemdUnitEnabled());
    sandbox.write(sandbox.configHome() +
                      QStringLiteral("/systemd/user/graphical-session.target.wants/flexor.service"),
                  "[Unit]\n");
    CHECK(systemdUnitEnabled());
}
