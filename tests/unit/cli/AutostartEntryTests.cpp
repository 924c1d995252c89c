// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AutostartSandbox.h"
#include "cli/AutostartCommand.h"
#include "cli/CommandArgs.h"
#include "start/Autostart.h"

#include <QDir>
#include <QFileInfo>
#include <doctest/doctest.h>

using flexor::cli::runAutostartCommand;
using flexor::start::autostartEnabled;
using flexor::start::autostartEntryPath;
using flexor::start::setAutostart;
using flexor::XX::test::XdgSandbox;

namespace {

QStringList desktopEntryLines(const QString& path) {
    return QString::fromUtf8(XdgSandbox::read(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("the autostart entry lives in the user's XDG autostart folder") {
    XdgSandbox sandbox;
    CHECK(autostartEntryPath() == sandbox.userEntry());
}

TEST_CASE("without an entry Flexor does not start at login") {
    XdgSandbox sandbox;
    CHECK_FALSE(autostartEnabled());
}

TEST_CASE("enabling autostart writes a desktop entry that runs flexor") {
    XdgSandbox sandbox;
    REQUIRE(setAutostart(true));

    CHECK(autostartEnabled());
    const QStringList lines = desktopEntryLines(sandbox.userEntry());
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("[Desktop Entry]"));
    CHECK(lines.contains(QStringLiteral("Type=Application")));
    CHECK(lines.contains(QStringLiteral("Name=Flexor")));
    CHECK(lines.contains(QStringLiteral("Exec=flexor")));
    CHECK(lines.contains(QStringLiteral("Icon=io.github.flexor.Flexor")));
    CHECK_FALSE(lines.contains(QStringLiteral("Hidden=true")));
}

TEST_CASE("enabling twice replaces the entry and leaves no temporary file behind") {
    XdgSandbox sandbox;
    sandbox.write(sandbox.userEntry(), "[Desktop Entry]\nType=Application\nName=Old\nExec=old\n");

    REQUIRE(setAutostart(true));
    REQUIRE(setAutostart(true));

    CHECK(desktopEntryLines(sandbox.userEntry()).contains(QStringLiteral("Exec=flexor")));
    const QDir folder = QFileInfo(sandbox.userEntry()).dir();
    CHECK(folder.entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("io.github.flexor.Flexor.desktop")});
}

TEST_CASE("disabling autostart removes the user's entry") {
    XdgSandbox sandbox;
    REQUIRE(setAutostart(true));

    REQUIRE(setAutostart(false));

    CHECK_FALSE(QFileInfo::exists(sandbox.userEntry()));
    CHECK_FALSE(autostartEnabled());
}

TEST_CASE("disabling when there is no entry is not an error") {
    XdgSandbox sandbox;
    CHECK(setAutostart(false));
    CHECK_FALSE(autostartEnabled());
}

TEST_CASE("a system-wide entry starts Flexor until the user hides it") {
    XdgSandbox sandbox;
    sandbox.write(sandbox.systemConfig() +
                      QStringLiteral("/autostart/io.github.flexor.Flexor.desktop"),
                  "[Desktop Entry]\nType=Application\nName=Flexor\nExec=flexor\n");
    CHECK(autostartEnabled());

    REQUIRE(setAutostart(false));

    CHECK(desktopEntryLines(sandbox.userEntry()).contains(QStringLiteral("Hidden=true")));
    CHECK_FALSE(autostartEnabled());

    REQUIRE(setAutostart(true));
    CHECK(autostartEnabled());
}

TEST_CASE("an entry switched off for GNOME does not count as enabled") {
    XdgSandbox sandbox;
    sandbox.write(sandbox.userEntry(), "[Desktop Entry]\nType=Application\nName=Flexor\n"
                                       "Exec=flexor\nX-GNOME-Autostart-enabled=false\n");
    CHECK_FALSE(autostartEnabled());
}

TEST_CASE("enabling fails with a reason when the autostart folder cannot be created") {
    XdgSandbox sandbox;
    sandbox.write(sandbox.configHome() + QStringLiteral("/autostart"), "a file, not a folder");

    QString error;
    CHECK_FALSE(setAutostart(true, &error));
    CHECK(error.contains(QStringLiteral("autostart")));
    CHECK_FALSE(autostartEnabled());
}

TEST_CASE("the autostart command changes the entry and reports usage mistakes") {
    XdgSandbox sandbox;
    const auto autostart = [](const QStringList& words) {
        return runAutostartCommand(
            flexor::cli::CommandArgs(QStringList{QStringLiteral("autostart")} + words));
    };
    CHECK(autostart({QStringLiteral("enable")}) == 0);
    CHECK(autostartEnabled());
    CHECK(autostart({QStringLiteral("status")}) == 0);
    CHECK(autostart({QStringLiteral("disable")}) == 0);
    CHECK_FALSE(autostartEnabled());

    CHECK(autostart({QStringLiteral("maybe")}) == 64);
    CHECK(autostart({QStringLiteral("enable"), QStringLiteral("now")}) == 64);
    CHECK(autostart({QStringLiteral("--now"), QStringLiteral("enable")}) == 64);
    CHECK_FALSE(autostartEnabled());
}
