// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A protocol-level stand-in for logind (on the bus DBUS_SYSTEM_BUS_ADDRESS names) and for the
// freedesktop and GNOME screensavers (on the session bus), for tests only: it owns their names
// and emits their signals when told to on stdin. Commands, one per line:
//   sleep | resume | locked-hint true|false | lock | unlock
//   screensaver true|false | gnome-screensaver true|false
// It prints "ready", then what clients did: "inhibit WHAT MODE", "inhibitor released".
// Like logind, it publishes the block inhibitors held ("idle:sleep") as the Manager property
// BlockInhibited and emits PropertiesChanged when they change.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QSocketNotifier>
#include <QStringList>
#include <cstdio>
#include <map>
#include <unistd.h>

namespace {

const QString sessionPath = QStringLiteral("/org/freedesktop/login1/session/_31");

void print(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// org.freedesktop.login1.Manager: the few methods a session watcher calls.
class LogindManager : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
    Q_PROPERTY(QString BlockInhibited READ blockInhibited)
public:
    QString blockInhibited() const {
        QStringList whats;
        for (const auto& [fd, what] : blocks_) {
            for (const QString& w : what.split(QLatin1Char(':'))) {
                if (!whats.contains(w)) {
                    whats.append(w);
                }
            }
        }
        return whats.join(QLatin1Char(':'));
    }

public slots:
    QDBusObjectPath GetSessionByPID(uint) { return QDBusObjectPath(sessionPath); }
    QDBusObjectPath GetSession(const QString&) { return QDBusObjectPath(sessionPath); }

    // Hands out the write end of a pipe and reports when every copy of it is closed.
    QDBusUnixFileDescriptor Inhibit(const QString& what, const QString&, const QString&,
                                    const QString& mode) {
        int ends[2];
        if (pipe(ends) != 0) {
            return {};
        }
        print(QStringLiteral("inhibit %1 %2").arg(what, mode));
        const bool block = mode == QLatin1String("block");
        if (block) {
            blocks_[ends[0]] = what;
            blockInhibitedChanged();
        }
        auto* released = new QSocketNotifier(ends[0], QSocketNotifier::Read, this);
        connect(released, &QSocketNotifier::activated, this, [this, released, readEnd = ends[0]] {
            char byte;
            if (read(readEnd, &byte, 1) <= 0) {
                print(QStringLiteral("inhibitor released"));
                released->deleteLater();
                close(readEnd);
                if (blocks_.erase(readEnd) > 0) {
                    blockInhibitedChanged();
                }
            }
        });
        QDBusUnixFileDescriptor handed(ends[1]); // keeps its own copy until the reply is sent
        close(ends[1]);
        return handed;
    }

private:
    void blockInhibitedChanged();

    std::map<int, QString> blocks_; // read end of each block inhibitor's pipe -> its "what"
};

void emitSignal(QDBusConnection bus, const QString& path, const QString& interface,
                const QString& name, const QVariantList& args) {
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(args);
    bus.send(message);
}

void LogindManager::blockInhibitedChanged() {
    emitSignal(QDBusConnection::systemBus(), QStringLiteral("/org/freedesktop/login1"),
               QStringLiteral("org.freedesktop.DBus.Properties"),
               QStringLiteral("PropertiesChanged"),
               {QStringLiteral("org.freedesktop.login1.Manager"),
                QVariantMap{{QStringLiteral("BlockInhibited"), blockInhibited()}}, QStringList{}});
    print(QStringLiteral("block inhibited '%1'").arg(blockInhibited()));
}

void setLockedHint(bool locked) {
    const QString session = QStringLiteral("org.freedesktop.login1.Session");
    emitSignal(QDBusConnection::systemBus(), sessionPath,
               QStringLiteral("org.freedesktop.DBus.Properties"),
               QStringLiteral("PropertiesChanged"),
               {session, QVariantMap{{QStringLiteral("LockedHint"), locked}}, QStringList{}});
}

void runCommand(const QString& command, const QString& argument) {
    const QDBusConnection system = QDBusConnection::systemBus();
    const QDBusConnection session = QDBusConnection::sessionBus();
    const bool on = argument == QLatin1String("true");
    const QString manager = QStringLiteral("org.freedesktop.login1.Manager");
    const QString logindPath = QStringLiteral("/org/freedesktop/login1");
    if (command == QLatin1String("sleep") || command == QLatin1String("resume")) {
        emitSignal(system, logindPath, manager, QStringLiteral("PrepareForSleep"),
                   {command == QLatin1String("sleep")});
    } else if (command == QLatin1String("locked-hint")) {
        setLockedHint(on);
    } else if (command == QLatin1String("lock") || command == QLatin1String("unlock")) {
        emitSignal(system, sessionPath, QStringLiteral("org.freedesktop.login1.Session"),
                   command == QLatin1String("lock") ? QStringLiteral("Lock")
                                                    : QStringLiteral("Unlock"),
                   {});
    } else if (command == QLatin1String("screensaver")) {
        const QString name = QStringLiteral("org.freedesktop.ScreenSaver");
        emitSignal(session, QStringLiteral("/org/freedesktop/ScreenSaver"), name,
                   QStringLiteral("ActiveChanged"), {on});
    } else if (command == QLatin1String("gnome-screensaver")) {
        const QString name = QStringLiteral("org.gnome.ScreenSaver");
        emitSignal(session, QStringLiteral("/org/gnome/ScreenSaver"), name,
                   QStringLiteral("ActiveChanged"), {on});
    } else {
        print(QStringLiteral("unknown command %1").arg(command));
        return;
    }
    print(QStringLiteral("sent %1 %2").arg(command, argument).trimmed());
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QDBusConnection system = QDBusConnection::systemBus();
    QDBusConnection session = QDBusConnection::sessionBus();
    LogindManager manager;
    if (!system.registerObject(QStringLiteral("/org/freedesktop/login1"), &manager,
                               QDBusConnection::ExportAllSlots |
                                   QDBusConnection::ExportAllProperties) ||
        !system.registerService(QStringLiteral("org.freedesktop.login1")) ||
        !session.registerService(QStringLiteral("org.freedesktop.ScreenSaver")) ||
        !session.registerService(QStringLiteral("org.gnome.ScreenSaver"))) {
        std::fprintf(stderr, "logind_standin: cannot own the names on the buses\n");
        return 1;
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[512];
        const ssize_t size = read(STDIN_FILENO, buffer, sizeof buffer);
        if (size <= 0) {
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, size);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QStringList words =
                QString::fromUtf8(pending.left(end)).split(' ', Qt::SkipEmptyParts);
            pending.remove(0, end + 1);
            if (!words.isEmpty()) {
                runCommand(words.value(0), words.value(1));
            }
        }
    });
    print(QStringLiteral("ready"));
    return app.exec();
}

#include "logind_standin.moc"
