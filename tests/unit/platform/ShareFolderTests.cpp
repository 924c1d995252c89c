// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared folder on a real file system: this machine's writer, another machine's reader,
// and what a sync engine does to the files in between (temporary files renamed into place,
// conflict copies), with hostile files a broken or malicious peer could leave there.

#include "platform/share/ShareLine.h"
#include "platform/share/ShareReader.h"
#include "platform/share/ShareWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

using namespace flexor::platform;
namespace fs = std::filesystem;

namespace {

// 2026-12-03 10:00:00 UTC: the tests' fixed wall clock.
constexpr std::int64_t kNow = 1796292000000;
constexpr std::int64_t kSkew = 30'000;
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

struct Seen {
    std::map<std::string, std::vector<ShareLine>> lines;
    std::size_t count() const {
        std::size_t n = 0;
        for (const auto& [id, list] : lines) {
            n += list.size();
        }
        return n;
    }
};

// Runs Qt's event loop until `done` holds, at most 5 s.
template <typename Condition>
bool processUntil(Condition done) {
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return done();
}

// Lets the loop run for a moment: for checks that something did NOT arrive.
void settle() {
    QDeadlineTimer deadline(300);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

ShareLine present(std::int64_t t) {
    return {t, "present", t, 0};
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

struct TwoMachines {
    QTemporaryDir tmp;
    fs::path folder = fs::path(tmp.path().toStdString()) / "Sync" / "flexor";
    ShareWriter laptop{folder, "laptop-id", "laptop"};
    Seen seen;
    ShareReader desk{folder, "desk-id", kSkew, [] { return kNow; },
                     [this](const std::string& id, const std::vector<ShareLine>& lines) {
                         auto& list = seen.lines[id];
                         list.insert(list.end(), lines.begin(), lines.end());
                     }};
    fs::path dayFile() const { return folder / "laptop-id" / "2026-12-03.jsonl"; }
};

} // namespace

TEST_CASE("a line survives formatting and parsing, and nothing else parses") {
    const ShareLine snooze{kNow, "snooze", 0, kNow + 600'000};
    CHECK(parseShareLine(formatShareLine(snooze).substr(0, formatShareLine(snooze).size() - 1)) ==
          snooze);
    CHECK(parseShareLine(R"({"t":1796292000000,"ev":"present","since":1796291000000})")->since ==
          1796291000000);
    CHECK_FALSE(parseShareLine(R"({"t":1796292000000,"ev":"keys","count":42})"));
    CHECK_FALSE(parseShareLine(R"({"t":"soon","ev":"break"})"));
    CHECK_FALSE(parseShareLine(R"({"t":1796292000000,"ev":"present"})")); // no since
    CHECK_FALSE(parseShareLine(std::string(600, '{')));
    CHECK_FALSE(parseShareLine(std::string("{\0\xff\xfe", 4)));
    CHECK(utcDayName(kNow) == "2026-12-03");
}

TEST_CASE("the other machine's lines are read as they are written, only the new ones") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    CHECK(fs::exists(m.folder / "laptop-id" / "device.json"));
    m.desk.start();
    CHECK(m.desk.hostOf("laptop-id") == "laptop");

    REQUIRE(m.laptop.append(present(kNow - 1000)));
    REQUIRE(processUntil([&] { return m.seen.count() == 1; }));
    REQUIRE(m.laptop.append({kNow, "away", kNow - 500, 0}));
    REQUIRE(processUntil([&] { return m.seen.count() == 2; }));
    CHECK(m.seen.lines["laptop-id"][1].ev == "away");
    settle();
    CHECK(m.seen.count() == 2);
}

TEST_CASE("a sync engine's rename brings the new lines, and partial files and conflicts are left") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    REQUIRE(m.laptop.append(present(kNow - 2000)));
    m.desk.start();
    REQUIRE(m.seen.count() == 1); // what was there at start

    // Syncthing writes the whole new version to a temporary file and renames it into place.
    const fs::path dir = m.folder / "laptop-id";
    std::ifstream old(m.dayFile());
    std::string text((std::istreambuf_iterator<char>(old)), {});
    text += formatShareLine({kNow, "snooze", 0, kNow + 600'000});
    writeFile(dir / ".syncthing.2026-12-03.jsonl.tmp", text);
    settle();
    CHECK(m.seen.count() == 1);
    fs::rename(dir / ".syncthing.2026-12-03.jsonl.tmp", m.dayFile());
    REQUIRE(processUntil([&] { return m.seen.count() == 2; }));
    CHECK(m.seen.lines["laptop-id"][1].ev == "snooze");

    writeFile(dir / "2026-12-03.sync-conflict-20261203-100000-ABCDEFG.jsonl",
              formatShareLine({kNow, "skip", 0, 0}));
    settle();
    CHECK(m.seen.count() == 2);
}

TEST_CASE("lines and files from a clock far ahead are ignored, within the skew they count") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    m.desk.start();
    REQUIRE(m.laptop.append(present(kNow + kSkew - 1000)));
    REQUIRE(m.laptop.append(present(kNow + 5 * 60'000)));
    REQUIRE(m.laptop.append({kNow + 2 * kDay, "break", 0, 0})); // a file for a later day
    REQUIRE(m.laptop.append({kNow, "break", 0, 0}));
    REQUIRE(processUntil([&] { return m.seen.count() == 2; }));
    settle();
    REQUIRE(m.seen.count() == 2);
    CHECK(m.seen.lines["laptop-id"][0].t == kNow + kSkew - 1000);
    CHECK(m.seen.lines["laptop-id"][1].ev == "break");
}

TEST_CASE("hostile files: huge, binary, deeply nested, symlinks out of the folder") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    const fs::path dir = m.folder / "laptop-id";
    writeFile(dir / "2026-12-02.jsonl", std::string(ShareReader::kMaxFileBytes + 10, '\n'));
    std::string garbage;
    for (int i = 0; i < 4096; ++i) {
        garbage += static_cast<char>((i * 131) % 256);
    }
    garbage += "\n" + std::string(100000, '[') + "\n" + formatShareLine(present(kNow));
    writeFile(m.dayFile(), garbage);
    // A machine folder and a device.json that point elsewhere are not followed.
    fs::create_directory_symlink("/etc", m.folder / "etc-link");
    fs::create_directories(m.folder / "evil");
    fs::create_symlink("/etc/passwd", m.folder / "evil" / "2026-12-03.jsonl");
    fs::create_symlink("/etc/hostname", m.folder / "evil" / "device.json");
    writeFile(m.folder / "not a machine", "x");

    m.desk.start();
    REQUIRE(processUntil([&] { return m.seen.count() == 1; }));
    CHECK(m.seen.lines["laptop-id"][0].ev == "present");
    CHECK(m.seen.lines.count("evil") == 0);
    CHECK(m.desk.hostOf("evil") == "evil");
}

TEST_CASE("a shared folder that vanishes is followed again when it comes back") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    m.desk.start();
    REQUIRE(m.laptop.append(present(kNow - 1000)));
    REQUIRE(processUntil([&] { return m.seen.count() == 1; }));

    fs::remove_all(m.folder.parent_path());
    settle();
    REQUIRE(m.laptop.open());
    REQUIRE(m.laptop.append({kNow, "break", 0, 0}));
    REQUIRE(processUntil([&] { return m.seen.count() == 2; }));
    CHECK(m.seen.lines["laptop-id"][1].ev == "break");
}

TEST_CASE("own day files older than history_days are pruned, others kept") {
    TwoMachines m;
    REQUIRE(m.laptop.open());
    REQUIRE(m.laptop.append({kNow - 40 * kDay, "break", 0, 0}));
    REQUIRE(m.laptop.append({kNow - 2 * kDay, "break", 0, 0}));
    REQUIRE(m.laptop.append({kNow, "break", 0, 0}));
    m.laptop.prune(kNow, 30);
    CHECK_FALSE(fs::exists(m.folder / "laptop-id" / utcDayName(kNow - 40 * kDay).append(".jsonl")));
    CHECK(fs::exists(m.folder / "laptop-id" / utcDayName(kNow - 2 * kDay).append(".jsonl")));
    CHECK(fs::exists(m.dayFile()));
    CHECK(fs::exists(m.folder / "laptop-id" / "device.json"));
}

TEST_CASE("the device id is made once and kept") {
    QTemporaryDir tmp;
    const fs::path state = tmp.path().toStdString();
    const std::string id = loadOrMakeDeviceId(state);
    CHECK(isDeviceId(id));
    CHECK(loadOrMakeDeviceId(state) == id);
    CHECK_FALSE(isDeviceId("../etc"));
    CHECK_FALSE(isDeviceId(""));
}
