// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/PulseMeetingWatcher.h"

#include "platform/meeting/SocketAppearanceWatcher.h"

#include <QAbstractEventDispatcher>
#include <chrono>
#include <cstring>
#include <pulse/context.h>
#include <pulse/error.h>
#include <pulse/glib-mainloop.h>
#include <pulse/introspect.h>
#include <pulse/proplist.h>
#include <pulse/subscribe.h>
#include <spdlog/spdlog.h>
#include <string>
#include <utility>

namespace flexor::platform {

namespace {

constexpr const char* kPavucontrolId = "org.PulseAudio.pavucontrol";

bool isLevelMeter(const pa_source_output_info* info) {
    // PulseAudio serves a peak-detect stream through its "peaks" resampler: that is how every
    // level meter (pavucontrol's, a panel's volume applet) asks for one.
    if (info->resample_method && std::strcmp(info->resample_method, "peaks") == 0) {
        return true;
    }
    const char* app = pa_proplist_gets(info->proplist, PA_PROP_APPLICATION_ID);
    return app && std::strcmp(app, kPavucontrolId) == 0;
}

void onContextState(pa_context*, void* data) {
    static_cast<PulseMeetingWatcher*>(data)->contextStateChanged();
}

void onSubscription(pa_context*, pa_subscription_event_type_t type, uint32_t index, void* data) {
    static_cast<PulseMeetingWatcher*>(data)->subscriptionEvent(type, index);
}

void onSourceInfo(pa_context*, const pa_source_info* info, int eol, void* data) {
    if (eol == 0 && info) {
        static_cast<PulseMeetingWatcher*>(data)->sourceSeen(info->index, info->monitor_of_sink !=
                                                                             PA_INVALID_INDEX);
    }
}

void onSourceOutputInfo(pa_context*, const pa_source_output_info* info, int eol, void* data) {
    auto* watcher = static_cast<PulseMeetingWatcher*>(data);
    if (eol == 0 && info) {
        PulseMeetingWatcher::Stream stream;
        stream.source = info->source;
        stream.corked = info->corked != 0;
        stream.levelMeter = isLevelMeter(info);
        watcher->streamSeen(info->index, stream);
    } else if (eol > 0) {
        watcher->recompute(); // a list or a single answer is complete: one decision for it
    }
}

} // namespace

PulseMeetingWatcher::PulseMeetingWatcher(std::function<void()> changed, QObject* parent)
    : QObject(parent)
    , changed_(std::move(changed))
    , socketWatcher_(new SocketAppearanceWatcher(this)) {
    connect(socketWatcher_, &SocketAppearanceWatcher::appeared, this,
            &PulseMeetingWatcher::reconnect);
}

PulseMeetingWatcher::~PulseMeetingWatcher() {
    dropContext();
    if (loop_) {
        pa_glib_mainloop_free(loop_);
    }
}

bool PulseMeetingWatcher::start() {
    // libpulse's GLib loop adds its sources to the default GLib context; they are only served
    // if Qt's own loop is that GLib loop (it is, unless QT_NO_GLIB or a build without GLib).
    auto* dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib")) {
        spdlog::info("meeting: Qt does not run on the GLib loop; PulseAudio is not watched");
        return false;
    }
    loop_ = pa_glib_mainloop_new(nullptr);
    if (!connectContext()) {
        spdlog::info("meeting: no PulseAudio server to ask");
        return false;
    }
    return true;
}

