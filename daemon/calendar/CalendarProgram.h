// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EdsReader.h"
#include "IcsReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>
#include <map>
#include <memory>
#include <vector>

namespace flexor::calendar {

struct ProgramOptions {
    QStringList sources; // .ics files, folders of them, http(s) URLs, "evolution"
    EventFilter filter;
    bool titles = false; // titles leave this program only when the user allows it
    qint64 horizonSeconds = 24 * 3600;
    qint64 fetchEverySeconds = 15 * 60;
};

// flexor-calendar: reads the user's calendars and tells the daemon, one JSON line on stdout,
// the meetings of the next day whenever they change. Files and folders are followed through
// inotify; a URL is fetched at most every fetchEvery, only while the session is active (the
// daemon writes "active" or "inactive" on stdin), with ETag and If-Modified-Since, and its last
// good copy is kept (also on disk, for a start without network). One timer at a time: the next
// fetch, or the moment the day ahead takes in a meeting it did not hold.
class CalendarProgram : public QObject {
    Q_OBJECT
public:
    explicit CalendarProgram(ProgramOptions options, QObject* parent = nullptr);
    void start();

private:
    struct Remote {
        QString url;
        QByteArray text;
        QByteArray etag;
        QByteArray lastModified;
        QDateTime fetchedAt;
        bool fetching = false;
        QString failure; // the last failure logged, to log each one once
    };

    void rescan();
    void readStdin();
    void fetch(Remote& remote);
    void armFetch();
    void loadCached(Remote& remote);
    void saveCached(const Remote& remote) const;
    QString cachePath(const QString& url) const;
    std::vector<BusySpan> readAll(qint64 from, qint64 to);
    void readText(const QString& where, const QByteArray& text, qint64 from, qint64 to,
                  std::vector<BusySpan>& out);
    void tell(const std::vector<BusySpan>& busy);

    ProgramOptions options_;
    QFileSystemWatcher watcher_;
    QNetworkAccessManager network_;
    QTimer settle_;      // a burst of file changes is read once
    QTimer fetchTimer_;  // the next URL fetch
    QTimer windowTimer_; // the day ahead takes in a meeting not told yet
    std::unique_ptr<QSocketNotifier> stdin_;
    QByteArray stdinBuffer_;
    std::vector<std::unique_ptr<Remote>> remotes_;
    std::unique_ptr<EdsReader> eds_;        // while "evolution" is a source
    std::map<QString, std::string> errors_; // per file, the error logged last
    std::optional<std::vector<BusySpan>> told_;
    bool active_ = true;
};

int runCalendarProgram(int argc, char** argv);

} // namespace flexor::calendar
