// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Injects one piece of real input into mutter through org.gnome.Mutter.RemoteDesktop, the way a
// remote-desktop client does: a session created, started, used and stopped on one connection.
// Usage: mutter_remote_input key|motion
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <cstdio>

namespace {

const QString service = QStringLiteral("org.gnome.Mutter.RemoteDesktop");

QDBusMessage call(const QString& path, const QString& interface, const QString& method,
                  const QVariantList& args = {}) {
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(args);
    QDBusMessage reply = QDBusConnection::sessionBus().call(message);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(method),
                     qPrintable(reply.errorMessage()));
        std::exit(1);
    }
    return reply;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("key");
    const QString sessionInterface = QStringLiteral("org.gnome.Mutter.RemoteDesktop.Session");
    const QString session = call(QStringLiteral("/org/gnome/Mutter/RemoteDesktop"), service,
                                 QStringLiteral("CreateSession"))
                                .arguments()
                                .value(0)
                                .value<QDBusObjectPath>()
                                .path();
    call(session, sessionInterface, QStringLiteral("Start"));
    if (what == QLatin1String("motion")) {
        call(session, sessionInterface, QStringLiteral("NotifyPointerMotionRelative"), {1.0, 0.0});
    } else {
        const uint shift = 0xffe1;
        call(session, sessionInterface, QStringLiteral("NotifyKeyboardKeysym"), {shift, true});
        call(session, sessionInterface, QStringLiteral("NotifyKeyboardKeysym"), {shift, false});
    }
    call(session, sessionInterface, QStringLiteral("Stop"));
    return 0;
}
