// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace flexor::config {

namespace {

// Call right after the failed system call, while errno still says why.
Diagnostic cannotBeRead(const std::filesystem::path& file) {
    const int reason = errno;
    return wholeFileDiagnostic(file.string(),
                               std::string("cannot be read: ") + std::strerror(reason));
}

Diagnostic tooLarge(const std::filesystem::path& file, std::string_view whatItIs) {
    return wholeFileDiagnostic(file.string(),
                               "is too large for a " + std::string(whatItIs) + " (more than " +
                                   std::to_string(kMaxTextFileBytes / 1024) + " KiB)");
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

} // namespace

std::variant<std::string, Diagnostic> readTextFile(const std::filesystem::path& file,
                                                   std::string_view whatItIs) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below refuses it.
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0) {
        return cannotBeRead(file);
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        return cannotBeRead(file);
    }
    if (S_ISDIR(info.st_mode)) {
        return wholeFileDiagnostic(file.string(), "is a directory, not a " + std::string(whatItIs));
    }
    if (!S_ISREG(info.st_mode)) {
        return wholeFileDiagnostic(file.string(), "is not a regular file, so it is not read as a " +
                                                      std::string(whatItIs));
    }
    if (static_cast<std::size_t>(info.st_size) > kMaxTextFileBytes) {
        return tooLarge(file, whatItIs);
    }
    // Read to one byte past the limit: the file may have grown since fstat.
    std::string text(kMaxTextFileBytes + 1, '\0');
    std::size_t filled = 0;
    while (filled < text.size()) {
        const ssize_t got = ::read(fd.get(), text.data() + filled, text.size() - filled);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return cannotBeRead(file);
        }
        if (got == 0) {
            break;
        }
        filled += static_cast<std::size_t>(got);
    }
    if (filled > kMaxTextFileBytes) {
        return tooLarge(file, whatItIs);
    }
    text.resize(filled);
    return text;
}

} // namespace flexor::config
