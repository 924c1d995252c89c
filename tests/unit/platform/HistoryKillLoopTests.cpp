// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"
#include "platform/history/Schema.h"

#include <QProcess>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <set>
#include <sqlite3.h>

using namespace flexor::core;
using namespace flexor::platform::history;

namespace {

constexpr int kKills = 200;

// Runs the writer until it has printed `wanted` committed numbers, then kKills it with SIGKILL.
// Returns every number it printed on a complete line before it died.
std::vector<long long> writeAndKill(const std::filesystem::path& file, long long first,
                                    int wanted) {
    QProcess writer;
    writer.start(FLEXOR_HISTORY_WRITER, {QString::fromStdString(file), QString::number(first)});
    REQUIRE(writer.waitForStarted());
    QByteArray output;
    while (output.count('\n') < wanted) {
        INFO("writer output so far: " << output.toStdString());
        REQUIRE(writer.waitForReadyRead(10000));
        output += writer.readAllStandardOutput();
    }
    writer.kill();
    writer.waitForFinished();
    output += writer.readAllStandardOutput();

    std::vector<long long> printed;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece is an unfinished line
        bool isNumber = false;
        printed.push_back(lines[i].toLongLong(&isNumber));
        INFO("writer printed: " << lines[i].toStdString());
        REQUIRE(isNumber);
    }
    return printed;
}

std::string integrityCheck(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* check = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr);
    std::string result = sqlite3_step(check) == SQLITE_ROW
                             ? reinterpret_cast<const char*>(sqlite3_column_text(check, 0))
                             : sqlite3_errmsg(db);
    sqlite3_finalize(check);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("200 kill -9 of a writer in the middle of its writes lose no committed entry") {
    QTemporaryDir dir;
    const std::filesystem::path file = dir.filePath("history.sqlite").toStdString();
    std::set<long long> committed;
    long long next = 1;

    for (int round = 0; round < kKills; ++round) {
        // 0 kKills it while it opens (creating or migrating the schema); more, while it writes.
        const int wanted = round % 10 == 0 ? 0 : 1 + round % 4;
        for (long long seq : writeAndKill(file, next, wanted)) {
            committed.insert(seq);
            next = std::max(next, seq + 1);
        }
    }

    CHECK(integrityCheck(file) == "ok");
    HistoryStore store(file);
    REQUIRE(store.isOpen());
    CHECK(store.schemaVersion() == kCurrentSchemaVersion);
    std::set<long long> stored;
    const LocalTime now = localNow();
    for (const JournalEntry& e :
         store.entries(now - std::chrono::days(1), now + std::chrono::days(1))) {
        stored.insert(std::stoll(e.detail));
    }
    CHECK(committed.size() >= static_cast<std::size_t>(kKills));
    std::vector<long long> lost;
    std::set_difference(committed.begin(), committed.end(), stored.begin(), stored.end(),
                        std::back_inserter(lost));
    CHECK_MESSAGE(lost.empty(), "committed but missing: " << lost.size() << " entries");
}
