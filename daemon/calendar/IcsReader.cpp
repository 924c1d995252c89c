// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IcsReader.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace flexor::calendar {

namespace {

// Years of a daily rule that began long ago are walked through; this bounds a broken one.
constexpr int kMaxInstances = 200000;

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

// BEGIN and END must pair up: the first line where they do not is the error, with its number.
std::string structureError(std::string_view text) {
    std::vector<std::string> open;
    int lineNumber = 0;
    bool sawCalendar = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        std::string_view line =
            text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
        pos = eol == std::string_view::npos ? text.size() : eol + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        const auto value = [&](std::string_view key) {
            return std::string(line.substr(key.size()));
        };
        if (line.starts_with("BEGIN:")) {
            open.push_back(value("BEGIN:"));
            sawCalendar = sawCalendar || open.back() == "VCALENDAR";
        } else if (line.starts_with("END:")) {
            const std::string name = value("END:");
            if (open.empty() || open.back() != name) {
                return "line " + std::to_string(lineNumber) + ": END:" + name +
                       (open.empty() ? " without BEGIN" : " where END:" + open.back() + " belongs");
            }
            open.pop_back();
        }
    }
    if (!sawCalendar) {
        return "line 1: not an iCalendar file (no BEGIN:VCALENDAR)";
    }
    if (!open.empty()) {
        return "line " + std::to_string(lineNumber) + ": the file ends inside " + open.back();
    }
    return {};
}

QString folded(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).toCaseFolded();
}

std::string addressOf(const char* value) {
    QString v = QString::fromUtf8(value).trimmed();
    if (v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        v = v.mid(7);
    }
    return v.toCaseFolded().toStdString();
}

class Reader {
public:
    Reader(icalcomponent* root, std::int64_t from, std::int64_t to, const EventFilter& filter)
        : root_(root)
        , from_(from)
        , to_(to) {
        for (const auto& w : filter.ignoreWords) {
            if (!w.empty()) {
                ignore_.push_back(folded(w));
            }
        }
        for (const auto& a : filter.myAddresses) {
            me_.insert(addressOf(a.c_str()));
        }
        for (auto* p = icalcomponent_get_first_property(root, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(root, ICAL_X_PROPERTY)) {
            const char* name = icalproperty_get_x_name(p);
            const char* v = icalproperty_get_x(p);
            if (name && v && std::string_view(name) == "X-WR-CALNAME" &&
                std::string_view(v).find('@') != std::string_view::npos) {
                me_.insert(addressOf(v));
            }
        }
    }

    std::vector<BusySpan> read() {
        // Instances moved or changed on their own: their master must not repeat them.
        for (auto* ev = icalcomponent_get_first_component(root_, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(root_, ICAL_VEVENT_COMPONENT)) {
            auto* rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY);
            const char* uid = icalcomponent_get_uid(ev);
            if (rid && uid) {
                if (auto t = unixTime(icalproperty_get_recurrenceid(rid), zoneOf(rid))) {
                    overridden_[uid].insert(*t);
                }
            }
        }
        for (auto* ev = icalcomponent_get_first_component(root_, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(root_, ICAL_VEVENT_COMPONENT)) {
            readEvent(ev);
        }
        std::sort(busy_.begin(), busy_.end());
        busy_.erase(std::unique(busy_.begin(), busy_.end()), busy_.end());
        return busy_;
    }

private:
    // A TZID names a zone of the file, else a system one, else a Windows name (Outlook).
    icaltimezone* zoneOf(icalproperty* p) const {
        auto* param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        if (!param) {
            return nullptr;
        }
        const char* tzid = icalparameter_get_tzid(param);
        if (!tzid) {
            return nullptr;
        }
        if (auto* z = icalcomponent_get_timezone(root_, tzid)) {
            return z;
        }
        if (auto* z = icaltimezone_get_builtin_timezone(tzid)) {
            return z;
        }
        if (auto* z = icaltimezone_get_builtin_timezone_from_tzid(tzid)) {
            return z;
        }
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(QByteArray(tzid));
        return iana.isEmpty() ? nullptr : icaltimezone_get_builtin_timezone(iana.constData());
    }

    // Floating times (no zone) are the user's local time.
    static std::optional<std::int64_t> unixTime(icaltimetype t, icaltimezone* zone) {
        if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
            return std::nullopt;
        }
        if (icaltime_is_utc(t)) {
            return icaltime_as_timet(t);
        }
        if (zone) {
            return icaltime_as_timet_with_zone(t, zone);
        }
        const QDateTime local(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
        return local.toSecsSinceEpoch();
    }

    bool counts(icalcomponent* ev) const {
        if (icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED) {
            return false;
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY);
            p && icalproperty_get_transp(p) == ICAL_TRANSP_TRANSPARENT) {
            return false;
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY)) {
            auto* partstat = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
            const char* who = icalproperty_get_attendee(p);
            if (partstat && who && icalparameter_get_partstat(partstat) == ICAL_PARTSTAT_DECLINED &&
                me_.contains(addressOf(who))) {
                return false;
            }
        }
        const char* summary = icalcomponent_get_summary(ev);
        const QString title = folded(summary ? summary : "");
        return std::none_of(ignore_.begin(), ignore_.end(),
                            [&](const QString& w) { return title.contains(w); });
    }

