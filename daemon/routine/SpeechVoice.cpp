// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpeechVoice.h"

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <libspeechd.h>
#include <mutex>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

using Clock = std::chrono::steady_clock;

// A line still waiting when the service is this late (it was spawned slowly, or answered
// slowly) belongs to a moment that has passed: "switch sides" said ten seconds late misleads.
constexpr auto kStaleLine = std::chrono::seconds(2);
// How long the window's closing waits for the worker to hang up. A service that hangs keeps
// the worker in a call that never returns: it is left behind and ends with the program.
constexpr auto kCloseWait = std::chrono::milliseconds(500);

struct Command {
    enum class Kind { Say, Cancel } kind;
    std::string text;
    Clock::time_point queued;
};

} // namespace

struct SpeechVoice::Shared {
    std::mutex mutex;
    std::condition_variable wake;   // a command or quit for the worker
    std::condition_variable closed; // the worker is done
    std::deque<Command> commands;
    bool quit = false;
    bool silent = false; // no service: say() drops lines at once
    bool done = false;
};

namespace {

// Waits for the next command; false once asked to quit and nothing is left. Lines queued just
// before the end (the routine's "done") are still handed over: the service speaks them on.
bool next(SpeechVoice::Shared& shared, Command& command) {
    std::unique_lock lock(shared.mutex);
    shared.wake.wait(lock, [&] { return shared.quit || !shared.commands.empty(); });
    if (shared.commands.empty()) {
        return false;
    }
    command = std::move(shared.commands.front());
    shared.commands.pop_front();
    return true;
}

void finish(SpeechVoice::Shared& shared) {
    const std::lock_guard lock(shared.mutex);
    shared.done = true;
    shared.closed.notify_all();
}

SPDConnection* connect(SpeechVoice::Shared& shared, const std::string& language) {
    // Single mode: no reader thread inside libspeechd; every call waits for its short reply.
    // Autospawn: a desktop that starts speech-dispatcher on demand only gets one this way.
    char* error = nullptr;
    SPDConnection* connection =
        spd_open2("flexor", "routine", nullptr, SPD_MODE_SINGLE, nullptr, 1, &error);
    const std::string reason = error ? error : "cannot connect";
    std::free(error); // NOLINT: libspeechd allocates it with malloc
    {
        // Never held across a libspeechd call: say() and stop() on the UI thread take it too.
        const std::lock_guard lock(shared.mutex);
        if (shared.quit) { // the routine ended while the service was starting: nothing to say
            shared.commands.clear();
            return connection;
        }
        if (connection == nullptr) {
            spdlog::warn("voice off: no speech service (speech-dispatcher): {}", reason);
            shared.silent = true;
            shared.commands.clear();
            return nullptr;
        }
    }
    if (!language.empty() && spd_set_language(connection, language.c_str()) < 0) {
        spdlog::warn("voice: speech-dispatcher refused the language {}; the user's own is used",
                     language);
    } else {
        spdlog::info("voice: speech-dispatcher, language {}", language.empty() ? "-" : language);
    }
    return connection;
}

void run(const std::shared_ptr<SpeechVoice::Shared>& shared, const std::string& language) {
    SPDConnection* connection = connect(*shared, language);
    Command command;
    while (connection != nullptr && next(*shared, command)) {
        if (command.kind == Command::Kind::Cancel) {
            spd_cancel(connection);
            continue;
        }
        if (Clock::now() - command.queued > kStaleLine) {
            spdlog::debug("voice: \"{}\" dropped, its moment has passed", command.text);
            continue;
        }
        // MESSAGE priority: queued behind a line still being spoken, never cut by the next cue.
        if (spd_say(connection, SPD_MESSAGE, command.text.c_str()) < 0) {
            spdlog::warn("voice off: speech-dispatcher refused a line; the routine goes on "
                         "silently");
            const std::lock_guard lock(shared->mutex);
            shared->silent = true;
            shared->commands.clear();
            break;
        }
        spdlog::debug("voice: \"{}\"", command.text);
    }
    if (connection != nullptr) {
        spd_close(connection);
    }
    finish(*shared);
}

} // namespace

SpeechVoice::SpeechVoice(bool wanted, std::string language) {
    if (!wanted) {
        return;
    }
    shared_ = std::make_shared<Shared>();
    // Connecting starts now, before the window shows, so the first line is not late.
    worker_ =
        std::thread([shared = shared_, language = std::move(language)] { run(shared, language); });
}

SpeechVoice::~SpeechVoice() {
    if (!shared_) {
        return;
    }
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
        spdlog::warn("voice off: speech-dispatcher never answered; the routine ran silently");
        worker_.detach();
    }
}

void SpeechVoice::say(const std::string& text) {
    if (!shared_ || text.empty()) {
        return;
    }
    const std::lock_guard lock(shared_->mutex);
    if (shared_->silent) {
        return;
    }
    shared_->commands.push_back({Command::Kind::Say, text, Clock::now()});
    shared_->wake.notify_one();
}

void SpeechVoice::stop() {
    if (!shared_) {
        return;
    }
    const std::lock_guard lock(shared_->mutex);
    if (shared_->silent) {
        return;
    }
    // Lines not yet handed to the service are dropped here; the one being spoken is cut there.
    std::erase_if(shared_->commands,
                  [](const Command& command) { return command.kind == Command::Kind::Say; });
    shared_->commands.push_back({Command::Kind::Cancel, {}, Clock::now()});
    shared_->wake.notify_one();
}

} // namespace flexor::routine
