// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace flexor::platform::history {

// A prepared statement over SQLite's C API, finalized on destruction. Errors are returned
// as SQLite result codes so the caller can tell "corrupt" from "busy" from "full".
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    int prepareResult() const { return prepareResult_; }

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, std::string_view value);

    // SQLITE_ROW while rows come, SQLITE_DONE at the end, an error code otherwise.
    int step();
    // Runs the statement to its end; SQLITE_DONE on success.
    int run();

    std::int64_t integer(int column) const;
    std::string text(int column) const;

private:
    sqlite3_stmt* statement_ = nullptr;
    int prepareResult_ = SQLITE_OK;
};

// Runs SQL without results (several statements allowed); SQLITE_OK on success.
int execute(sqlite3* db, const char* sql);

} // namespace flexor::platform::history
