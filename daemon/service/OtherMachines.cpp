// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OtherMachines.h"

#include "config/Config.h"
#include "config/Paths.h"
#include "platform/SystemClock.h"
#include "platform/share/ShareReader.h"
#include "platform/share/ShareWriter.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSysInfo>
#include <QVariantMap>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::service {

using namespace std::chrono;
using Answer = core::event::AnsweredElsewhere::Answer;

namespace {

std::string expandHome(const std::string& path) {
    if (path == "~" || path.starts_with("~/")) {
        return QDir::homePath().toStdString() + path.substr(1);
    }
    return path;
}

std::int64_t millis(core::Duration d) {
    return duration_cast<milliseconds>(d).count();
}

QString utcText(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A moment of the wall clock (UTC ms) on this machine's monotonic clock.
class ClockPair {
public:
    ClockPair()
        : now_(platform::now())
        , wall_(platform::wallMilliseconds()) {}
    core::MonoTime mono(std::int64_t wallMs) const {
        return now_.mono - milliseconds(wall_ - wallMs);
    }
    std::int64_t wall(core::MonoTime mono) const { return wall_ - millis(now_.mono - mono); }
    std::int64_t wall() const { return wall_; }

private:
    core::Instant now_;
    std::int64_t wall_;
};

} // namespace

std::unique_ptr<OtherMachines> OtherMachines::create(const config::Config& config) {
    if (config.shareFolder.empty()) {
        return nullptr;
    }
    const std::string folder = expandHome(config.shareFolder);
    if (!std::filesystem::path(folder).is_absolute()) {
        spdlog::warn("share: share_folder \"{}\" is not an absolute path (or ~/…); not shared",
                     config.shareFolder);
        return nullptr;
    }
    return std::unique_ptr<OtherMachines>(new OtherMachines(config, folder));
}

OtherMachines::OtherMachines(const config::Config& config, std::string folder)
    : host_(QSysInfo::machineHostName().toStdString())
    , settings_(config.engine) {
    const std::string id = platform::loadOrMakeDeviceId(config::stateDir());
    writer_ = std::make_unique<platform::ShareWriter>(folder, id, host_);
    writer_->open();
    writer_->prune(platform::wallMilliseconds(), config.historyDays);
    reader_ = new platform::ShareReader(
        folder, id, millis(settings_.shareSkew), [] { return platform::wallMilliseconds(); },
        [this](const std::string& machine, const std::vector<platform::ShareLine>& lines) {
            receive(machine, lines);
        },
        this);
    heartbeat_.setTimerType(Qt::VeryCoarseTimer);
    connect(&heartbeat_, &QTimer::timeout, this, &OtherMachines::beat);
    spdlog::info("share: this machine is {} ({}) in {}", id, host_, folder);
}

OtherMachines::~OtherMachines() {
    if (present_) {
        const std::int64_t now = platform::wallMilliseconds();
        write({now, "away", now, 0}); // quitting: the others need not wait for silence
    }
}

void OtherMachines::start() {
    setEngineSettings(settings_);
    presenceChanged(platform::wallMilliseconds());
    reader_->start();
}

void OtherMachines::setEngineSettings(const core::EngineSettings& settings) {
    settings_ = settings;
    heartbeat_.setInterval(std::max<milliseconds>(settings_.awayAfter, 1s));
}

void OtherMachines::write(platform::ShareLine line) {
    writer_->append(line);
}

void OtherMachines::presenceChanged(std::int64_t since) {
    const std::int64_t now = platform::wallMilliseconds();
    presentSince_ = since;
    write({now, present_ ? "present" : "away", since, 0});
    if (present_) {
        heartbeat_.start();
    } else {
        heartbeat_.stop();
    }
}

// While in use: the word that it still is, so the others can tell it from a machine gone.
void OtherMachines::beat() {
    write({platform::wallMilliseconds(), "present", presentSince_, 0});
}

void OtherMachines::noteLocal(const core::EngineEvent& event, const core::EngineStatus& after) {
    namespace ev = core::event;
    const ClockPair clock;
    std::int64_t awaySince = clock.wall();
    std::visit(
        [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ev::UserIdle>) {
                idle_ = true;
                awaySince = std::min(clock.wall(e.idleSince), clock.wall());
            } else if constexpr (std::is_same_v<E, ev::UserActive>) {
                idle_ = false;
            } else if constexpr (std::is_same_v<E, ev::ScreenLocked> ||
                                 std::is_same_v<E, ev::ScreenUnlocked>) {
                locked_ = std::is_same_v<E, ev::ScreenLocked>;
            } else if constexpr (std::is_same_v<E, ev::SleepStarted> ||
                                 std::is_same_v<E, ev::Resumed>) {
                asleep_ = std::is_same_v<E, ev::SleepStarted>;
            } else if constexpr (std::is_same_v<E, ev::PresentWithoutInput>) {
                inhibited_ = e.on;
            } else if constexpr (std::is_same_v<E, ev::Meeting>) {
                meeting_ = e.on;
            } else if constexpr (std::is_same_v<E, ev::Snooze>) {
                if (after.state == core::SittingState::Snoozed && after.stateEndsIn) {
                    write({clock.wall(), "snooze", 0, clock.wall() + millis(*after.stateEndsIn)});
                }
            } else if constexpr (std::is_same_v<E, ev::Skip>) {
                write({clock.wall(), "skip", 0, 0});
            } else if constexpr (std::is_same_v<E, ev::RoutineStarted>) {
                if (after.state == core::SittingState::InRoutine) {
                    write({clock.wall(), "routine-started", 0, 0});
                }
            } else if constexpr (std::is_same_v<E, ev::RoutineFinished> ||
                                 std::is_same_v<E, ev::ExternalBreak>) {
                write({clock.wall(), "break", 0, 0});
            } else if constexpr (std::is_same_v<E, ev::RoutineAbandoned>) {
                const bool tookBreak = e.ranFor >= settings_.minRoutine;
                write({clock.wall(), tookBreak ? "break" : "routine-ended", 0, 0});
            }
        },
        event);
    const bool present = !locked_ && !asleep_ && (!idle_ || inhibited_ || meeting_);
    if (present != present_) {
        present_ = present;
        presenceChanged(present ? clock.wall() : awaySince);
    }
}

