// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Autostart.h"

#include "BuildInfo.h"
#include "config/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace flexor::start {

namespace {

// The free functions here translate in the context lupdate gives them: the namespace.
QString tr(const char* text) {
    return QCoreApplication::translate("flexor::start", text);
}

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

QString autostartEntryInForce() {
    const QString user = autostartEntryPath();
    return QFileInfo::exists(user) ? user : firstExisting(systemEntryPaths());
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

} // namespace flexor::start
