// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Autostart.h"

#include "BuildInfo.h"
#include "CliText.h"
#include "ClientCommands.h"
#include "CommandArgs.h"
#include "config/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdio>

namespace flexor::app {

namespace {

const QString kEntryName = QStringLiteral(FLEXOR_APP_ID ".desktop");
const QString kUnitWantsLink =
    QStringLiteral("systemd/user/graphical-session.target.wants/flexor.service");

// $XDG_CONFIG_HOME first, then every folder of $XDG_CONFIG_DIRS (default /etc/xdg).
QStringList configFolders() {
    return QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
}

QStringList systemEntryPaths() {
    QStringList paths;
    const QStringList folders = configFolders();
    for (qsizetype i = 1; i < folders.size(); ++i) {
        paths << folders[i] + QStringLiteral("/autostart/") + kEntryName;
    }
    return paths;
}

QString firstExisting(const QStringList& paths) {
    for (const QString& path : paths) {
        if (QFileInfo::exists(path)) {
            return path;
        }
    }
    return {};
}

// An entry that exists still does nothing when it says Hidden=true, or when GNOME's own
// switch in it is off.
bool entrySwitchedOff(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return true;
    }
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inMainGroup) {
            continue;
        }
        const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char('='), 1).trimmed();
        if ((key == QLatin1String("Hidden") && value == QLatin1String("true")) ||
            (key == QLatin1String("X-GNOME-Autostart-enabled") &&
             value == QLatin1String("false"))) {
            return true;
        }
    }
    return false;
}

QByteArray hiddenEntryContents() {
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Flexor\n"
                             "Exec=flexor\n"
                             "Hidden=true\n");
}

bool writeAtomically(const QString& path, const QByteArray& contents, QString* error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error != nullptr) {
            *error = tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        if (error != nullptr) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool removeEntry(const QString& path, QString* error) {
    QFile file(path);
    if (file.exists() && !file.remove()) {
        if (error != nullptr) {
            *error = tr("cannot remove %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

QString systemdNote() {
    return tr("The systemd user unit flexor.service is enabled as well; it starts Flexor at "
              "login too. One way is enough: `systemctl --user disable flexor.service` turns "
              "the unit off.\n");
}

int printStatus() {
    if (autostartEnabled()) {
        const QString user = autostartEntryPath();
        const QString entry = QFileInfo::exists(user) ? user : firstExisting(systemEntryPaths());
        print(stdout, tr("enabled: Flexor starts at login (%1)\n").arg(entry));
    } else {
        print(stdout, tr("disabled: no autostart entry starts Flexor at login\n"));
    }
    if (systemdUnitEnabled()) {
        print(stdout, tr("The systemd user unit flexor.service is enabled and starts Flexor with "
                         "the graphical session.\n"));
    }
    return kOk;
}

int enableOrDisable(bool enabled) {
    QString error;
    if (!setAutostart(enabled, &error)) {
        print(stderr, tr("flexor: %1\n").arg(error));
        return kFailed;
    }
    if (enabled) {
        print(stdout, tr("Flexor will start at login (%1).\n").arg(autostartEntryPath()));
    } else {
        print(stdout, tr("Flexor will no longer start at login through an autostart entry.\n"));
    }
    if (systemdUnitEnabled()) {
        print(stdout, systemdNote());
    }
    return kOk;
}

} // namespace

QString autostartEntryPath() {
    return configFolders().value(0) + QStringLiteral("/autostart/") + kEntryName;
}

QByteArray autostartEntryContents() {
    const QString text =
        QStringLiteral("[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=Flexor\n"
                       "GenericName=%1\n"
                       "Comment=%2\n"
                       "Exec=flexor\n"
                       "TryExec=flexor\n"
                       "Icon=" FLEXOR_APP_ID "\n"
                       "Terminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(tr("Break Reminder"),
                 tr("Reminds you to get up and stretch after sitting for too long"));
    return text.toUtf8();
}

bool autostartEnabled() {
    const QString user = autostartEntryPath();
    if (QFileInfo::exists(user)) {
        return !entrySwitchedOff(user);
    }
    const QString system = firstExisting(systemEntryPaths());
    return !system.isEmpty() && !entrySwitchedOff(system);
}

bool systemdUnitEnabled() {
    for (const QString& folder : configFolders()) {
        if (QFileInfo::exists(folder + QLatin1Char('/') + kUnitWantsLink)) {
            return true;
        }
    }
    return false;
}

bool setAutostart(bool enabled, QString* error) {
    const QString user = autostartEntryPath();
    if (enabled) {
        return writeAtomically(user, autostartEntryContents(), error);
    }
    // A system-wide entry would still start Flexor, so the user's entry must hide it.
    if (!firstExisting(systemEntryPaths()).isEmpty()) {
        return writeAtomically(user, hiddenEntryContents(), error);
    }
    return removeEntry(user, error);
}

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

bool isFirstStart() {
    // A user of a Flexor from before the welcome was offered autostart: not new.
    return !QFileInfo::exists(welcomedFlagPath()) &&
           !QFileInfo::exists(
               QString::fromStdString((config::stateDir() / "autostart-offered").string()));
}

bool rememberWelcomed() {
    // In the state folder, where every file is the user's alone (0600 whatever the umask).
    return writeAtomically(welcomedFlagPath(), QByteArrayLiteral("Flexor showed its welcome.\n"),
                           nullptr) &&
           QFile::setPermissions(welcomedFlagPath(), QFile::ReadOwner | QFile::WriteOwner);
}

QString welcomedFlagPath() {
    return QString::fromStdString((config::stateDir() / "welcomed").string());
}

} // namespace flexor::app
