// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IcsReader.h"

#include <QObject>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flexor::calendar {

// The calendars selected in Evolution and GNOME Calendar (GNOME Online Accounts' ones too),
// read through Evolution Data Server: the source registry names them, one client per calendar
// opens a live view of the events around now, and the view's notifications (added, modified,
// removed) say when to read again. Calendars added, removed, enabled or (de)selected in the
// registry are followed. Nothing polls: GLib's callbacks arrive through Qt's event loop, which
// is GLib's on Linux. A missing Evolution Data Server is one log line and no meetings.
class EdsReader : public QObject {
    Q_OBJECT
public:
    explicit EdsReader(QObject* parent = nullptr);
    ~EdsReader() override;

    // Asks the session bus for the registry; now anchors the views' window.
    void start(std::int64_t now);
    // Moves the views' window on when now has come close to its end (called at each reading).
    void follow(std::int64_t now);
    // The busy events of every followed calendar that overlap [from, to).
    std::vector<BusySpan> busy(std::int64_t from, std::int64_t to, const EventFilter& filter) const;

    struct Calendar;
    struct Glue; // the GLib callbacks, which reach the private parts

signals:
    void changed();

private:
    void consider(void* source);
    void drop(const std::string& uid);
    void openView(Calendar& calendar);
    std::string windowQuery() const;
    void lost();

    void* registry_ = nullptr; // ESourceRegistry
    void* cancel_ = nullptr;   // GCancellable for the registry's creation
    unsigned watch_ = 0;       // the registry's bus name
    bool lost_ = false;        // the service ended after it answered
    bool missingTold_ = false; // "not running" was logged
    std::int64_t anchor_ = 0;  // the window is [anchor - 1 day, anchor + 3 days)
    std::map<std::string, std::unique_ptr<Calendar>> calendars_; // by source uid
};

} // namespace flexor::calendar
