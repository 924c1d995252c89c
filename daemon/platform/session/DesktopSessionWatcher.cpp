// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/session/DesktopSessionWatcher.h"

#include "platform/DBusSubscription.h"
#include "platform/session/Logind.h"
#include "platform/session/X11ScreenBlankWatcher.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace flexor::platform {

namespace {
using logind::kManager;
using logind::kPath;
using logind::kService;
using logind::kSession;
const QString propertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

QDBusMessage managerCall(const QString& method, const QVariantList& args) {
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kManager, method);
    call.setArguments(args);
    return call;
}
} // namespace

DesktopSessionWatcher::DesktopSessionWatcher(QObject* parent)
    : SessionWatcher(parent)
    , systemBus_(QDBusConnection::systemBus())
    , sessionBus_(QDBusConnection::sessionBus()) {}

void DesktopSessionWatcher::start() {
    watchLogind();
    watchScreenSavers();
    watchX11ScreenSaver();
}

void DesktopSessionWatcher::watchLogind() {
    if (!systemBus_.isConnected()) {
        spdlog::warn("session: no system bus, sleep and logind's lock state are not watched");
        return;
    }
    if (!systemBus_.interface()->isServiceRegistered(kService)) {
        spdlog::warn("session: logind is not on the system bus, sleep and its lock state are "
                     "not watched");
        return;
    }
    subscribe(systemBus_, kService, kPath, kManager, QStringLiteral("PrepareForSleep"), this,
              SLOT(onPrepareForSleep(bool)));
    takeSleepInhibitor();
    sessionPath_ = findLogindSession();
    if (sessionPath_.isEmpty()) {
        return;
    }
    subscribe(systemBus_, kService, sessionPath_, propertiesInterface,
              QStringLiteral("PropertiesChanged"), this,
              SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList)));
    subscribe(systemBus_, kService, sessionPath_, kSession, QStringLiteral("Lock"), this,
              SLOT(onSessionLock()));
    subscribe(systemBus_, kService, sessionPath_, kSession, QStringLiteral("Unlock"), this,
              SLOT(onSessionUnlock()));
    spdlog::info("session: watching logind session {}", sessionPath_.toStdString());
}

QString DesktopSessionWatcher::findLogindSession() {
    QDBusMessage reply = systemBus_.call(
        managerCall(QStringLiteral("GetSessionByPID"), {QVariant::fromValue(uint(getpid()))}));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        const QString id = qEnvironmentVariable("XDG_SESSION_ID");
        if (id.isEmpty()) {
            spdlog::warn("session: not in a logind session ({}), and XDG_SESSION_ID is unset",
                         reply.errorMessage().toStdString());
            return {};
        }
        reply = systemBus_.call(managerCall(QStringLiteral("GetSession"), {id}));
        if (reply.type() != QDBusMessage::ReplyMessage) {
            spdlog::warn("session: logind does not know session {}: {}", id.toStdString(),
                         reply.errorMessage().toStdString());
            return {};
        }
    }
    return reply.arguments().value(0).value<QDBusObjectPath>().path();
}

void DesktopSessionWatcher::takeSleepInhibitor() {
    const QVariantList args = {QStringLiteral("sleep"), QStringLiteral("Flexor"),
                               tr("Saving the sitting streak before the computer sleeps"),
                               QStringLiteral("delay")};
    auto* watcher = new QDBusPendingCallWatcher(
        systemBus_.asyncCall(managerCall(QStringLiteral("Inhibit"), args)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            spdlog::warn("session: cannot take a sleep inhibitor: {}",
                         reply.error().message().toStdString());
            return;
        }
        inhibitor_ = reply.value();
        spdlog::debug("session: holding a delay sleep inhibitor");
    });
}

void DesktopSessionWatcher::onPrepareForSleep(bool sleeping) {
    if (sleeping == sleeping_) {
        return;
    }
    sleeping_ = sleeping;
    if (sleeping) {
        spdlog::info("session: about to sleep");
        emit aboutToSleep();
        // Closing our end tells logind we are ready.
        inhibitor_ = QDBusUnixFileDescriptor();
    } else {
        spdlog::info("session: resumed");
        emit resumed();
        takeSleepInhibitor();
    }
}

void DesktopSessionWatcher::onSessionPropertiesChanged(const QString& interface,
                                                       const QVariantMap& changed,
                                                       const QStringList&) {
    const auto hint = changed.find(QStringLiteral("LockedHint"));
    if (interface == kSession && hint != changed.end()) {
        setLocked(hint->toBool(), "logind LockedHint");
    }
}

void DesktopSessionWatcher::onSessionLock() {
    setLocked(true, "logind Lock");
}

void DesktopSessionWatcher::onSessionUnlock() {
    setLocked(false, "logind Unlock");
}

void DesktopSessionWatcher::onScreenSaverActiveChanged(bool active) {
    setLocked(active, "screensaver ActiveChanged");
}

void DesktopSessionWatcher::watchScreenSavers() {
    if (!sessionBus_.isConnected()) {
        spdlog::warn("session: no session bus, screensaver lock signals are not watched");
        return;
    }
    // Subscribing by service name: only the real owner's signals count. KDE emits on both paths.
    const QString freedesktop = QStringLiteral("org.freedesktop.ScreenSaver");
    for (const QString& path :
         {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")}) {
        subscribe(sessionBus_, freedesktop, path, freedesktop, QStringLiteral("ActiveChanged"),
                  this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    const QString gnome = QStringLiteral("org.gnome.ScreenSaver");
    subscribe(sessionBus_, gnome, QStringLiteral("/org/gnome/ScreenSaver"), gnome,
              QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
}

void DesktopSessionWatcher::watchX11ScreenSaver() {
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return; // XWayland's screensaver does not follow the Wayland session
    }
    auto* events = new X11ScreenBlankWatcher(this);
    if (!events->start()) {
        delete events;
        return;
    }
    connect(events, &X11ScreenBlankWatcher::activeChanged, this,
            [this](bool active) { setLocked(active, "X11 screensaver"); });
}

void DesktopSessionWatcher::setLocked(bool nowLocked, const char* source) {
    if (nowLocked == locked_) {
        return;
    }
    locked_ = nowLocked;
    spdlog::info("session: {} ({})", nowLocked ? "locked" : "unlocked", source);
    if (nowLocked) {
        emit locked();
    } else {
        emit unlocked();
    }
}

} // namespace flexor::platform