void OtherMachines::receive(const std::string& machine,
                            const std::vector<platform::ShareLine>& lines) {
    namespace ev = core::event;
    const ClockPair clock;
    Seen& seen = seen_[machine];
    const bool wasPresent = seen.present;
    const platform::ShareLine* presence = nullptr;
    for (const auto& line : lines) {
        seen.last = std::max(seen.last, line.t);
        if (line.ev == "present" || line.ev == "away") {
            presence = &line; // of a batch read at once, the latest tells
            continue;
        }
        const auto at = clock.mono(line.t);
        if (line.ev == "break") {
            emit happened(ev::BreakElsewhere{machine, at});
        } else if (line.ev == "snooze") {
            emit happened(
                ev::AnsweredElsewhere{machine, Answer::Snooze, at, clock.mono(line.until)});
        } else if (line.ev == "skip") {
            emit happened(ev::AnsweredElsewhere{machine, Answer::Skip, at, at});
        } else if (line.ev == "routine-started") {
            emit happened(ev::AnsweredElsewhere{machine, Answer::RoutineStarted, at, at});
        } else if (line.ev == "routine-ended") {
            emit happened(ev::AnsweredElsewhere{machine, Answer::RoutineEnded, at, at});
        }
    }
    if (presence == nullptr) {
        return;
    }
    seen.present = presence->ev == "present";
    seen.since = presence->since;
    if (seen.present != wasPresent) {
        spdlog::info("share: {} ({}) {} since {}", reader_->hostOf(machine), machine,
                     seen.present ? "in use" : "away", utcText(seen.since).toStdString());
    }
    if (seen.present) {
        emit happened(
            ev::PresentElsewhere{machine, clock.mono(presence->since), clock.mono(presence->t)});
    } else {
        emit happened(ev::AwayElsewhere{machine, clock.mono(presence->since)});
    }
}

namespace {

// In use as last written, and heard of recently enough (the engine's silence rule).
bool inUse(bool present, std::int64_t last, const core::EngineSettings& settings) {
    const auto silentAfter =
        2 * std::max<core::Duration>(settings.awayAfter, 1s) + settings.shareSkew;
    return present && platform::wallMilliseconds() - last < millis(silentAfter);
}

} // namespace

QVariantList OtherMachines::machinesStatus() const {
    QVariantList list;
    for (const auto& [id, seen] : seen_) {
        QVariantMap machine;
        machine.insert(QStringLiteral("id"), QString::fromStdString(id));
        machine.insert(QStringLiteral("host"), QString::fromStdString(reader_->hostOf(id)));
        machine.insert(QStringLiteral("in_use"), inUse(seen.present, seen.last, settings_));
        machine.insert(QStringLiteral("since"), utcText(seen.since));
        machine.insert(QStringLiteral("last_seen"), utcText(seen.last));
        list.append(machine);
    }
    return list;
}

QString OtherMachines::withMachines(const QString& tooltip,
                                    const core::EngineStatus& status) const {
    using core::SittingState;
    if (status.state != SittingState::Sitting && status.state != SittingState::ReminderDue &&
        status.state != SittingState::Snoozed) {
        return tooltip;
    }
    QStringList names;
    if (!status.elsewhere) {
        names.append(QString::fromStdString(host_));
    }
    for (const auto& [id, seen] : seen_) {
        if (inUse(seen.present, seen.last, settings_)) {
            names.append(QString::fromStdString(reader_->hostOf(id)));
        }
    }
    if (names.size() < 2 && !status.elsewhere) {
        return tooltip;
    }
    QStringList lines = tooltip.split(QLatin1Char('\n'));
    //: The tray's tooltip: its first line, then the machines the sitting streak runs on
    //: ("Sitting since 14:05 · reminder at 14:50 (desk and laptop)").
    lines[0] = tr("%1 (%2)").arg(lines[0], QLocale().createSeparatedList(names));
    return lines.join(QLatin1Char('\n'));
}

} // namespace flexor::service
