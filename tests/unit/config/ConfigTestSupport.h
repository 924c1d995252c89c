// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/ConfigLoader.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace flexor::config::test {

inline std::filesystem::path testDataFile(std::string_view name) {
    return std::filesystem::path(FLEXOR_TEST_DATA_DIR) / "config" / name;
}

// The one problem a config text has; fails the test when there is not exactly one.
inline Diagnostic onlyDiagnostic(std::string_view text) {
    const auto result = parseConfig(text, "config.toml");
    REQUIRE(result.diagnostics.size() == 1);
    return result.diagnostics.front();
}

// A fresh directory under /tmp, removed with everything in it when the test ends.
class TempDir {
public:
    TempDir()
        : path_(std::filesystem::temp_directory_path() /
                ("flexor-config-test-" + std::to_string(std::random_device{}()))) {
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

    std::filesystem::path write(std::string_view name, std::string_view text) const {
        const auto file = path_ / name;
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
        return file;
    }

private:
    std::filesystem::path path_;
};

} // namespace flexor::config::test