bool PulseMeetingWatcher::connectContext() {
    pa_proplist* props = pa_proplist_new();
    pa_proplist_sets(props, PA_PROP_APPLICATION_NAME, "Flexor");
    pa_proplist_sets(props, PA_PROP_APPLICATION_ID, "io.github.flexor.Flexor");
    context_ = pa_context_new_with_proplist(pa_glib_mainloop_get_api(loop_), "Flexor", props);
    pa_proplist_free(props);
    if (!context_) {
        return false;
    }
    pa_context_set_state_callback(context_, onContextState, this);
    pa_context_set_subscribe_callback(context_, onSubscription, this);
    // Never start a sound server for Flexor's sake: watch only one that already runs.
    if (pa_context_connect(context_, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) {
        dropContext();
        return false;
    }
    return true;
}

void PulseMeetingWatcher::dropContext() {
    if (context_) {
        pa_context_set_state_callback(context_, nullptr, nullptr);
        pa_context_set_subscribe_callback(context_, nullptr, nullptr);
        pa_context_disconnect(context_);
        pa_context_unref(context_);
        context_ = nullptr;
    }
}

void PulseMeetingWatcher::contextStateChanged() {
    switch (pa_context_get_state(context_)) {
    case PA_CONTEXT_READY: {
        ready_ = true;
        const auto mask = static_cast<pa_subscription_mask_t>(PA_SUBSCRIPTION_MASK_SOURCE |
                                                              PA_SUBSCRIPTION_MASK_SOURCE_OUTPUT);
        pa_operation_unref(pa_context_subscribe(context_, mask, nullptr, nullptr));
        // Sources first: the server answers in order, so every stream's source is known by then.
        pa_operation_unref(pa_context_get_source_info_list(context_, onSourceInfo, this));
        pa_operation_unref(
            pa_context_get_source_output_info_list(context_, onSourceOutputInfo, this));
        if (lost_) {
            lost_ = false;
            socketWatcher_->stop();
            spdlog::info("meeting: PulseAudio is back; watching it again");
        } else {
            spdlog::info("meeting: watching PulseAudio for microphones (server {})",
                         pa_context_get_server(context_));
        }
        break;
    }
    case PA_CONTEXT_FAILED:
    case PA_CONTEXT_TERMINATED: {
        const std::string reason = pa_strerror(pa_context_errno(context_));
        if (ready_) {
            spdlog::warn("meeting: PulseAudio went away ({}); waiting for it to come back", reason);
            lost_ = true;
        } else if (lost_) {
            spdlog::debug("meeting: PulseAudio not back yet ({})", reason);
        } else {
            spdlog::info("meeting: no PulseAudio server to ask ({})", reason);
        }
        const bool wasReady = ready_;
        ready_ = false;
        forgetAll();
        // Inside libpulse's own callback the context cannot be released: right after it.
        QMetaObject::invokeMethod(
            this,
            [this, wasReady] {
                dropContext();
                if (wasReady) {
                    waitForServer();
                }
            },
            Qt::QueuedConnection);
        break;
    }
    default:
        break; // connecting, authorizing, setting the name: nothing to decide yet
    }
}

void PulseMeetingWatcher::waitForServer() {
    // The server's socket, where libpulse looks for it when no server is named: `native` in
    // PULSE_RUNTIME_PATH or $XDG_RUNTIME_DIR/pulse. A server named in PULSE_SERVER (perhaps
    // on another machine) has no file to follow.
    if (!qEnvironmentVariableIsEmpty("PULSE_SERVER")) {
        spdlog::info("meeting: PULSE_SERVER names the server; its return is not followed");
        return;
    }
    QString dir = qEnvironmentVariable("PULSE_RUNTIME_PATH");
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/pulse");
    }
    if (!socketWatcher_->watch(dir, QStringLiteral("native"))) {
        spdlog::warn("meeting: cannot watch {} for PulseAudio's return", dir.toStdString());
        return;
    }
    // A server that came back before the watch began is found by trying once.
    reconnect();
}

void PulseMeetingWatcher::reconnect() {
    if (context_) {
        return; // a try is under way (several events for one socket)
    }
    connectContext(); // a failure waits for the socket watch's next word
}

void PulseMeetingWatcher::subscriptionEvent(int facilityAndType, uint32_t index) {
    const int facility = facilityAndType & PA_SUBSCRIPTION_EVENT_FACILITY_MASK;
    const int type = facilityAndType & PA_SUBSCRIPTION_EVENT_TYPE_MASK;
    const bool removed = type == PA_SUBSCRIPTION_EVENT_REMOVE;
    if (facility == PA_SUBSCRIPTION_EVENT_SOURCE) {
        if (removed) {
            monitorSources_.erase(index);
        } else {
            pa_operation_unref(
                pa_context_get_source_info_by_index(context_, index, onSourceInfo, this));
        }
    } else if (facility == PA_SUBSCRIPTION_EVENT_SOURCE_OUTPUT) {
        if (removed) {
            streams_.erase(index);
            recompute();
        } else {
            pa_operation_unref(
                pa_context_get_source_output_info(context_, index, onSourceOutputInfo, this));
        }
    }
}

void PulseMeetingWatcher::sourceSeen(uint32_t index, bool monitor) {
    monitorSources_[index] = monitor;
}

void PulseMeetingWatcher::streamSeen(uint32_t index, const Stream& stream) {
    streams_[index] = stream;
}

void PulseMeetingWatcher::forgetAll() {
    monitorSources_.clear();
    streams_.clear();
    recompute();
}

void PulseMeetingWatcher::recompute() {
    bool now = false;
    for (const auto& [index, stream] : streams_) {
        const auto source = monitorSources_.find(stream.source);
        const bool monitor = source != monitorSources_.end() && source->second;
        now = now || (!stream.corked && !stream.levelMeter && !monitor);
    }
    if (now == microphone_) {
        return;
    }
    microphone_ = now;
    spdlog::info("meeting signals: {}", now ? "microphone" : "none");
    changed_();
}

} // namespace flexor::platform
