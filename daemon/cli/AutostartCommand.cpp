// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AutostartCommand.h"

#include "CliText.h"
#include "ClientCommands.h"
#include "CommandArgs.h"
#include "start/Autostart.h"

#include <cstdio>

namespace flexor::cli {

namespace {

QString systemdNote() {
    return tr("The systemd user unit flexor.service is enabled as well; it starts Flexor at "
              "login too. One way is enough: `systemctl --user disable flexor.service` turns "
              "the unit off.\n");
}

int printStatus() {
    if (start::autostartEnabled()) {
        print(stdout,
              tr("enabled: Flexor starts at login (%1)\n").arg(start::autostartEntryInForce()));
    } else {
        print(stdout, tr("disabled: no autostart entry starts Flexor at login\n"));
    }
    if (start::systemdUnitEnabled()) {
        print(stdout, tr("The systemd user unit flexor.service is enabled and starts Flexor with "
                         "the graphical session.\n"));
    }
    return kOk;
}

int enableOrDisable(bool enabled) {
    QString error;
    if (!start::setAutostart(enabled, &error)) {
        print(stderr, tr("flexor: %1\n").arg(error));
        return kFailed;
    }
    if (enabled) {
        print(stdout, tr("Flexor will start at login (%1).\n").arg(start::autostartEntryPath()));
    } else {
        print(stdout, tr("Flexor will no longer start at login through an autostart entry.\n"));
    }
    if (start::systemdUnitEnabled()) {
        print(stdout, systemdNote());
    }
    return kOk;
}

} // namespace

int runAutostartCommand(const CommandArgs& args) {
    const QString action = args.positional().value(0, QStringLiteral("status"));
    if (!args.parsed() || args.positional().size() > 1) {
        print(stderr, tr("flexor: autostart takes one of enable, disable or status\n"));
        return kUsage;
    }
    if (action == QLatin1String("enable")) {
        return enableOrDisable(true);
    }
    if (action == QLatin1String("disable")) {
        return enableOrDisable(false);
    }
    if (action == QLatin1String("status")) {
        return printStatus();
    }
    print(
        stderr,
        tr("flexor: unknown autostart action '%1' (use enable, disable or status)\n").arg(action));
    return kUsage;
}

} // namespace flexor::cli
