// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EdsReader.h"

#include <QAbstractEventDispatcher>
#include <spdlog/spdlog.h>

// GLib's D-Bus headers name a member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <libecal/libecal.h>
#pragma pop_macro("signals")

namespace flexor::calendar {

namespace {

constexpr std::int64_t kDay = 24 * 3600;
// The views cover [anchor - 1 day, anchor + 3 days); the program reads up to two days ahead,
// so the window moves on once half a day has passed since it was anchored.
constexpr std::int64_t kWindowBefore = kDay;
constexpr std::int64_t kWindowAfter = 3 * kDay;
constexpr std::int64_t kMoveAfter = kDay / 2;

// connect: do not wait for a remote calendar to be online; its cached events come at once and
// its view tells what changes when it has synchronised.
constexpr guint32 kNoWaitForConnected = static_cast<guint32>(-1);

bool cancelled(const GError* error) {
    return error && g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

// An event's key among its calendar's objects: the UID, and the RECURRENCE-ID of a moved or
// changed instance.
std::string keyOf(const char* uid, const char* rid) {
    std::string key = uid ? uid : "";
    if (rid && *rid) {
        key += '\n';
        key += rid;
    }
    return key;
}

std::string keyOf(icalcomponent* event) {
    const icaltimetype rid = icalcomponent_get_recurrenceid(event);
    return keyOf(icalcomponent_get_uid(event),
                 icaltime_is_null_time(rid) ? nullptr : icaltime_as_ical_string(rid));
}

} // namespace

struct EdsReader::Calendar {
    EdsReader* owner = nullptr;
    std::string uid;
    std::string name;
    std::string address; // the owner's address, for declined invitations
    GCancellable* cancel = g_cancellable_new();
    ECalClient* client = nullptr;
    ECalClientView* view = nullptr;
    bool loading = true;                            // the view's first answer is not complete
    std::map<std::string, icalcomponent*> objects;  // by keyOf
    std::map<std::string, icalcomponent*> incoming; // a new view's events until it completes

    static void clear(std::map<std::string, icalcomponent*>& events) {
        for (auto& [key, event] : events) {
            icalcomponent_free(event);
        }
        events.clear();
    }

    void closeView() {
        if (view) {
            g_signal_handlers_disconnect_by_data(view, this);
            e_cal_client_view_stop(view, nullptr);
            g_object_unref(view);
            view = nullptr;
        }
        clear(incoming);
    }

    ~Calendar() {
        g_cancellable_cancel(cancel);
        closeView();
        if (client) {
            g_signal_handlers_disconnect_by_data(client, this);
            g_object_unref(client);
        }
        g_object_unref(cancel);
        clear(objects);
    }
};

struct EdsReader::Glue {
    static EdsReader& reader(gpointer data) { return *static_cast<EdsReader*>(data); }

    static void registryReady(GObject*, GAsyncResult* result, gpointer data) {
        GError* error = nullptr;
        ESourceRegistry* registry = e_source_registry_new_finish(result, &error);
        if (!registry) {
            if (!cancelled(error)) {
                spdlog::warn("calendar: Evolution's calendars are not available ({}); the other "
                             "calendars are read",
                             error ? error->message : "no registry");
            }
            g_clear_error(&error);
            return;
        }
        EdsReader& self = reader(data);
        self.registry_ = registry;
        self.lost_ = false;
        for (const char* signal : {"source-added", "source-changed", "source-enabled",
                                   "source-disabled", "source-removed"}) {
            g_signal_connect(registry, signal, G_CALLBACK(sourceChanged), &self);
        }
        GList* sources = e_source_registry_list_sources(registry, E_SOURCE_EXTENSION_CALENDAR);
        for (GList* s = sources; s; s = s->next) {
            self.consider(s->data);
        }
        g_list_free_full(sources, g_object_unref);
        spdlog::info("calendar: Evolution's registry answered; {} calendar(s) selected",
                     self.calendars_.size());
        emit self.changed(); // none may be selected: that is an answer too
    }

