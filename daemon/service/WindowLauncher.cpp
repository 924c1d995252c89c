// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowLauncher.h"

#include "ChildProgram.h"
#include "start/Autostart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {

const QString kProgramName = QStringLiteral("flexor-window");
const QString kWaylandToken = QStringLiteral("XDG_ACTIVATION_TOKEN");
const QString kX11StartupId = QStringLiteral("DESKTOP_STARTUP_ID");

// A word on the child's stdin line: "-" stands for nothing.
QString word(const QString& text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

WindowLauncher::WindowLauncher(bool verbose, QObject* parent)
    : QObject(parent)
    , verbose_(verbose) {}

WindowLauncher::~WindowLauncher() {
    // The daemon is quitting: the window goes with it.
    if (process_) {
        process_->disconnect(this);
        process_->terminate();
        process_->waitForFinished(2000);
    }
}

bool WindowLauncher::isPage(const QString& page) {
    static const QStringList pages{QStringLiteral("now"), QStringLiteral("statistics"),
                                   QStringLiteral("settings"), QStringLiteral("welcome")};
    return pages.contains(page);
}

dbus::Refusal WindowLauncher::show(const QString& page, const QString& activationToken) {
    if (!page.isEmpty() && !isPage(page)) {
        return tr("The window has no page '%1' (now, statistics or settings).").arg(page);
    }
    // A token has no spaces (both protocols say so); one that has cannot be passed on.
    const QString token = activationToken.contains(QLatin1Char(' ')) ? QString() : activationToken;
    if (process_) {
        spdlog::info("window: showing {} in the open window",
                     page.isEmpty() ? "it" : page.toStdString());
        process_->write(QStringLiteral("show %1 %2\n").arg(word(page), word(token)).toUtf8());
        return {};
    }
    const QString program = childProgramPath(kProgramName);
    // The one failure worth an answer to the caller (an install without the window program);
    // anything else shows as FailedToStart, asynchronously, so the daemon never waits here.
    if (!QFileInfo(program).isExecutable()) {
        spdlog::error("window: the window program {} is missing or not executable",
                      program.toStdString());
        return tr("The Flexor window could not start: %1")
            .arg(tr("%1 is missing or not executable.").arg(program));
    }
    process_ = new QProcess(this);
    // The token belongs to the window that is about to open, in the variable the desktop's
    // protocol uses; a stale one of the daemon's own start must not reach it.
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(kWaylandToken);
    env.remove(kX11StartupId);
    if (!token.isEmpty()) {
        const bool wayland = QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
        env.insert(wayland ? kWaylandToken : kX11StartupId, token);
    }
    process_->setProcessEnvironment(env);
    const QString shownPage = page.isEmpty() ? QStringLiteral("now") : page;
    connect(process_, &QProcess::readyReadStandardError, this,
            [this] { log_.append(process_->readAllStandardError()); });
    connect(process_, &QProcess::started, this, [this, shownPage] {
        spdlog::info("window: opened on {} (pid {})", shownPage.toStdString(),
                     process_->processId());
    });
    connect(process_, &QProcess::errorOccurred, this, &WindowLauncher::onFailedToStart);
    connect(process_, &QProcess::finished, this, &WindowLauncher::onExited);
    QStringList args{QStringLiteral("--page"), shownPage};
    if (verbose_) {
        args << QStringLiteral("--verbose");
    }
    process_->start(program, args);
    return {};
}

void WindowLauncher::welcomeOnFirstStart() {
    if (!start::isFirstStart()) {
        return;
    }
    spdlog::info("first start: opening the welcome");
    if (show(QStringLiteral("welcome"), {}) || !start::rememberWelcomed()) {
        spdlog::warn("first start: the welcome could not be remembered; it may show again");
    }
}

void WindowLauncher::onFailedToStart(QProcess::ProcessError error) {
    // Only a start that failed leaves no finished() to come; a crash ends in onExited.
    if (error != QProcess::FailedToStart) {
        return;
    }
    spdlog::error("window: the window program could not start: {}",
                  process_->errorString().toStdString());
    process_->deleteLater();
    process_ = nullptr;
}

void WindowLauncher::onExited() {
    log_.append(process_->readAllStandardError());
    log_.finish();
    spdlog::info("window: closed");
    process_->deleteLater();
    process_ = nullptr;
}

} // namespace flexor::service
