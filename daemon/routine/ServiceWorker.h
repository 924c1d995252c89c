// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace flexor::routine {

// Talks to a slow desktop service (speech-dispatcher, the sound server) on a worker thread of
// its own, so a service that is slow to start, or accepts the connection and never answers,
// never freezes the routine window: every call the service may block in runs on the worker,
// and the UI thread only queues jobs and returns.
//
// The worker opens the connection first, then runs the queued jobs in order. A timely job
// (a cue for a moment of the routine) still queued when its moment is long past (the service
// was slow to start, or to answer) is dropped: "switch sides" ten seconds late misleads. When the
// owner goes, the worker runs what is left and hangs up; if it is stuck in a call that never
// returns, it is left behind (it ends with the program) and `hungLine` explains the silence once.
class ServiceWorker {
public:
    using Clock = std::chrono::steady_clock;

    // The connection, used on the worker thread only. It lives as long as the worker, which may
    // outlive the owner.
    class Connection {
    public:
        virtual ~Connection() = default;
        // Connects; false when there is no service. May block.
        virtual bool open() = 0;
        // After open(), unless the owner went meanwhile (then nothing is said any more): logs
        // the one line for a missing service, or finishes setting up a working one.
        virtual void opened(bool ok) = 0;
        // Hangs up; called once the jobs are done, only after a successful open().
        virtual void close() = 0;
    };

    // A call to the service; false when the service failed it (the job logs the one line why):
    // the worker drops what is queued, hangs up and stays silent.
    struct Job {
        std::function<bool()> run;
        bool timely = false; // dropped when stale, and by discardTimely()
        std::string what;    // for the log line when it is dropped
    };

    // `name` prefixes the worker's own log lines ("voice", "sound cues"); a timely job still
    // queued `stale` after it was posted is dropped. The connection starts opening at once, so
    // the first job is not late.
    ServiceWorker(std::string name, std::shared_ptr<Connection> connection, Clock::duration stale,
                  std::string hungLine);
    ~ServiceWorker(); // waits briefly for the worker to hang up, else leaves it behind
    ServiceWorker(const ServiceWorker&) = delete;
    ServiceWorker& operator=(const ServiceWorker&) = delete;

    void post(Job job);   // dropped at once once the service is known to be missing or failed
    void discardTimely(); // drops the timely jobs not yet started (muted, paused, stopped)

    struct Shared; // what the worker and the owner share, behind a mutex

private:
    std::shared_ptr<Shared> shared_;
    std::string hungLine_;
    std::thread worker_;
};

} // namespace flexor::routine