    static void sourceChanged(ESourceRegistry*, ESource* source, gpointer data) {
        reader(data).consider(source);
    }

    static void clientReady(GObject*, GAsyncResult* result, gpointer data) {
        GError* error = nullptr;
        EClient* client = e_cal_client_connect_finish(result, &error);
        if (!client) {
            if (!cancelled(error)) {
                auto* calendar = static_cast<Calendar*>(data);
                spdlog::warn("calendar: Evolution's calendar \"{}\" could not be opened: {}",
                             calendar->name, error ? error->message : "");
            }
            g_clear_error(&error);
            return;
        }
        auto* calendar = static_cast<Calendar*>(data);
        calendar->client = E_CAL_CLIENT(client);
        gchar* address = nullptr;
        if (e_client_get_backend_property_sync(client, E_CAL_BACKEND_PROPERTY_CAL_EMAIL_ADDRESS,
                                               &address, nullptr, nullptr) &&
            address) {
            calendar->address = address;
        }
        g_free(address);
        g_signal_connect(client, "backend-died", G_CALLBACK(backendDied), calendar);
        calendar->owner->openView(*calendar);
    }

    static void backendDied(EClient*, gpointer data) {
        auto* calendar = static_cast<Calendar*>(data);
        spdlog::debug("calendar: Evolution's calendar \"{}\" lost its backend", calendar->name);
        calendar->owner->lost();
    }

    // Evolution Data Server's registry on the session bus: its name is watched (and started
    // where the session can start it), so a registry that starts later or again is followed.
    static void registryAppeared(GDBusConnection*, const gchar*, const gchar*, gpointer data) {
        EdsReader& self = reader(data);
        if (!self.registry_) {
            if (!self.cancel_) {
                self.cancel_ = g_cancellable_new();
                e_source_registry_new(G_CANCELLABLE(self.cancel_), &registryReady, &self);
            }
            return;
        }
        if (self.lost_) {
            self.lost_ = false;
            spdlog::info("calendar: Evolution Data Server is back");
            self.calendars_.clear();
            GList* sources = e_source_registry_list_sources(E_SOURCE_REGISTRY(self.registry_),
                                                            E_SOURCE_EXTENSION_CALENDAR);
            for (GList* s = sources; s; s = s->next) {
                self.consider(s->data);
            }
            g_list_free_full(sources, g_object_unref);
        }
    }

    static void registryVanished(GDBusConnection*, const gchar*, gpointer data) {
        EdsReader& self = reader(data);
        if (!self.registry_ && !self.missingTold_) {
            self.missingTold_ = true;
            spdlog::warn("calendar: Evolution's calendars are not available (Evolution Data "
                         "Server is not running); the other calendars are read");
        } else if (self.registry_) {
            self.lost();
        }
    }

    static void viewReady(GObject* client, GAsyncResult* result, gpointer data) {
        GError* error = nullptr;
        ECalClientView* view = nullptr;
        if (!e_cal_client_get_view_finish(E_CAL_CLIENT(client), result, &view, &error)) {
            if (!cancelled(error)) {
                spdlog::warn("calendar: Evolution's calendar \"{}\" gave no view: {}",
                             static_cast<Calendar*>(data)->name, error ? error->message : "");
            }
            g_clear_error(&error);
            return;
        }
        auto* calendar = static_cast<Calendar*>(data);
        calendar->closeView();
        calendar->view = view;
        calendar->loading = true;
        g_signal_connect(view, "objects-added", G_CALLBACK(objectsAdded), calendar);
        g_signal_connect(view, "objects-modified", G_CALLBACK(objectsAdded), calendar);
        g_signal_connect(view, "objects-removed", G_CALLBACK(objectsRemoved), calendar);
        g_signal_connect(view, "complete", G_CALLBACK(viewComplete), calendar);
        e_cal_client_view_start(view, &error);
        if (error) {
            spdlog::warn("calendar: Evolution's calendar \"{}\" did not start its view: {}",
                         calendar->name, error->message);
            g_clear_error(&error);
        }
    }

