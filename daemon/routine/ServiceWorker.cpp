// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServiceWorker.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

// How long the owner's end waits for the worker to hang up. A service that hangs keeps the
// worker in a call that never returns: it is left behind and ends with the program.
constexpr auto kCloseWait = std::chrono::milliseconds(500);

struct Queued {
    ServiceWorker::Job job;
    ServiceWorker::Clock::time_point at;
};

} // namespace

struct ServiceWorker::Shared {
    std::string name;
    std::shared_ptr<Connection> connection;
    Clock::duration stale{};
    std::mutex mutex;
    std::condition_variable wake;   // a job or quit for the worker
    std::condition_variable closed; // the worker is done
    std::deque<Queued> jobs;
    bool quit = false;
    bool silent = false; // no service, or it failed: post() drops jobs at once
    bool done = false;
};

namespace {

// Waits for the next job; false once asked to quit and nothing is left. Jobs queued just before
// the end (the routine's last cue) are still run: the service plays them on.
bool next(ServiceWorker::Shared& shared, Queued& queued) {
    std::unique_lock lock(shared.mutex);
    shared.wake.wait(lock, [&] { return shared.quit || !shared.jobs.empty(); });
    if (shared.jobs.empty()) {
        return false;
    }
    queued = std::move(shared.jobs.front());
    shared.jobs.pop_front();
    return true;
}

void goSilent(ServiceWorker::Shared& shared) {
    const std::lock_guard lock(shared.mutex);
    shared.silent = true;
    shared.jobs.clear();
}

void run(const std::shared_ptr<ServiceWorker::Shared>& shared) {
    ServiceWorker::Connection& connection = *shared->connection;
    const bool open = connection.open();
    bool ended = false;
    {
        // Never held across a call to the service: post() on the UI thread takes it too.
        const std::lock_guard lock(shared->mutex);
        ended = shared->quit;
        if (ended) { // the owner went while the service was starting: nothing more to say
            shared->jobs.clear();
        } else if (!open) {
            shared->silent = true;
            shared->jobs.clear();
        }
    }
    if (!ended) {
        connection.opened(open);
    }
    Queued queued;
    while (open && next(*shared, queued)) {
        if (queued.job.timely && ServiceWorker::Clock::now() - queued.at > shared->stale) {
            spdlog::debug("{}: {} dropped, its moment has passed", shared->name, queued.job.what);
            continue;
        }
        if (!queued.job.run()) {
            goSilent(*shared);
            break;
        }
    }
    if (open) {
        connection.close();
    }
    const std::lock_guard lock(shared->mutex);
    shared->done = true;
    shared->closed.notify_all();
}

} // namespace

ServiceWorker::ServiceWorker(std::string name, std::shared_ptr<Connection> connection,
                             Clock::duration stale, std::string hungLine)
    : shared_(std::make_shared<Shared>())
    , hungLine_(std::move(hungLine)) {
    shared_->name = std::move(name);
    shared_->connection = std::move(connection);
    shared_->stale = stale;
    worker_ = std::thread([shared = shared_] { run(shared); });
}

ServiceWorker::~ServiceWorker() {
    std::unique_lock lock(shared_->mutex);
    shared_->quit = true;
    shared_->wake.notify_all();
    const bool done = shared_->closed.wait_for(lock, kCloseWait, [this] { return shared_->done; });
    lock.unlock();
    if (done) {
        worker_.join();
    } else {
        // Stuck in a call to a service that does not answer: the shared state stays alive with
        // the thread, which goes when the program exits.
        spdlog::warn("{}", hungLine_);
        worker_.detach();
    }
}

void ServiceWorker::post(Job job) {
    const std::lock_guard lock(shared_->mutex);
    if (shared_->silent) {
        return;
    }
    shared_->jobs.push_back({std::move(job), Clock::now()});
    shared_->wake.notify_one();
}

void ServiceWorker::discardTimely() {
    const std::lock_guard lock(shared_->mutex);
    std::erase_if(shared_->jobs, [](const Queued& queued) { return queued.job.timely; });
}

} // namespace flexor::routine
