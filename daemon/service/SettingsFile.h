// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/ConfigKeeper.h"
#include "dbus/DaemonControl.h"

#include <QObject>
#include <QString>

namespace flexor::platform {
class FileWatcher;
}

namespace flexor::service {

// The user's config file, read at start and again whenever it changes on disk or a client
// asks: its diagnostics go to the log, a broken file keeps the last good settings.
class SettingsFile : public QObject {
    Q_OBJECT
public:
    explicit SettingsFile(bool verbose, QObject* parent = nullptr);

    // Reads the file once, quietly: at start a broken file only keeps the defaults.
    void loadAtStart();
    // Reads it again; refused with the first error when it is broken.
    dbus::Refusal reload();
    // Follows the file on disk from now on.
    void watch();
    // Opens the file in the user's editor; a user without one starts from the documented
    // reference, so every key is there to edit. What goes wrong is logged and said
    // through cannotOpen().
    void openInEditor();

    const config::Config& current() const { return keeper_.current(); }

signals:
    void adopted();                          // new settings are in force
    void broken(const QString& problem);     // the file changed and is broken: file:line:col
    void cannotOpen(const QString& problem); // "Open config file" failed: what to tell the user

private:
    dbus::Refusal load(bool initial);

    bool verbose_;
    config::ConfigKeeper keeper_;
    platform::FileWatcher* watcher_ = nullptr;
};

} // namespace flexor::service
