// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatabaseFile.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace flexor::platform::history {

namespace {

constexpr mode_t kPrivateMode = 0600;

std::filesystem::path withSuffix(const std::filesystem::path& file, const char* suffix) {
    return std::filesystem::path(file.native() + suffix);
}

bool makePrivate(const std::filesystem::path& file, bool create) {
    const int flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0);
    const int fd = ::open(file.c_str(), flags, kPrivateMode);
    if (fd < 0) {
        return !create && errno == ENOENT;
    }
    struct stat status {};
    bool ok = ::fstat(fd, &status) == 0;
    if (ok && (status.st_mode & 07777) != kPrivateMode) {
        ok = ::fchmod(fd, kPrivateMode) == 0;
    }
    ::close(fd);
    return ok;
}

std::string timestamp(core::LocalTime now) {
    const auto day = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{now - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02u-%02d%02d%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

} // namespace

bool ensurePrivateDatabaseFile(const std::filesystem::path& file) {
    const auto folder = file.parent_path();
    std::error_code error;
    if (!folder.empty() && !std::filesystem::exists(folder, error)) {
        if (!std::filesystem::create_directories(folder, error)) {
            return false;
        }
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all, error);
    }
    return makePrivate(file, true) && makePrivate(withSuffix(file, "-wal"), false) &&
           makePrivate(withSuffix(file, "-shm"), false);
}

std::filesystem::path moveDatabaseAside(const std::filesystem::path& file, core::LocalTime now) {
    const std::string base = file.native() + ".corrupt-" + timestamp(now);
    std::filesystem::path aside = base;
    for (int n = 2; std::filesystem::exists(aside); ++n) {
        aside = base + "-" + std::to_string(n);
    }
    std::error_code error;
    std::filesystem::rename(file, aside, error);
    if (error) {
        return {};
    }
    const auto wal = withSuffix(file, "-wal");
    if (std::filesystem::exists(wal, error)) {
        std::filesystem::rename(wal, withSuffix(aside, "-wal"), error);
    }
    std::filesystem::remove(withSuffix(file, "-shm"), error);
    return aside;
}

} // namespace flexor::platform::history
