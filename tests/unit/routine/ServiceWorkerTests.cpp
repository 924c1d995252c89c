// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "routine/ServiceWorker.h"

#include <algorithm>
#include <condition_variable>
#include <doctest/doctest.h>
#include <mutex>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <string>
#include <vector>

using flexor::routine::ServiceWorker;
using namespace std::chrono_literals;

namespace {

// Generous for ASan on a loaded 2-core machine: only a hang would take this long.
constexpr auto kPatience = 10s;
constexpr auto kNeverStale = std::chrono::hours(1);
const std::string kHungLine = "test service never answered";

// A service whose connection records every call, and whose open() can be held up the way a
// service that accepts the connection and never answers holds it up.
class RecordingConnection : public ServiceWorker::Connection {
public:
    explicit RecordingConnection(bool present = true, bool hung = false)
        : present_(present)
        , hung_(hung) {}

    bool open() override {
        std::unique_lock lock(mutex_);
        calls_.emplace_back("open");
        changed_.notify_all();
        changed_.wait(lock, [this] { return !hung_; });
        return present_;
    }
    void opened(bool ok) override { record(ok ? "opened" : "no service"); }
    void close() override { record("close"); }

    void record(const std::string& call) {
        const std::lock_guard lock(mutex_);
        calls_.push_back(call);
        changed_.notify_all();
    }
    void answer() {
        const std::lock_guard lock(mutex_);
        hung_ = false;
        changed_.notify_all();
    }
    bool waitFor(const std::string& call) {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, kPatience, [&] {
            return std::find(calls_.begin(), calls_.end(), call) != calls_.end();
        });
    }
    std::vector<std::string> calls() {
        const std::lock_guard lock(mutex_);
        return calls_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::string> calls_;
    bool present_;
    bool hung_;
};

ServiceWorker::Job job(const std::shared_ptr<RecordingConnection>& connection, std::string name,
                       bool timely = true, bool served = true) {
    return {[connection, name, served] {
                connection->record(name);
                return served;
            },
            timely, name};
}

// The log lines written while it lives.
class CapturedLog {
public:
    CapturedLog()
        : previous_(spdlog::default_logger()) {
        auto logger = std::make_shared<spdlog::logger>(
            "test", std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_));
        logger->set_level(spdlog::level::debug);
        spdlog::set_default_logger(logger);
    }
    ~CapturedLog() { spdlog::set_default_logger(previous_); }
    CapturedLog(const CapturedLog&) = delete;
    CapturedLog& operator=(const CapturedLog&) = delete;

    std::string text() {
        spdlog::default_logger()->flush();
        return stream_.str();
    }

private:
    std::ostringstream stream_;
    std::shared_ptr<spdlog::logger> previous_;
};

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("jobs wait for the connection, run in the order posted, and the end hangs up") {
    auto connection = std::make_shared<RecordingConnection>(true, true);
    {
        ServiceWorker worker("test", connection, kNeverStale, kHungLine);
        REQUIRE(connection->waitFor("open"));
        worker.post(job(connection, "a"));
        worker.post(job(connection, "b", false));
        connection->answer();
        REQUIRE(connection->waitFor("b"));
        worker.post(job(connection, "c")); // just before the end: still run
    }
    CHECK(connection->calls() ==
          std::vector<std::string>{"open", "opened", "a", "b", "c", "close"});
}

TEST_CASE("without a service the worker says so once and drops every job") {
    auto connection = std::make_shared<RecordingConnection>(false);
    {
        ServiceWorker worker("test", connection, kNeverStale, kHungLine);
        REQUIRE(connection->waitFor("no service"));
        worker.post(job(connection, "a"));
    }
    CHECK(connection->calls() == std::vector<std::string>{"open", "no service"});
}

TEST_CASE("a job the service fails silences the worker: it hangs up and drops the rest") {
    auto connection = std::make_shared<RecordingConnection>();
    {
        ServiceWorker worker("test", connection, kNeverStale, kHungLine);
        worker.post(job(connection, "a", true, false));
        REQUIRE(connection->waitFor("close"));
        worker.post(job(connection, "b"));
    }
    CHECK(connection->calls() == std::vector<std::string>{"open", "opened", "a", "close"});
}

TEST_CASE("a timely job whose moment passed while the service was late is dropped") {
    CapturedLog log;
    auto connection = std::make_shared<RecordingConnection>(true, true);
    {
        // Stale at once: anything that waited for the connection at all is late.
        ServiceWorker worker("test", connection, ServiceWorker::Clock::duration::zero(), kHungLine);
        worker.post(job(connection, "late cue"));
        worker.post(job(connection, "untimely", false));
        connection->answer();
        REQUIRE(connection->waitFor("untimely"));
    }
    CHECK(connection->calls() == std::vector<std::string>{"open", "opened", "untimely", "close"});
    CHECK(count(log.text(), "test: late cue dropped, its moment has passed") == 1);
}

TEST_CASE("discarding drops the timely jobs not yet run and keeps the others") {
    auto connection = std::make_shared<RecordingConnection>(true, true);
    {
        ServiceWorker worker("test", connection, kNeverStale, kHungLine);
        worker.post(job(connection, "line"));
        worker.post(job(connection, "cancel", false));
        worker.discardTimely();
        connection->answer();
        REQUIRE(connection->waitFor("cancel"));
    }
    CHECK(connection->calls() == std::vector<std::string>{"open", "opened", "cancel", "close"});
}

TEST_CASE("a service that never answers freezes neither the owner nor its end") {
    CapturedLog log;
    auto connection = std::make_shared<RecordingConnection>(true, true);
    auto worker = std::make_unique<ServiceWorker>("test", connection, kNeverStale, kHungLine);
    REQUIRE(connection->waitFor("open"));
    const auto posting = ServiceWorker::Clock::now();
    worker->post(job(connection, "a"));
    worker->discardTimely();
    worker->post(job(connection, "cancel", false));
    CHECK(ServiceWorker::Clock::now() - posting < 1s);

    const auto ending = ServiceWorker::Clock::now();
    worker.reset(); // waits a moment for the worker, then leaves it behind
    CHECK(ServiceWorker::Clock::now() - ending < 5s);
    CHECK(count(log.text(), kHungLine) == 1);

    // Left behind, the worker ends cleanly once the service answers, and runs nothing queued
    // for a routine that is over.
    connection->answer();
    REQUIRE(connection->waitFor("close"));
    CHECK(connection->calls() == std::vector<std::string>{"open", "close"});
    CHECK(count(log.text(), kHungLine) == 1);
}
