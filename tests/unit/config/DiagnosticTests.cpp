// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config/Diagnostic.h"

#include <doctest/doctest.h>

using namespace flexor::config;

TEST_CASE("a diagnostic prints like a compiler message") {
    CHECK(Diagnostic{Diagnostic::Severity::Error, "config.toml", 3, 16, "bad"}.toString() ==
          "config.toml:3:16: error: bad");
    CHECK(Diagnostic{Diagnostic::Severity::Warning, "a.toml", 7, 1, "odd"}.toString() ==
          "a.toml:7:1: warning: odd");
}

TEST_CASE("a diagnostic leaves out the position parts it does not know") {
    CHECK(Diagnostic{Diagnostic::Severity::Error, "config.toml", 0, 0, "unreadable"}.toString() ==
          "config.toml: error: unreadable");
    CHECK(Diagnostic{Diagnostic::Severity::Error, "config.toml", 4, 0, "bad line"}.toString() ==
          "config.toml:4: error: bad line");
}
