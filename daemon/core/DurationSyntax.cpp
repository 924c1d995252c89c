// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DurationSyntax.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>

namespace flexor::core {

namespace {

std::optional<Duration> unitLength(char unit) {
    switch (unit) {
    case 'h':
        return std::chrono::hours(1);
    case 'm':
        return std::chrono::minutes(1);
    case 's':
        return std::chrono::seconds(1);
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<Duration> parseDuration(std::string_view text) {
    Duration total{};
    bool sawPart = false;
    std::size_t i = 0;
    constexpr auto kMaxCount = std::numeric_limits<Duration::rep>::max() / 3'600'000 / 1000;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return std::nullopt;
        }
        Duration::rep count = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            count = count * 10 + (text[i] - '0');
            if (count > kMaxCount) {
                return std::nullopt;
            }
            ++i;
        }
        if (i == text.size()) {
            return std::nullopt; // a number without a unit
        }
        const auto unit = unitLength(text[i]);
        if (!unit) {
            return std::nullopt;
        }
        const Duration part = *unit * count;
        if (part > Duration::max() - total) {
            return std::nullopt; // many parts can overflow even when each one fits
        }
        total += part;
        sawPart = true;
        ++i;
    }
    if (!sawPart) {
        return std::nullopt;
    }
    return total;
}

std::string formatDuration(Duration d) {
    using namespace std::chrono;
    auto secs = duration_cast<seconds>(d).count();
    if (secs <= 0) {
        return "0s";
    }
    std::string out;
    const auto h = secs / 3600;
    const auto m = secs % 3600 / 60;
    const auto s = secs % 60;
    if (h > 0) {
        out += std::to_string(h) + "h";
    }
    if (m > 0) {
        out += std::to_string(m) + "m";
    }
    if (s > 0) {
        out += std::to_string(s) + "s";
    }
    return out;
}

std::optional<std::chrono::minutes> parseClockTime(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    for (std::size_t i : {0u, 1u, 3u, 4u}) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return std::nullopt;
        }
    }
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
        return std::nullopt;
    }
    return std::chrono::minutes(h * 60 + m);
}

std::string formatClockTime(std::chrono::minutes m) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(m.count() / 60),
                  static_cast<int>(m.count() % 60));
    return buf;
}

} // namespace flexor::core
