// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/X11SyncMonitor.h"

#include <QSocketNotifier>
#include <X11/Xlib.h>
#include <X11/extensions/sync.h>
#include <cstring>
#include <spdlog/spdlog.h>
// Xlib's macros collide with Qt and moc.
#undef Bool
#undef None
#undef Status
#undef Unsorted

namespace flexor::platform {

namespace {

XSyncValue toSyncValue(std::chrono::milliseconds value) {
    XSyncValue result;
    XSyncIntsToValue(&result, static_cast<unsigned int>(value.count() & 0xffffffff),
                     static_cast<int>(value.count() >> 32));
    return result;
}

std::chrono::milliseconds toMilliseconds(const XSyncValue& value) {
    return std::chrono::milliseconds((static_cast<int64_t>(XSyncValueHigh32(value)) << 32) |
                                     XSyncValueLow32(value));
}

// An alarm on `counter` that fires once when the counter compares to `value` as `test` says.
XSyncAlarmAttributes alarmAttributes(XSyncCounter counter, XSyncTestType test,
                                     std::chrono::milliseconds value) {
    XSyncAlarmAttributes attributes{};
    attributes.trigger.counter = counter;
    attributes.trigger.value_type = XSyncAbsolute;
    attributes.trigger.test_type = test;
    attributes.trigger.wait_value = toSyncValue(value);
    XSyncIntToValue(&attributes.delta, 0);
    attributes.events = 1;
    return attributes;
}

constexpr unsigned long kAlarmMask = XSyncCACounter | XSyncCAValueType | XSyncCATestType |
                                     XSyncCAValue | XSyncCADelta | XSyncCAEvents;

} // namespace

X11SyncMonitor::X11SyncMonitor(QObject* parent)
    : PresenceMonitor(parent) {}

X11SyncMonitor::~X11SyncMonitor() {
    delete notifier_;
    if (display_ != nullptr) {
        if (idleAlarm_ != 0) {
            XSyncDestroyAlarm(display_, idleAlarm_);
        }
        if (backAlarm_ != 0) {
            XSyncDestroyAlarm(display_, backAlarm_);
        }
        XCloseDisplay(display_);
    }
}

bool X11SyncMonitor::start() {
    display_ = XOpenDisplay(nullptr);
    if (display_ == nullptr) {
        reason_ = QStringLiteral("cannot open the X display");
        return false;
    }
    int errorBase = 0;
    int major = 0;
    int minor = 0;
    if (!XSyncQueryExtension(display_, &syncEventBase_, &errorBase) ||
        !XSyncInitialize(display_, &major, &minor)) {
        reason_ = QStringLiteral("the X server has no SYNC extension");
        return false;
    }
    if (!findIdleCounter()) {
        reason_ = QStringLiteral("the X server's SYNC extension has no IDLETIME counter");
        return false;
    }
    notifier_ = new QSocketNotifier(ConnectionNumber(display_), QSocketNotifier::Read);
    connect(notifier_, &QSocketNotifier::activated, this, &X11SyncMonitor::processEvents);
    armIdleAlarm();
    processEvents();
    return true;
}

void X11SyncMonitor::setIdleThreshold(std::chrono::milliseconds threshold) {
    threshold_ = threshold;
    if (display_ != nullptr && !isIdle()) {
        armIdleAlarm();
        processEvents();
    }
}

bool X11SyncMonitor::findIdleCounter() {
    int count = 0;
    XSyncSystemCounter* counters = XSyncListSystemCounters(display_, &count);
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(counters[i].name, "IDLETIME") == 0) {
            idleCounter_ = counters[i].counter;
        }
    }
    XSyncFreeSystemCounterList(counters);
    return idleCounter_ != 0;
}

// A comparison (not a transition) test: if the user is already idle this long, it fires at once.
void X11SyncMonitor::armIdleAlarm() {
    XSyncAlarmAttributes attributes =
        alarmAttributes(idleCounter_, XSyncPositiveComparison, threshold_);
    if (idleAlarm_ == 0) {
        idleAlarm_ = XSyncCreateAlarm(display_, kAlarmMask, &attributes);
    } else {
        XSyncChangeAlarm(display_, idleAlarm_, kAlarmMask, &attributes);
    }
}

// Fires as soon as idle time is below the threshold again, i.e. at the first input; at once if
// input already came after the idle alarm.
void X11SyncMonitor::armBackAlarm() {
    XSyncAlarmAttributes attributes = alarmAttributes(idleCounter_, XSyncNegativeComparison,
                                                      threshold_ - std::chrono::milliseconds(1));
    if (backAlarm_ == 0) {
        backAlarm_ = XSyncCreateAlarm(display_, kAlarmMask, &attributes);
    } else {
        XSyncChangeAlarm(display_, backAlarm_, kAlarmMask, &attributes);
    }
}

void X11SyncMonitor::processEvents() {
    // XPending flushes our requests too, and re-arming inside the loop queues more.
    while (XPending(display_) > 0) {
        XEvent event;
        XNextEvent(display_, &event);
        if (event.type != syncEventBase_ + XSyncAlarmNotify) {
            continue;
        }
        const auto& alarm = reinterpret_cast<const XSyncAlarmNotifyEvent&>(event);
        if (alarm.state == XSyncAlarmDestroyed) {
            continue;
        }
        // Each alarm fires once: the edge arms the other one.
        if (alarm.alarm == idleAlarm_) {
            if (observedIdle(toMilliseconds(alarm.counter_value))) {
                armBackAlarm();
            }
        } else if (alarm.alarm == backAlarm_) {
            if (observedActive()) {
                armIdleAlarm();
            }
        }
    }
}

} // namespace flexor::platform
