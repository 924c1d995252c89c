// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/PipeWireMeetingWatcher.h"

#include "platform/meeting/SocketAppearanceWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <chrono>
#include <cstring>
#include <pipewire/impl-module.h>
#include <pipewire/pipewire.h>
#include <spa/utils/dict.h>
#include <spdlog/spdlog.h>
#include <string>
#include <string_view>

namespace flexor::platform {

namespace {

enum class NodeKind { Capture, VideoSource };

const std::map<uint32_t, std::unique_ptr<PipeWireMeetingWatcher::Node>> kNoNodes;

std::string_view lookup(const spa_dict* props, const char* key) {
    const char* value = props ? spa_dict_lookup(props, key) : nullptr;
    return value ? std::string_view(value) : std::string_view();
}

} // namespace

struct PipeWireMeetingWatcher::Node {
    Connection* connection = nullptr;
    uint32_t id = 0;
    NodeKind kind = NodeKind::Capture;
    pw_proxy* proxy = nullptr;
    spa_hook listener{};
    bool running = false;
    bool levelMeter = false; // a peak meter (pavucontrol), not a microphone
    bool camera = false;     // a Video/Source that is a camera, not a screencast

    ~Node() {
        spa_hook_remove(&listener);
        pw_proxy_destroy(proxy);
    }
};

struct PipeWireMeetingWatcher::Connection {
    PipeWireMeetingWatcher* watcher = nullptr;
    pw_loop* loop = nullptr;
    pw_context* context = nullptr;
    pw_core* core = nullptr;
    pw_registry* registry = nullptr;
    spa_hook coreListener{};
    spa_hook registryListener{};
    std::map<uint32_t, std::unique_ptr<Node>> nodes;