    static void objectsAdded(ECalClientView*, const GSList* objects, gpointer data) {
        auto* calendar = static_cast<Calendar*>(data);
        auto& into = calendar->loading ? calendar->incoming : calendar->objects;
        for (const GSList* o = objects; o; o = o->next) {
            auto* native =
                static_cast<icalcomponent*>(i_cal_object_get_native(I_CAL_OBJECT(o->data)));
            if (!native || icalcomponent_isa(native) != ICAL_VEVENT_COMPONENT) {
                continue;
            }
            auto [it, added] = into.try_emplace(keyOf(native), nullptr);
            if (!added) {
                icalcomponent_free(it->second);
            }
            it->second = icalcomponent_new_clone(native);
        }
        if (!calendar->loading) {
            emit calendar->owner->changed();
        }
    }

    static void objectsRemoved(ECalClientView*, const GSList* ids, gpointer data) {
        auto* calendar = static_cast<Calendar*>(data);
        auto& from = calendar->loading ? calendar->incoming : calendar->objects;
        for (const GSList* i = ids; i; i = i->next) {
            const auto* id = static_cast<const ECalComponentId*>(i->data);
            const char* uid = e_cal_component_id_get_uid(id);
            const char* rid = e_cal_component_id_get_rid(id);
            const std::string key = keyOf(uid, rid);
            for (auto it = from.begin(); it != from.end();) {
                // A series removed whole (no RECURRENCE-ID) takes its moved instances along.
                const bool match =
                    it->first == key || ((!rid || !*rid) && it->first.starts_with(key + '\n'));
                if (match) {
                    icalcomponent_free(it->second);
                    it = from.erase(it);
                } else {
                    ++it;
                }
            }
        }
        if (!calendar->loading) {
            emit calendar->owner->changed();
        }
    }

