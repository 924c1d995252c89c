// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A bounded random-mutation fuzzer for the config and routine loaders. It starts from a corpus
// of real files (the shipped config and routines, the test fixtures), mutates them with byte
// edits, TOML tokens, splices and deep repetitions, and feeds every input to both loaders.
// Built with the sanitizers (FLEXOR_SANITIZE=ON), a crash, a leak or undefined behaviour ends
// the run with the input saved next to the binary. Deterministic for a given seed, so CI runs
// the same inputs every time; tests/fuzz/run-long runs it for longer with fresh seeds.
//
// Usage: flexor_loader_fuzz [--runs N] [--seed S] [--seconds T] CORPUS_FILE_OR_DIR...

#include "config/ConfigLoader.h"
#include "config/RoutineLoader.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Pieces of TOML syntax a mutation may insert: the loaders' interesting corners.
constexpr std::array<std::string_view, 34> kTokens{
    ".",           "[",         "]",
    "[[",          "]]",        "{",
    "}",           "=",         ",",
    "\"",          "'",         "\"\"\"",
    "'''",         "\\",        "\\u",
    "#",           "\n",        " ",
    "\t",          "\r\n",      "1",
    "-1",          "1.5e308",   "inf",
    "nan",         "true",      "1979-05-27T07:32:00Z",
    "\"45\"",      "\"1h30m\"", "\"99999999999h\"",
    "[[step]]\n",  "k.k.k",     "\xff\xfe",
    "\xe2\x80\xae"};

// Repeated many times, these build deep keys, deep nesting and long runs.
constexpr std::array<std::string_view, 8> kDeepTokens{
    "k.", "\"q\".", "[", "{a=", "[{b.", "a", "\\", "#"};

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> loadCorpus(const std::vector<fs::path>& roots) {
    std::vector<std::string> corpus;
    for (const auto& root : roots) {
        if (fs::is_directory(root)) {
            for (const auto& entry : fs::recursive_directory_iterator(root)) {
                if (entry.is_regular_file() && entry.path().extension() == ".toml") {
                    corpus.push_back(readFile(entry.path()));
                }
            }
        } else if (fs::is_regular_file(root)) {
            corpus.push_back(readFile(root));
        }
    }
    return corpus;
}

class Mutator {
public:
    explicit Mutator(std::uint64_t seed)
        : random_(seed) {}

    std::string mutate(std::string text, const std::vector<std::string>& corpus) {
        const int edits = 1 + below(8);
        for (int i = 0; i < edits; ++i) {
            editOnce(text, corpus);
        }
        return text;
    }

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
    std::size_t position(const std::string& text) {
        return std::uniform_int_distribution<std::size_t>(0, text.size())(random_);
    }

    void editOnce(std::string& text, const std::vector<std::string>& corpus) {
        switch (below(9)) {
        case 0: // flip a byte
            if (!text.empty()) {
                text[position(text) % text.size()] ^= static_cast<char>(1 << below(8));
            }
            break;
        case 1: // a random byte
            text.insert(position(text), 1, static_cast<char>(below(256)));
            break;
        case 2: // a TOML token
        case 3:
            text.insert(position(text), kTokens[static_cast<std::size_t>(below(kTokens.size()))]);
            break;
        case 4: { // delete a chunk
            const auto at = position(text);
            text.erase(at, static_cast<std::size_t>(below(64)));
            break;
        }
        case 5: { // duplicate a chunk
            const auto at = position(text);
            const auto chunk = text.substr(at, static_cast<std::size_t>(below(128)));
            text.insert(position(text), chunk);
            break;
        }
        case 6: { // splice a line from another corpus file
            const auto& other =
                corpus[static_cast<std::size_t>(below(static_cast<int>(corpus.size())))];
            const auto from = position(other);
            const auto end = other.find('\n', from);
            text.insert(position(text),
                        other.substr(from, end == std::string::npos ? end : end - from + 1));
            break;
        }
        case 7: { // a deep repetition: nesting, long keys, long strings
            const std::string_view token =
                kDeepTokens[static_cast<std::size_t>(below(kDeepTokens.size()))];
            std::string run;
            const int count = 1 << below(18); // up to 131072 copies: deeper than any stack
            for (int i = 0; i < count; ++i) {
                run += token;
            }
            // Half the time at the start of a line, where a key or a table header begins.
            auto at = position(text);
            if (below(2) == 0) {
                const auto lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
                at = lineStart == std::string::npos || at == 0 ? 0 : lineStart + 1;
            }
            text.insert(at, run);
            break;
        }
        case 8: // cut the file short, as a half-written save is
            text.resize(position(text));
            break;
        }
    }

    std::mt19937_64 random_;
};

void saveCrashCandidate(const std::string& input) {
    // Written before each run and removed after: what survives a crash is the input that did it.
    std::ofstream("flexor-fuzz-current-input.toml", std::ios::binary) << input;
}

} // namespace

int main(int argc, char** argv) {
    long runs = 20'000;
    std::uint64_t seed = 1;
    double seconds = 0; // 0: no time limit, stop after `runs`
    std::vector<fs::path> roots;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--runs" && i + 1 < argc) {
            runs = std::atol(argv[++i]);
        } else if (arg == "--seed" && i + 1 < argc) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (arg == "--seconds" && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else {
            roots.emplace_back(argv[i]);
        }
    }
    const auto corpus = loadCorpus(roots);
    if (corpus.empty()) {
        std::cerr << "flexor_loader_fuzz: no .toml files in the corpus\n";
        return 2;
    }
    const bool keepInput = std::getenv("FLEXOR_FUZZ_KEEP_INPUT") != nullptr;
    Mutator mutator(seed);
    const auto start = std::chrono::steady_clock::now();
    long done = 0;
    long rejected = 0;
    for (; done < runs; ++done) {
        if (seconds > 0 &&
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >
                seconds) {
            break;
        }
        const auto& base = corpus[static_cast<std::size_t>(done) % corpus.size()];
        const std::string input = mutator.mutate(base, corpus);
        if (keepInput) {
            saveCrashCandidate(input);
        }
        const auto config = flexor::config::parseConfig(input, "fuzz.toml");
        const auto routine = flexor::config::parseRoutine(input, "fuzz.toml", "fuzz", {});
        // The contract: a result, or at least one error saying why not.
        if (!config.config && !config.hasErrors()) {
            std::cerr << "config without a result and without an error (seed " << seed << ", input "
                      << done << ")\n";
            saveCrashCandidate(input);
            return 1;
        }
        if (!routine.routine && !routine.hasErrors()) {
            std::cerr << "routine without a result and without an error (seed " << seed
                      << ", input " << done << ")\n";
            saveCrashCandidate(input);
            return 1;
        }
        rejected += config.config ? 0 : 1;
    }
    if (keepInput) {
        std::remove("flexor-fuzz-current-input.toml");
    }
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("fuzzed %ld inputs from %zu corpus files (seed %llu) in %.1f s: 0 crashes, "
                "%ld configs refused with an error\n",
                done, corpus.size(), static_cast<unsigned long long>(seed), took, rejected);
    return 0;
}
