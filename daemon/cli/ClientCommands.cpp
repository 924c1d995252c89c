// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientCommands.h"

#include "CliText.h"
#include "CommandArgs.h"
#include "Flexor1Proxy.h"
#include "StatusOutput.h"
#include "core/DurationSyntax.h"
#include "dbus/ControlService.h"
#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "platform/DBusSubscription.h"
#include "platform/SystemClock.h"
#include "ui/TrayLook.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <optional>
#include <variant>

namespace flexor::cli {

namespace {

void printLine(FILE* stream, const QString& text) {
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

// Set by --activate (the desktop file's actions): only then may a call start the daemon.
bool activationAllowed = false;

bool notRunning(const QDBusError& error) {
    const QString name = error.name();
    return name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
           name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner") ||
           name == QLatin1String("org.freedesktop.DBus.Error.NoServer") ||
           name == QLatin1String("org.freedesktop.DBus.Error.Disconnected");
}

// Sends one call through the generated proxy and waits for its answer (a command has nothing
// else to do meanwhile); prints the daemon's error, if any, and returns the exit code.
// `method` is the proxy's member to call, e.g. [](Flexor1Proxy& d) { return d.Skip(); }.
template <typename Method>
int call(Method&& method, QVariantMap* statusOut = nullptr) {
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        printLine(stderr, tr("flexor: no session bus, so no running Flexor can be reached."));
        return kNotRunning;
    }
    // Where the D-Bus service file is installed, a call to the well-known name could start the
    // daemon. A status poll, a script or a test that stopped Flexor must find it stopped
    // (exit 2), so only a command the user gave from the desktop's launcher (--activate) may
    // start it; any other call goes to the running daemon's unique name, which starts nothing.
    QString service = QString::fromLatin1(dbus::kBusName);
    QDBusError error;
    if (!activationAllowed) {
        const QDBusReply<QString> owner = bus.interface()->serviceOwner(service);
        service = owner.value();
        error = owner.error();
    }
    if (!error.isValid()) {
        Flexor1Proxy daemon(service, QString::fromLatin1(dbus::kObjectPath), bus);
        daemon.setTimeout(10000);
        QDBusPendingCall pending = method(daemon);
        pending.waitForFinished();
        error = pending.error();
        if (!pending.isError() && statusOut) {
            *statusOut = QDBusPendingReply<QVariantMap>(pending).value();
        }
    }
    if (error.isValid()) {
        if (notRunning(error)) {
            printLine(stderr, tr("flexor: the daemon is not running (start it with: flexor)"));
            return kNotRunning;
        }
        printLine(stderr, QStringLiteral("flexor: ") + error.message());
        return kFailed;
    }
    return kOk;
}

// Matches the daemon's own bound on Snooze and Pause (ControlService): a week.
constexpr std::chrono::seconds kLongestDuration = std::chrono::hours(7 * 24);

enum class DurationProblem { NotADuration, TooLong };

// Whole seconds from 1 s to a week; anything longer is refused here, before it could wrap
// around the 32-bit argument of the D-Bus call into a different, shorter duration.
std::variant<uint, DurationProblem> durationSeconds(const QString& text) {
    const auto d = core::parseDuration(text.toStdString());
    if (!d || *d < std::chrono::seconds(1)) {
        return DurationProblem::NotADuration;
    }
    if (*d > kLongestDuration) {
        return DurationProblem::TooLong;
    }
    return static_cast<uint>(std::chrono::duration_cast<std::chrono::seconds>(*d).count());
}

int usageError(const QString& message) {
    printLine(stderr, QStringLiteral("flexor: ") + message);
    return kUsage;
}

void printStatus(const QVariantMap& status, const QString& format) {
    if (format == QLatin1String("--json")) {
        printLine(stdout, QString::fromUtf8(
                              QJsonDocument(statusJson(status)).toJson(QJsonDocument::Compact)));
    } else if (format == QLatin1String("--waybar")) {
        printLine(stdout, QString::fromUtf8(QJsonDocument(waybarJson(status, platform::now().local))
                                                .toJson(QJsonDocument::Compact)));
    } else {
        printLine(stdout, statusLine(status, platform::now().local));
    }
}

// D-Bus hands nested containers over as QDBusArgument: plain lists and maps for printing.
QVariant plainValue(const QVariant& value) {
    if (value.userType() != qMetaTypeId<QDBusArgument>()) {
        return value;
    }
    const auto argument = value.value<QDBusArgument>();
    if (argument.currentType() == QDBusArgument::MapType) {
        return qdbus_cast<QVariantMap>(argument);
    }
    QVariantList list;
    for (const auto& item : qdbus_cast<QVariantList>(argument)) {
        list.append(plainValue(item));
    }
    return list;
}

QVariantMap plainStatus(QVariantMap status) {
    for (auto it = status.begin(); it != status.end(); ++it) {
        it.value() = plainValue(it.value());
    }
    return status;
}

// Prints a new line on every StateChanged signal until the daemon goes away, and one at each
// step of the tray's ring in between: the daemon does not signal what only the clock changed,
// so the follower computes it from the last state (one timer, armed for the next step).
class StatusFollower : public QObject {
    Q_OBJECT
public:
    StatusFollower(QString format, const QVariantMap& status)
        : format_(std::move(format)) {
        nextStep_.setSingleShot(true);
        // Precise: a coarse timer may fire up to 5% early, before the step it is armed for.
        nextStep_.setTimerType(Qt::PreciseTimer);
        connect(&nextStep_, &QTimer::timeout, this, &StatusFollower::onStep);
        told(status);
    }
public slots:
    void onStateChanged(const QVariantMap& signalled) {
        const QVariantMap status = plainStatus(signalled);
        told(status);
        printStatus(status, format_);
    }
    void onOwnerChanged(const QString&, const QString&, const QString& newOwner) {
        if (newOwner.isEmpty()) {
            QCoreApplication::exit(kNotRunning);
        }
    }

private:
    void told(const QVariantMap& status) {
        told_ = status;
        toldAt_ = platform::now().mono;
        armForNextStep(status);
    }
    void onStep() {
        const auto status = dbus::projectedStatusMap(told_, platform::now().mono - toldAt_);
        printStatus(status, format_);
        armForNextStep(status);
    }
    void armForNextStep(const QVariantMap& status) {
        const auto engine = dbus::engineStatusFrom(status);
        if (!engine.streakRunning) {
            nextStep_.stop();
            return;
        }
        const core::Duration remindAfter =
            std::chrono::seconds(status.value(dbus::status_key::kRemindAfter).toUInt());
        nextStep_.start(ui::untilNextRingStep(engine.streak, remindAfter));
    }

