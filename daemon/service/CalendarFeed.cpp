// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarFeed.h"

#include "ChildProgram.h"
#include "dbus/StatusKeys.h"
#include "platform/SystemClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {

const QString kProgramName = QStringLiteral("flexor-calendar");
// A program that ends is started again after a minute, then after twice as long each time it
// ends again without having told any meetings, up to an hour.
constexpr int kRestartAfterMs = 60 * 1000;
constexpr int kRestartAtMostMs = 60 * 60 * 1000;
// A program that does not end within this once its input is closed (stopped, hung) is killed:
// the daemon waits no longer for it.
constexpr int kEndWithinMs = 300;

core::LocalTime localTimeOf(qint64 ms) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return core::LocalTime(std::chrono::seconds(at.toSecsSinceEpoch() + at.offsetFromUtc()));
}

// "2026-12-03T15:00:00+01:00": the local time with its offset, as people and programs read it.
QString isoLocal(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// The program logs "LEVEL message"; anything else (a crash report) is kept as a warning.
void logChildLine(const QByteArray& line) {
    const auto space = line.indexOf(' ');
    const auto level = spdlog::level::from_str(line.left(space).toStdString());
    if (space > 0 && level != spdlog::level::off) {
        spdlog::log(level, "{}", line.mid(space + 1).toStdString());
    } else if (!line.trimmed().isEmpty()) {
        spdlog::warn("calendar program: {}", line.toStdString());
    }
}

} // namespace

CalendarFeed::CalendarFeed(bool verbose, QObject* parent)
    : QObject(parent)
    , verbose_(verbose) {
    restart_.setSingleShot(true);
    restart_.setInterval(kRestartAfterMs);
    connect(&restart_, &QTimer::timeout, this, &CalendarFeed::start);
    connect(&process_, &QProcess::readyReadStandardOutput, this, &CalendarFeed::readMeetings);
    connect(&process_, &QProcess::readyReadStandardError, this, &CalendarFeed::readLog);
    connect(&process_, &QProcess::finished, this, &CalendarFeed::onExited);
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            spdlog::error("calendar: the calendar program could not start: {}",
                          process_.errorString().toStdString());
            scheduleRestart();
        }
    });
}

CalendarFeed::~CalendarFeed() {
    stop();
}

void CalendarFeed::apply(const config::Config& config) {
    QStringList args;
    for (const auto& word : config.calendarIgnore) {
        args << QStringLiteral("--ignore") << QString::fromStdString(word);
    }
    if (config.calendarTitles) {
        args << QStringLiteral("--titles");
    }
    if (verbose_) {
        args << QStringLiteral("--verbose");
    }
    for (const auto& source : config.calendars) {
        args << QString::fromStdString(source);
    }
    if (config.calendars.empty()) {
        args.clear();
    }
    if (args == arguments_) {
        return;
    }
    arguments_ = args;
    sources_ = config.calendars.size();
    stop();
    if (!meetings_.empty()) {
        meetings_.clear();
        emit happened(core::event::CalendarBusy{});
    }
    if (!arguments_.isEmpty()) {
        start();
    } else {
        spdlog::info("calendar: off");
    }
}

void CalendarFeed::start() {
    if (arguments_.isEmpty() || process_.state() != QProcess::NotRunning) {
        return;
    }
    out_.clear();
    err_.clear();
    stopping_ = false;
    spdlog::info("calendar: following {} calendar(s)", sources_);
    process_.start(childProgramPath(kProgramName), arguments_);
    tellPresence();
}

void CalendarFeed::stop() {
    restart_.stop();
    if (process_.state() == QProcess::NotRunning) {
        return;
    }
    stopping_ = true;
    process_.closeWriteChannel(); // the program ends when its input does
    if (!process_.waitForFinished(kEndWithinMs)) {
        process_.kill();
        process_.waitForFinished(1000);
    }
}

void CalendarFeed::setUserPresent(bool present) {
    if (present == present_) {
        return;
    }
    present_ = present;
    tellPresence();
}

void CalendarFeed::tellPresence() {
    if (process_.state() != QProcess::NotRunning) {
        process_.write(present_ ? "active\n" : "inactive\n");
    }
}

void CalendarFeed::readMeetings() {
    out_ += process_.readAllStandardOutput();
    for (auto end = out_.indexOf('\n'); end >= 0; end = out_.indexOf('\n')) {
        const QByteArray line = out_.left(end);
        out_.remove(0, end + 1);
        const QJsonArray busy =
            QJsonDocument::fromJson(line).object().value(QLatin1String("busy")).toArray();
        meetings_.clear();
        for (const auto& item : busy) {
            const QJsonObject o = item.toObject();
            meetings_.push_back({static_cast<qint64>(o.value(QLatin1String("start")).toDouble()),
                                 static_cast<qint64>(o.value(QLatin1String("end")).toDouble()),
                                 o.value(QLatin1String("title")).toString()});
        }
        // The calendar's wall time on the engine's clock, as of now.
        const auto now = platform::now();
        const qint64 wall = platform::wallMilliseconds();
        core::event::CalendarBusy event;
        for (const auto& m : meetings_) {
            event.meetings.push_back({now.mono + core::Duration(m.startMs - wall),
                                      now.mono + core::Duration(m.endMs - wall),
                                      localTimeOf(m.startMs)});
        }
        restart_.setInterval(kRestartAfterMs); // it works: the next failure waits a minute
        spdlog::info("calendar: {} meeting(s) in the day ahead", meetings_.size());
        emit happened(event);
    }
}

void CalendarFeed::readLog() {
    err_ += process_.readAllStandardError();
    for (auto end = err_.indexOf('\n'); end >= 0; end = err_.indexOf('\n')) {
        logChildLine(err_.left(end));
        err_.remove(0, end + 1);
    }
}

void CalendarFeed::onExited(int exitCode, QProcess::ExitStatus status) {
    if (stopping_) {
        return;
    }
    spdlog::warn("calendar: the calendar program ended ({}); starting it again in {} min; the "
                 "meetings it told stay",
                 status == QProcess::CrashExit ? std::string("crashed")
                                               : "exit code " + std::to_string(exitCode),
                 restart_.interval() / 60000);
    scheduleRestart();
}

void CalendarFeed::scheduleRestart() {
    restart_.start();
    restart_.setInterval(std::min(restart_.interval() * 2, kRestartAtMostMs)); // the next one
}

void CalendarFeed::addTo(QVariantMap& status) const {
    const qint64 wall = platform::wallMilliseconds();
    for (const auto& m : meetings_) {
        if (m.endMs > wall) {
            // Flat keys: a nested dictionary does not survive D-Bus as plainly.
            status.insert(dbus::status_key::kNextMeetingStart, isoLocal(m.startMs));
            status.insert(dbus::status_key::kNextMeetingEnd, isoLocal(m.endMs));
            if (!m.title.isEmpty()) {
                status.insert(dbus::status_key::kNextMeetingTitle, m.title);
            }
            return;
        }
    }
}

} // namespace flexor::service
