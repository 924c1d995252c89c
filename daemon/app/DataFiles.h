// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace flexor::app {

// The installed reference config (share/flexor/default.toml), or the source tree's copy
// when running from a build folder. Empty when neither exists.
QString referenceConfigPath();

} // namespace flexor::app
