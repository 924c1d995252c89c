// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineObserver.h"

#include <optional>
#include <string_view>

namespace flexor::platform::history {

// The names journal kinds are stored under: stable, so the database outlives enum reorderings,
// and readable by anyone who opens it with sqlite3.
std::string_view journalKindName(core::JournalKind kind);
std::optional<core::JournalKind> journalKindFromName(std::string_view name);

} // namespace flexor::platform::history
