// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::cli {

enum class StatsFormat { Text, Json, Csv };

// `flexor stats [--days N] [--json | --csv]`: per-day statistics of the last `days` days
// (today included), read straight from the history database, read-only, so it works with
// or without a running daemon. Returns 0, or 1 when the history cannot be read, or 2 for
// a days count below 1.
int runStatsCommand(int days, StatsFormat format);

} // namespace flexor::cli
