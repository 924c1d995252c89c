// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TomlNesting.h"

#include <vector>

namespace flexor::config {

namespace {

// Walks the text once, keeping line and column (in bytes, 1-based, as toml++ reports them for
// ASCII) and skipping strings and comments. Depth is counted over-generously: every dot of a key
// path (or of a float, which is harmless) and every open bracket or brace adds one; the depth
// reached before an opening bracket carries into it, as an inline table's keys sit below the
// key that holds it.
class NestingScanner {
public:
    NestingScanner(std::string_view text, const std::string& sourceName)
        : text_(text)
        , sourceName_(sourceName) {}

    std::optional<Diagnostic> run() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '#') {
                skipComment();
            } else if (c == '"' || c == '\'') {
                skipString(c);
            } else if (c == '.') {
                ++run_;
                if (tooDeep()) {
                    return problem();
                }
                advance();
            } else if (c == '[' || c == '{') {
                opened_.push_back(depth() + 1);
                run_ = 0;
                if (tooDeep()) {
                    return problem();
                }
                advance();
            } else if (c == ']' || c == '}') {
                if (!opened_.empty()) {
                    opened_.pop_back();
                }
                run_ = 0;
                advance();
            } else {
                if (c == '=' || c == ',' || c == '\n') {
                    run_ = 0;
                }
                advance();
            }
        }
        return std::nullopt;
    }

private:
    int depth() const { return (opened_.empty() ? 0 : opened_.back()) + run_; }
    bool tooDeep() const { return depth() > kMaxTomlNesting; }

    Diagnostic problem() const {
        return Diagnostic{Diagnostic::Severity::Error, sourceName_, line_, column_,
                          "keys, arrays and inline tables are nested more than " +
                              std::to_string(kMaxTomlNesting) + " levels deep"};
    }

    void advance() {
        if (text_[pos_] == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        ++pos_;
    }

    bool startsWith(std::string_view what) const { return text_.substr(pos_, what.size()) == what; }

    void skipComment() {
        while (pos_ < text_.size() && text_[pos_] != '\n') {
            advance();
        }
    }

    // Basic strings know backslash escapes; literal strings do not. An unterminated string ends
    // the scan quietly: toml++ then reports it with its own position.
    void skipString(char quote) {
        const bool basic = quote == '"';
        const std::string triple(3, quote);
        const bool multiline = startsWith(triple);
        for (std::size_t i = 0; i < (multiline ? 3u : 1u); ++i) {
            advance();
        }
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (basic && c == '\\') {
                advance();
                if (pos_ < text_.size()) {
                    advance();
                }
                continue;
            }
            if (!multiline && c == '\n') {
                return;
            }
            if (multiline ? startsWith(triple) : c == quote) {
                for (std::size_t i = 0; i < (multiline ? 3u : 1u); ++i) {
                    advance();
                }
                // Up to two more quotes may close a multi-line string ("""a"""").
                while (multiline && pos_ < text_.size() && text_[pos_] == quote) {
                    advance();
                }
                return;
            }
            advance();
        }
    }

    std::string_view text_;
    const std::string& sourceName_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    int run_ = 0;             // dots in the key (or value) being read
    std::vector<int> opened_; // the depth inside each open bracket or brace
};

} // namespace

std::optional<Diagnostic> checkTomlNesting(std::string_view text, const std::string& sourceName) {
    return NestingScanner(text, sourceName).run();
}

} // namespace flexor::config
