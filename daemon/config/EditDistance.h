// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace flexor::config {

// How many single-letter edits (insert, delete, replace, swap two neighbours) turn one word
// into the other. Letters are compared without case and '-' counts as '_', so a key written
// "Remind-After" is still recognised as remind_after.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to a misspelt word, or nothing when even the nearest one is so far
// away that suggesting it would confuse more than help.
std::optional<std::string> closestMatch(std::string_view word,
                                        std::span<const std::string_view> candidates);

} // namespace flexor::config