    ~Connection() {
        nodes.clear();
        if (registry) {
            spa_hook_remove(&registryListener);
            pw_proxy_destroy(reinterpret_cast<pw_proxy*>(registry));
        }
        if (core) {
            spa_hook_remove(&coreListener);
            pw_core_disconnect(core);
        }
        if (context) {
            pw_context_destroy(context);
        }
        if (loop) {
            pw_loop_destroy(loop);
        }
    }
};

namespace {

using Connection = PipeWireMeetingWatcher::Connection;
using Node = PipeWireMeetingWatcher::Node;

void onNodeInfo(void* data, const pw_node_info* info) {
    auto* node = static_cast<Node*>(data);
    if ((info->change_mask & PW_NODE_CHANGE_MASK_PROPS) != 0U && info->props) {
        // pipewire-pulse marks peak-detect streams as monitors; pavucontrol's meters are those.
        node->levelMeter = lookup(info->props, PW_KEY_STREAM_MONITOR) == "true" ||
                           lookup(info->props, PW_KEY_APP_ID) == "org.PulseAudio.pavucontrol";
        const auto api = lookup(info->props, PW_KEY_DEVICE_API);
        node->camera = lookup(info->props, PW_KEY_MEDIA_ROLE) == "Camera" || api == "v4l2" ||
                       api == "libcamera";
    }
    if ((info->change_mask & PW_NODE_CHANGE_MASK_STATE) != 0U) {
        node->running = info->state == PW_NODE_STATE_RUNNING;
    }
    node->connection->watcher->nodeChanged();
}

const pw_node_events kNodeEvents = [] {
    pw_node_events events{};
    events.version = PW_VERSION_NODE_EVENTS;
    events.info = onNodeInfo;
    return events;
}();

void onGlobal(void* data, uint32_t id, uint32_t, const char* type, uint32_t,
              const spa_dict* props) {
    auto* connection = static_cast<Connection*>(data);
    if (std::strcmp(type, PW_TYPE_INTERFACE_Node) != 0) {
        return;
    }
    const auto mediaClass = lookup(props, PW_KEY_MEDIA_CLASS);
    NodeKind kind{};
    if (mediaClass == "Stream/Input/Audio") {
        kind = NodeKind::Capture;
    } else if (mediaClass == "Video/Source") {
        kind = NodeKind::VideoSource;
    } else {
        return; // only these can make a meeting: nothing else is bound or followed
    }
    auto node = std::make_unique<Node>();
    node->connection = connection;
    node->id = id;
    node->kind = kind;
    node->proxy = static_cast<pw_proxy*>(
        pw_registry_bind(connection->registry, id, type, PW_VERSION_NODE, 0));
    if (!node->proxy) {
        return;
    }
    pw_node_add_listener(reinterpret_cast<pw_node*>(node->proxy), &node->listener, &kNodeEvents,
                         node.get());
    connection->nodes[id] = std::move(node);
}

void onGlobalRemove(void* data, uint32_t id) {
    auto* connection = static_cast<Connection*>(data);
    if (connection->nodes.erase(id) > 0) {
        connection->watcher->nodeChanged();
    }
}

const pw_registry_events kRegistryEvents = [] {
    pw_registry_events events{};
    events.version = PW_VERSION_REGISTRY_EVENTS;
    events.global = onGlobal;
    events.global_remove = onGlobalRemove;
    return events;
}();

void onCoreError(void* data, uint32_t id, int, int res, const char* message) {
    if (id == PW_ID_CORE && res == -EPIPE) {
        static_cast<Connection*>(data)->watcher->serverFailed(message);
    }
}

void onCoreInfo(void* data, const pw_core_info*) {
    // The server's first answer: only now is a connection known to be a live one (a socket
    // of a server still dying may accept a connection and close it at once).
    static_cast<Connection*>(data)->watcher->serverAnswered();
}

const pw_core_events kCoreEvents = [] {
    pw_core_events events{};
    events.version = PW_VERSION_CORE_EVENTS;
    events.info = onCoreInfo;
    events.error = onCoreError;
    return events;
}();

} // namespace

PipeWireMeetingWatcher::PipeWireMeetingWatcher(QObject* parent)
    : QObject(parent)
    , socketWatcher_(new SocketAppearanceWatcher(this)) {
    connect(socketWatcher_, &SocketAppearanceWatcher::appeared, this,
            &PipeWireMeetingWatcher::serverSocketAppeared);
}

PipeWireMeetingWatcher::~PipeWireMeetingWatcher() = default;

bool PipeWireMeetingWatcher::start() {
    pw_init(nullptr, nullptr);
    if (!connectNow()) {
        // A session whose PipeWire starts after Flexor (no socket activation): it is watched
        // from the moment it answers.
        spdlog::info("meeting: no PipeWire server to ask; watching for one to start");
        lost_ = true;
        waitForServer();
        return false;
    }
    spdlog::info("meeting: watching PipeWire for cameras, microphones and shared screens");
    return true;
}

bool PipeWireMeetingWatcher::connectNow() {
    pw_ = std::make_unique<Connection>();
    pw_->watcher = this;
    pw_->loop = pw_loop_new(nullptr);
    if (pw_->loop) {
        // Only the native protocol, loaded below: the client config would also load the
        // modules that make nodes and devices (client-node, adapter, session manager, ...),
        // nearly a megabyte a watcher never uses. PipeWire warns that the "null" config loads
        // no modules: it is the point, so its log is quieted for this one call.
        const spa_log_level level = pw_log_level;
        pw_log_set_level(SPA_LOG_LEVEL_ERROR);
        pw_->context =
            pw_context_new(pw_->loop, pw_properties_new(PW_KEY_CONFIG_NAME, "null", nullptr), 0);
        pw_log_set_level(level);
    }
    if (pw_->context && !pw_context_load_module(pw_->context, "libpipewire-module-protocol-native",
                                                nullptr, nullptr)) {
        spdlog::warn("meeting: PipeWire's native protocol module did not load");
    }
    if (pw_->context) {
        pw_->core = pw_context_connect(pw_->context, nullptr, 0);
    }
    if (!pw_->core) {
        pw_.reset();
        return false;
    }
    pw_core_add_listener(pw_->core, &pw_->coreListener, &kCoreEvents, pw_.get());
    pw_->registry = pw_core_get_registry(pw_->core, PW_VERSION_REGISTRY, 0);
    pw_registry_add_listener(pw_->registry, &pw_->registryListener, &kRegistryEvents, pw_.get());
    // PipeWire's loop is an epoll fd: readable exactly when one of its sources has work.
    notifier_ = new QSocketNotifier(pw_loop_get_fd(pw_->loop), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, [this] {
        pw_loop_enter(pw_->loop);
        pw_loop_iterate(pw_->loop, 0);
        pw_loop_leave(pw_->loop);
    });
    pw_loop_enter(pw_->loop);
    pw_loop_iterate(pw_->loop, 0); // sends what connecting queued
    pw_loop_leave(pw_->loop);
    return true;
}

void PipeWireMeetingWatcher::serverFailed(const char* message) {
    if (lost_) {
        // A socket of a server still going down accepted the new connection, then dropped it.
        spdlog::debug("meeting: PipeWire not back yet ({})", message);
    } else {
        spdlog::warn("meeting: PipeWire went away ({}); waiting for it to come back", message);
    }
    pw_->nodes.clear();
    nodeChanged();
    // Inside PipeWire's own callback the connection cannot be torn down: right after it.
    QMetaObject::invokeMethod(this, &PipeWireMeetingWatcher::connectionLost, Qt::QueuedConnection);
}

void PipeWireMeetingWatcher::connectionLost() {
    lost_ = true;
    delete notifier_;
    notifier_ = nullptr;
    pw_.reset();
    waitForServer();
}

void PipeWireMeetingWatcher::waitForServer() {
    // Where libpipewire looks for its server: PIPEWIRE_REMOTE (a name, or a path) in
    // PIPEWIRE_RUNTIME_DIR or else XDG_RUNTIME_DIR.
    QString name = qEnvironmentVariable("PIPEWIRE_REMOTE", QStringLiteral("pipewire-0"));
    QString dir = qEnvironmentVariable("PIPEWIRE_RUNTIME_DIR");
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    }
    if (QDir::isAbsolutePath(name)) {
        dir = QFileInfo(name).path();
        name = QFileInfo(name).fileName();
    }
    // Watch first, then try once: a server that came back in between is not missed, and with
    // systemd's socket activation the socket never left, so this first try starts it again.
    if (dir.isEmpty() || !socketWatcher_->watch(dir, name)) {
        spdlog::warn("meeting: cannot watch {} for PipeWire's return", dir.toStdString());
    }
    serverSocketAppeared();
}

