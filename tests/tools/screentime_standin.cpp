// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A protocol-level stand-in for GNOME Shell's org.gnome.Shell.ScreenTime (GNOME 48 and later;
// Debian 12's GNOME 43 has none), for tests only. It owns the name on the session bus and
// publishes State and LastBreakEndTime. Commands on stdin, one per line:
//   break-ended    LastBreakEndTime becomes now, with PropertiesChanged
// It prints "ready", then "sent break-ended".
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDateTime>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

namespace {

class ScreenTime : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Shell.ScreenTime")
    Q_PROPERTY(uint State READ state)
    Q_PROPERTY(qulonglong LastBreakEndTime READ lastBreakEndTime)
public:
    uint state() const { return 1; } // enabled, no break needed yet
    qulonglong lastBreakEndTime() const { return lastBreakEnd_; }

    void breakEnded() {
        lastBreakEnd_ = static_cast<qulonglong>(QDateTime::currentSecsSinceEpoch());
        QDBusMessage message = QDBusMessage::createSignal(
            QStringLiteral("/org/gnome/Shell/ScreenTime"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
        message.setArguments({QStringLiteral("org.gnome.Shell.ScreenTime"),
                              QVariantMap{{QStringLiteral("LastBreakEndTime"), lastBreakEnd_}},
                              QStringList{}});
        QDBusConnection::sessionBus().send(message);
    }

private:
    qulonglong lastBreakEnd_ = 1000; // a break long ago
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    ScreenTime screenTime;
    if (!bus.registerObject(QStringLiteral("/org/gnome/Shell/ScreenTime"), &screenTime,
                            QDBusConnection::ExportAllProperties) ||
        !bus.registerService(QStringLiteral("org.gnome.Shell.ScreenTime"))) {
        std::fprintf(stderr, "screentime_standin: cannot own the name\n");
        return 1;
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t size = read(STDIN_FILENO, buffer, sizeof buffer);
        if (size <= 0) {
            QCoreApplication::quit();
            return;
        }
        if (QByteArray(buffer, static_cast<int>(size)).contains("break-ended")) {
            screenTime.breakEnded();
            std::printf("sent break-ended\n");
            std::fflush(stdout);
        }
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "screentime_standin.moc"