    static void viewComplete(ECalClientView*, const GError* error, gpointer data) {
        auto* calendar = static_cast<Calendar*>(data);
        if (error) {
            spdlog::warn("calendar: Evolution's calendar \"{}\": {}", calendar->name,
                         error->message);
        }
        if (calendar->loading) {
            Calendar::clear(calendar->objects);
            calendar->objects.swap(calendar->incoming);
            calendar->loading = false;
            spdlog::debug("calendar: Evolution's calendar \"{}\": {} event(s) around now",
                          calendar->name, calendar->objects.size());
        }
        emit calendar->owner->changed();
    }
};

EdsReader::EdsReader(QObject* parent)
    : QObject(parent) {}

EdsReader::~EdsReader() {
    if (watch_) {
        g_bus_unwatch_name(watch_);
    }
    calendars_.clear();
    if (cancel_) {
        g_cancellable_cancel(G_CANCELLABLE(cancel_));
        g_object_unref(cancel_);
    }
    if (registry_) {
        g_signal_handlers_disconnect_by_data(registry_, this);
        g_object_unref(registry_);
    }
}

void EdsReader::start(std::int64_t now) {
    anchor_ = now;
    if (auto* loop = QAbstractEventDispatcher::instance();
        !loop || !loop->inherits("QEventDispatcherGlib")) {
        // QT_NO_GLIB, or a Qt built without GLib: EDS's answers would never arrive.
        spdlog::warn("calendar: Evolution's calendars are not read: Qt's event loop is not "
                     "GLib's (is QT_NO_GLIB set?)");
        return;
    }
    watch_ = g_bus_watch_name(G_BUS_TYPE_SESSION, "org.gnome.evolution.dataserver.Sources5",
                              G_BUS_NAME_WATCHER_FLAGS_AUTO_START, &Glue::registryAppeared,
                              &Glue::registryVanished, this, nullptr);
}

// The service ended (the registry, or the calendar factory under a client): one line, and the
// meetings it last told stay until it is back.
void EdsReader::lost() {
    if (!lost_) {
        lost_ = true;
        spdlog::warn("calendar: Evolution's calendar service ended; the meetings it last told "
                     "are kept");
    }
}

void EdsReader::follow(std::int64_t now) {
    if (now - anchor_ < kMoveAfter && now >= anchor_) {
        return;
    }
    anchor_ = now;
    for (auto& [uid, calendar] : calendars_) {
        if (calendar->client) {
            openView(*calendar);
        }
    }
}

std::string EdsReader::windowQuery() const {
    gchar* from = isodate_from_time_t(static_cast<time_t>(anchor_ - kWindowBefore));
    gchar* to = isodate_from_time_t(static_cast<time_t>(anchor_ + kWindowAfter));
    std::string query = std::string("(occur-in-time-range? (make-time \"") + from +
                        "\") (make-time \"" + to + "\"))";
    g_free(from);
    g_free(to);
    return query;
}

void EdsReader::openView(Calendar& calendar) {
    e_cal_client_get_view(calendar.client, windowQuery().c_str(), calendar.cancel, &Glue::viewReady,
                          &calendar);
}

// A calendar is followed while it is enabled (with the account it belongs to) and selected,
// as GNOME Calendar and Evolution show it.
void EdsReader::consider(void* object) {
    auto* source = E_SOURCE(object);
    auto* registry = E_SOURCE_REGISTRY(registry_);
    const std::string uid = e_source_get_uid(source);
    const bool isCalendar = e_source_has_extension(source, E_SOURCE_EXTENSION_CALENDAR);
    // A source being removed is no longer in the registry when it says so.
    ESource* known = e_source_registry_ref_source(registry, uid.c_str());
    const bool present = isCalendar && known != nullptr;
    if (known) {
        g_object_unref(known);
    }
    const bool wanted = present && e_source_registry_check_enabled(registry, source) &&
                        e_source_selectable_get_selected(E_SOURCE_SELECTABLE(
                            e_source_get_extension(source, E_SOURCE_EXTENSION_CALENDAR)));
    const bool followed = calendars_.contains(uid);
    if (wanted == followed) {
        return;
    }
    if (!wanted) {
        drop(uid);
        return;
    }
    auto calendar = std::make_unique<Calendar>();
    calendar->owner = this;
    calendar->uid = uid;
    calendar->name = e_source_get_display_name(source);
    spdlog::info("calendar: following Evolution's calendar \"{}\"", calendar->name);
    e_cal_client_connect(source, E_CAL_CLIENT_SOURCE_TYPE_EVENTS, kNoWaitForConnected,
                         calendar->cancel, &Glue::clientReady, calendar.get());
    calendars_.emplace(uid, std::move(calendar));
}

void EdsReader::drop(const std::string& uid) {
    auto it = calendars_.find(uid);
    if (it == calendars_.end()) {
        return;
    }
    spdlog::info("calendar: no longer following Evolution's calendar \"{}\"", it->second->name);
    calendars_.erase(it);
    emit changed();
}

std::vector<BusySpan> EdsReader::busy(std::int64_t from, std::int64_t to,
                                      const EventFilter& filter) const {
    std::vector<BusySpan> all;
    for (const auto& [uid, calendar] : calendars_) {
        if (calendar->objects.empty()) {
            continue;
        }
        icalcomponent* root = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
        for (const auto& [key, event] : calendar->objects) {
            icalcomponent_add_component(root, icalcomponent_new_clone(event));
        }
        EventFilter mine = filter;
        if (!calendar->address.empty()) {
            mine.myAddresses.push_back(calendar->address);
        }
        auto spans = readCalendar(root, from, to, mine);
        icalcomponent_free(root);
        all.insert(all.end(), spans.begin(), spans.end());
    }
    return all;
}

} // namespace flexor::calendar