void PipeWireMeetingWatcher::serverSocketAppeared() {
    if (pw_) {
        return; // already back (several events for one socket)
    }
    if (connectNow()) {
        socketWatcher_->stop();
    }
}

void PipeWireMeetingWatcher::serverAnswered() {
    if (lost_) {
        lost_ = false;
        if (answeredOnce_) {
            spdlog::info("meeting: PipeWire is back; watching it again");
        } else {
            spdlog::info("meeting: PipeWire started; watching it for cameras, microphones and "
                         "shared screens");
        }
    }
    answeredOnce_ = true;
}

void PipeWireMeetingWatcher::nodeChanged() {
    MeetingSignals now;
    for (const auto& [id, node] : pw_ ? pw_->nodes : kNoNodes) {
        if (!node->running) {
            continue;
        }
        if (node->kind == NodeKind::Capture) {
            now.microphone = now.microphone || !node->levelMeter;
        } else if (node->camera) {
            now.camera = true;
        } else {
            now.screen = true;
        }
    }
    if (now == current_) {
        return;
    }
    current_ = now;
    const QStringList names = now.names();
    spdlog::info("meeting signals: {}",
                 names.isEmpty() ? std::string("none") : names.join(", ").toStdString());
    emit changed(current_);
}

} // namespace flexor::platform