    QString format_;
    QVariantMap told_;
    core::MonoTime toldAt_{};
    QTimer nextStep_;
};

int status(const CommandArgs& args) {
    if (!args.parsed() || !args.positional().isEmpty()) {
        return usageError(tr("status takes --json, --waybar and --follow"));
    }
    QString format; // the last of --json and --waybar counts
    for (const QString& name : args.optionNames()) {
        if (name == QLatin1String("json") || name == QLatin1String("waybar")) {
            format = QStringLiteral("--") + name;
        }
    }
    const bool follow = args.isSet(QStringLiteral("follow"));
    QVariantMap told;
    if (const int rc = call([](Flexor1Proxy& d) { return d.Status(); }, &told); rc != kOk) {
        return rc;
    }
    told = plainStatus(told);
    printStatus(told, format);
    if (!follow) {
        return kOk;
    }
    StatusFollower follower(format, told);
    const auto bus = QDBusConnection::sessionBus();
    const bool heard = platform::subscribe(bus, QString::fromLatin1(dbus::kBusName),
                                           QString::fromLatin1(dbus::kObjectPath),
                                           QString::fromLatin1(Flexor1Proxy::staticInterfaceName()),
                                           QStringLiteral("StateChanged"), &follower,
                                           SLOT(onStateChanged(QVariantMap))) &&
                       platform::subscribe(bus, QStringLiteral("org.freedesktop.DBus"),
                                           QStringLiteral("/org/freedesktop/DBus"),
                                           QStringLiteral("org.freedesktop.DBus"),
                                           QStringLiteral("NameOwnerChanged"), &follower,
                                           SLOT(onOwnerChanged(QString, QString, QString)),
                                           QStringList{QString::fromLatin1(dbus::kBusName)});
    if (!heard) {
        // Waiting for changes that can never arrive would look like a daemon with nothing to say.
        printLine(stderr, tr("flexor: cannot follow the daemon's changes on the session bus"));
        return kFailed;
    }
    return QCoreApplication::exec();
}

int snooze(const CommandArgs& args) {
    const QStringList words = args.positional();
    if (!args.parsed() || words.size() > 1) {
        return usageError(tr("snooze takes at most one duration, e.g. flexor snooze 15m"));
    }
    uint seconds = 0;
    if (words.size() == 1) {
        const auto parsed = durationSeconds(words[0]);
        if (std::holds_alternative<DurationProblem>(parsed)) {
            return std::get<DurationProblem>(parsed) == DurationProblem::TooLong
                       ? usageError(tr("'%1' is longer than a week; give a shorter duration")
                                        .arg(words[0]))
                       : usageError(
                             tr("'%1' is not a duration (e.g. 10m, 90s, 1h30m)").arg(words[0]));
        }
        seconds = std::get<uint>(parsed);
    }
    return call([seconds](Flexor1Proxy& d) { return d.Snooze(seconds); });
}

int pause(const CommandArgs& args) {
    const QStringList words = args.positional();
    if (!args.parsed() || words.size() > 1) {
        return usageError(tr("pause takes one duration or 'tomorrow'"));
    }
    uint seconds = 0; // until tomorrow
    if (words.size() == 1 && words[0] != QLatin1String("tomorrow")) {
        const auto parsed = durationSeconds(words[0]);
        if (std::holds_alternative<DurationProblem>(parsed)) {
            return std::get<DurationProblem>(parsed) == DurationProblem::TooLong
                       ? usageError(tr("'%1' is longer than a week; give a shorter duration or "
                                       "'tomorrow'")
                                        .arg(words[0]))
                       : usageError(tr("'%1' is not a duration or 'tomorrow'").arg(words[0]));
        }
        seconds = std::get<uint>(parsed);
    }
    return call([seconds](Flexor1Proxy& d) { return d.Pause(seconds); });
}

int stretch(const CommandArgs& args) {
    if (!args.parsed()) {
        return usageError(tr("stretch takes no option '%1', only a routine name (see "
                             "flexor --help)")
                              .arg(args.offending()));
    }
    if (args.positional().size() > 1) {
        return usageError(tr("stretch takes at most one routine name"));
    }
    const QString name = args.positional().value(0);
    return call([&name](Flexor1Proxy& d) { return d.StartRoutine(name); });
}

template <typename Method>
int noArguments(const CommandArgs& args, Method&& method) {
    if (!args.parsed() || !args.positional().isEmpty()) {
        return usageError(tr("%1 takes no arguments").arg(args.command()));
    }
    return call(std::forward<Method>(method));
}

} // namespace

bool isClientCommand(const QString& name) {
    static const QStringList names{QStringLiteral("status"),  QStringLiteral("snooze"),
                                   QStringLiteral("stretch"), QStringLiteral("skip"),
                                   QStringLiteral("pause"),   QStringLiteral("resume"),
                                   QStringLiteral("stand"),   QStringLiteral("sit"),
                                   QStringLiteral("reload"),  QStringLiteral("quit")};
    return names.contains(name);
}

QList<QCommandLineOption> clientCommandOptions(const QString& name) {
    if (name == QLatin1String("status")) {
        return {QCommandLineOption(QStringLiteral("json")),
                QCommandLineOption(QStringLiteral("waybar")),
                QCommandLineOption(QStringLiteral("follow"))};
    }
    return {};
}

int runClientCommand(const CommandArgs& args, bool activate) {
    activationAllowed = activate;
    const QString command = args.command();
    if (command == QLatin1String("status")) {
        return status(args);
    }
    if (command == QLatin1String("snooze")) {
        return snooze(args);
    }
    if (command == QLatin1String("stretch")) {
        return stretch(args);
    }
    if (command == QLatin1String("pause")) {
        return pause(args);
    }
    if (command == QLatin1String("skip")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.Skip(); });
    }
    if (command == QLatin1String("resume")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.Resume(); });
    }
    if (command == QLatin1String("stand")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.SetStanding(true); });
    }
    if (command == QLatin1String("sit")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.SetStanding(false); });
    }
    if (command == QLatin1String("reload")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.Reload(); });
    }
    if (command == QLatin1String("quit")) {
        return noArguments(args, [](Flexor1Proxy& d) { return d.Quit(); });
    }
    return usageError(tr("unknown command '%1' (see flexor --help)").arg(command));
}

int requestWindow(const QString& page, const QString& activationToken, bool activate) {
    activationAllowed = activate;
    return call([&](Flexor1Proxy& d) { return d.ShowWindow(page, activationToken); });
}

} // namespace flexor::cli

#include "ClientCommands.moc"
