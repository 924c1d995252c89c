// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ChildLog.h"
#include "dbus/DaemonControl.h"

#include <QObject>
#include <QProcess>
#include <QString>

namespace flexor::service {

// The Flexor window (status, statistics, settings) runs in a program of its own,
// flexor-window, started here on demand. One at a time: asked again while it runs, the
// running window is told through its stdin to show the page and come to the front. When it
// is closed the program ends and nothing of it stays in the daemon (the QProcess goes too).
class WindowLauncher : public QObject {
    Q_OBJECT
public:
    explicit WindowLauncher(bool verbose, QObject* parent = nullptr);
    ~WindowLauncher() override;

    // The pages the window has: now, statistics, settings, and welcome (first start only).
    static bool isPage(const QString& page);

    // Shows `page` (empty: the window as it is, or the Now page when it opens), raised with
    // the desktop's activation token (Wayland's xdg-activation token or X11's startup id, as
    // the asking program got it; may be empty). Refused with why nothing opened.
    dbus::Refusal show(const QString& page, const QString& activationToken);
    bool running() const { return process_ != nullptr; }

    // On the very first start of Flexor (start::isFirstStart), the window opens
    // once on its welcome page, and the flag that it did is written.
    void welcomeOnFirstStart();

private:
    void onFailedToStart(QProcess::ProcessError error);
    void onExited();

    bool verbose_;
    QProcess* process_ = nullptr;
    ChildLog log_{"window program"};
};

} // namespace flexor::service
