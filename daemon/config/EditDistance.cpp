// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EditDistance.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace flexor::config {

namespace {

char folded(char c) {
    return c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// A suggestion is worth making while at most half of the longer word has to change.
bool closeEnough(std::size_t distance, std::string_view a, std::string_view b) {
    return distance <= std::max<std::size_t>(2, std::max(a.size(), b.size()) / 2);
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    // Optimal string alignment over three rolling rows: before last, last, current.
    const std::size_t width = b.size() + 1;
    std::vector<std::size_t> beforeLast(width), last(width), current(width);
    for (std::size_t j = 0; j < width; ++j) {
        last[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j < width; ++j) {
            const bool same = folded(a[i - 1]) == folded(b[j - 1]);
            current[j] = std::min({last[j] + 1, current[j - 1] + 1, last[j - 1] + (same ? 0 : 1)});
            const bool swapped = i > 1 && j > 1 && folded(a[i - 1]) == folded(b[j - 2]) &&
                                 folded(a[i - 2]) == folded(b[j - 1]);
            if (swapped) {
                current[j] = std::min(current[j], beforeLast[j - 2] + 1);
            }
        }
        std::swap(beforeLast, last);
        std::swap(last, current);
    }
    return last[b.size()];
}

std::optional<std::string> closestMatch(std::string_view word,
                                        std::span<const std::string_view> candidates) {
    std::optional<std::string_view> best;
    std::size_t bestDistance = 0;
    for (const auto candidate : candidates) {
        // The distance is at least the difference in length: past twice the candidate's
        // length it can never be close enough, and a huge word would cost seconds.
        if (word.size() > 2 * candidate.size() + 4) {
            continue;
        }
        const auto distance = editDistance(word, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (!best || !closeEnough(bestDistance, word, *best)) {
        return std::nullopt;
    }
    return std::string(*best);
}

} // namespace flexor::config
