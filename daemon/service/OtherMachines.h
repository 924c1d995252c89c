// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineEvent.h"
#include "core/EngineSettings.h"
#include "core/SittingState.h"
#include "platform/share/ShareLine.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flexor::config {
struct Config;
} // namespace flexor::config

namespace flexor::platform {
class ShareReader;
class ShareWriter;
} // namespace flexor::platform

namespace flexor::service {

// The person's other machines, through the shared folder (share_folder): this machine's
// presence and answers go into its own subfolder, the others' come back as engine events.
// While this machine is in use it writes a heartbeat every away_after, so that the others
// can tell "still in use" from "gone"; otherwise it writes on changes only.
class OtherMachines : public QObject {
    Q_OBJECT
public:
    // Nothing when share_folder is empty.
    static std::unique_ptr<OtherMachines> create(const config::Config& config);
    ~OtherMachines() override;

    // Everything the engine was told on this machine (after it was told).
    void noteLocal(const core::EngineEvent& event, const core::EngineStatus& after);
    void setEngineSettings(const core::EngineSettings& settings);
    // Reads what the other machines wrote so far; call once its signal is connected.
    void start();

    // For `flexor status --json`: the other machines seen, with their last activity.
    QVariantList machinesStatus() const;
    // "… (desk and laptop)": the tooltip with the machines the streak runs on.
    QString withMachines(const QString& tooltip, const core::EngineStatus& status) const;

signals:
    void happened(const core::EngineEvent& event);

private:
    struct Seen {
        bool present = false;
        std::int64_t since = 0;
        std::int64_t last = 0; // the newest line's time
    };

    OtherMachines(const config::Config& config, std::string folder);
    void receive(const std::string& machine, const std::vector<platform::ShareLine>& lines);
    void write(platform::ShareLine line);
    void presenceChanged(std::int64_t since);
    void beat();

    std::unique_ptr<platform::ShareWriter> writer_;
    platform::ShareReader* reader_ = nullptr;
    std::string host_;
    core::EngineSettings settings_;
    QTimer heartbeat_;
    std::map<std::string, Seen> seen_;
    // This machine, as the engine's events tell it.
    bool idle_ = false;
    bool locked_ = false;
    bool asleep_ = false;
    bool inhibited_ = false;
    bool meeting_ = false;
    bool present_ = true;
    std::int64_t presentSince_ = 0;
};

} // namespace flexor::service