    void readEvent(icalcomponent* ev) {
        auto* startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!startProp || !counts(ev)) {
            return;
        }
        const icaltimetype dtstart = icalproperty_get_dtstart(startProp);
        if (dtstart.is_date) {
            return; // all day: a day off or a reminder, not a meeting
        }
        icaltimezone* zone = zoneOf(startProp);
        const auto start = unixTime(dtstart, zone);
        if (!start) {
            return;
        }
        std::int64_t length = 0;
        if (auto* endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            if (auto end = unixTime(icalproperty_get_dtend(endProp), zoneOf(endProp))) {
                length = *end - *start;
            }
        } else if (auto* dur = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            length = icaldurationtype_as_int(icalproperty_get_duration(dur));
        }
        if (length <= 0) {
            return;
        }
        const char* summary = icalcomponent_get_summary(ev);
        const std::string title = summary ? summary : "";
        const char* uid = icalcomponent_get_uid(ev);
        const bool isOverride =
            icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY) != nullptr;
        std::set<std::int64_t> skip;
        if (uid && !isOverride) {
            if (auto it = overridden_.find(uid); it != overridden_.end()) {
                skip = it->second;
            }
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
            if (auto t = unixTime(icalproperty_get_exdate(p), zoneOf(p) ? zoneOf(p) : zone)) {
                skip.insert(*t);
            }
        }
        const auto add = [&](std::int64_t s) {
            if (!skip.contains(s) && s < to_ && s + length > from_) {
                busy_.push_back({s, s + length, title});
            }
        };
        add(*start);
        if (isOverride) {
            return;
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
            std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator*)> it(
                icalrecur_iterator_new(icalproperty_get_rrule(p), dtstart),
                icalrecur_iterator_free);
            if (!it) {
                continue;
            }
            for (int n = 0; n < kMaxInstances; ++n) {
                const icaltimetype t = icalrecur_iterator_next(it.get());
                const auto s = icaltime_is_null_time(t) ? std::nullopt : unixTime(t, zone);
                if (!s || *s >= to_) {
                    break;
                }
                if (*s != *start) {
                    add(*s);
                }
            }
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
            if (auto s = unixTime(rdate.time, zoneOf(p) ? zoneOf(p) : zone); s && *s != *start) {
                add(*s);
            }
        }
    }

    icalcomponent* root_;
    std::int64_t from_;
    std::int64_t to_;
    std::vector<QString> ignore_;
    std::set<std::string> me_;
    std::map<std::string, std::set<std::int64_t>> overridden_;
    std::vector<BusySpan> busy_;
};

} // namespace

IcsResult readIcs(std::string_view text, std::int64_t from, std::int64_t to,
                  const EventFilter& filter) {
    IcsResult result;
    result.error = structureError(text);
    if (!result.error.empty()) {
        return result;
    }
    const std::string copy(text);
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(copy.c_str()));
    if (!root) {
        result.error = "line 1: not an iCalendar file";
        return result;
    }
    icalcomponent* calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
    }
    if (!calendar) {
        result.error = "line 1: not an iCalendar file (no VCALENDAR)";
        return result;
    }
    result.busy = readCalendar(calendar, from, to, filter);
    return result;
}

std::vector<BusySpan> readCalendar(icalcomponent* calendar, std::int64_t from, std::int64_t to,
                                   const EventFilter& filter) {
    return Reader(calendar, from, to, filter).read();
}

} // namespace flexor::calendar
