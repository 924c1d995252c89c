// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/ConfigEditor.h"
#include "platform/FileWatcher.h"

#include <QString>
#include <filesystem>

namespace flexor::start {

// Flexor's data folder (default.toml, routines/, poses/): share/flexor beside the folder of
// the running executable when it is there (a build tree, a relocated install), otherwise the
// folder it was installed to.
std::filesystem::path dataDir();

// The reference config (default.toml) in dataDir(). Empty when it is missing.
QString referenceConfigPath();

// The user's config.toml, edited with the reference config as its source of defaults.
config::ConfigEditor userConfigEditor();

// Watches the user's config.toml (making its folder, private, when it is missing) and says when
// it may have changed.
platform::FileWatcher* watchUserConfig(QObject* parent);

} // namespace flexor::start
