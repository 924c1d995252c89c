// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"

#include <optional>
#include <string>
#include <string_view>

namespace flexor::config {

// How deep a key path plus its nested arrays and inline tables may go. Flexor's own files go
// two levels deep; toml++ recurses once per level (while parsing and again while destroying
// the tree), so a file of `k.k.k.…` thousands of levels deep would overflow the stack.
inline constexpr int kMaxTomlNesting = 64;

// A cheap scan of the raw text, before toml++ sees it: the first place where the nesting goes
// past kMaxTomlNesting, as an error at that line and column; nothing when the text is within
// bounds. Strings and comments are skipped, so a dot or bracket in them does not count.
std::optional<Diagnostic> checkTomlNesting(std::string_view text, const std::string& sourceName);

} // namespace flexor::config
