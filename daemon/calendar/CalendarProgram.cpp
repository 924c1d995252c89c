// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarProgram.h"

#include "platform/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace flexor::calendar {

namespace {

constexpr int kUsage = 64;

// The calendars selected in Evolution and GNOME Calendar, read through Evolution Data Server.
const QString kEvolution = QStringLiteral("evolution");

bool isUrl(const QString& source) {
    return source.startsWith(QLatin1String("http://")) ||
           source.startsWith(QLatin1String("https://"));
}

QString expandHome(const QString& path) {
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

void setUpLogging(bool verbose) {
    auto logger = std::make_shared<spdlog::logger>(
        "calendar", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern("%l %v"); // the daemon adds the time when it logs the line
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);
}

} // namespace

CalendarProgram::CalendarProgram(ProgramOptions options, QObject* parent)
    : QObject(parent)
    , options_(std::move(options)) {
    settle_.setSingleShot(true);
    settle_.setInterval(200);
    fetchTimer_.setSingleShot(true);
    windowTimer_.setSingleShot(true);
    connect(&settle_, &QTimer::timeout, this, &CalendarProgram::rescan);
    connect(&windowTimer_, &QTimer::timeout, this, &CalendarProgram::rescan);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, &settle_,
            qOverload<>(&QTimer::start));
    connect(&watcher_, &QFileSystemWatcher::fileChanged, &settle_, qOverload<>(&QTimer::start));
    connect(&fetchTimer_, &QTimer::timeout, this, [this] {
        for (auto& r : remotes_) {
            fetch(*r);
        }
    });
    network_.setAutoDeleteReplies(true);
    network_.setTransferTimeout(30000); // a hung server is a failed fetch, not a stuck one
    for (const QString& source : options_.sources) {
        if (source == kEvolution && !eds_) {
            eds_ = std::make_unique<EdsReader>();
            connect(eds_.get(), &EdsReader::changed, &settle_, qOverload<>(&QTimer::start));
        } else if (isUrl(source)) {
            auto remote = std::make_unique<Remote>();
            remote->url = source;
            loadCached(*remote);
            remotes_.push_back(std::move(remote));
        }
    }
}

void CalendarProgram::start() {
    stdin_ = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(stdin_.get(), &QSocketNotifier::activated, this, &CalendarProgram::readStdin);
    if (eds_) {
        eds_->start(platform::wallMilliseconds() / 1000);
    }
    rescan();
    for (auto& r : remotes_) {
        fetch(*r);
    }
}

// "active" / "inactive" from the daemon: URLs are fetched only while the user is there.
void CalendarProgram::readStdin() {
    char buffer[256];
    const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        // Off for good: an input at its end is always readable, and EDS's registry runs the
        // event loop while it closes.
        stdin_->setEnabled(false);
        QCoreApplication::quit(); // the daemon is gone
        return;
    }
    stdinBuffer_.append(buffer, n);
    for (auto end = stdinBuffer_.indexOf('\n'); end >= 0; end = stdinBuffer_.indexOf('\n')) {
        const QByteArray line = stdinBuffer_.left(end).trimmed();
        stdinBuffer_.remove(0, end + 1);
        if (line == "active" || line == "inactive") {
            active_ = line == "active";
            spdlog::debug("session {}", line.toStdString());
            armFetch();
        }
    }
}

void CalendarProgram::armFetch() {
    fetchTimer_.stop();
    if (!active_ || remotes_.empty()) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = options_.fetchEverySeconds * 1000;
    for (const auto& r : remotes_) {
        if (r->fetching) {
            return; // its answer arms the timer again
        }
        const qint64 since = r->fetchedAt.isValid() ? r->fetchedAt.msecsTo(now) : wait;
        wait = std::min(wait, std::max<qint64>(0, options_.fetchEverySeconds * 1000 - since));
    }
    fetchTimer_.start(static_cast<int>(std::min<qint64>(wait, INT32_MAX)));
}

void CalendarProgram::fetch(Remote& remote) {
    if (!active_ || remote.fetching) {
        return;
    }
    QNetworkRequest request{QUrl(remote.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!remote.etag.isEmpty()) {
        request.setRawHeader("If-None-Match", remote.etag);
    }
    if (!remote.lastModified.isEmpty()) {
        request.setRawHeader("If-Modified-Since", remote.lastModified);
    }
    remote.fetching = true;
    QNetworkReply* reply = network_.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, &remote] {
        remote.fetching = false;
        remote.fetchedAt = QDateTime::currentDateTimeUtc();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            const QByteArray body = reply->readAll();
            remote.etag = reply->rawHeader("ETag");
            remote.lastModified = reply->rawHeader("Last-Modified");
            remote.failure.clear();
            if (body != remote.text) {
                remote.text = body;
                saveCached(remote);
                spdlog::info("calendar: fetched {} ({} bytes)", remote.url.toStdString(),
                             body.size());
                rescan();
            } else {
                spdlog::debug("calendar: {} unchanged", remote.url.toStdString());
            }
        } else if (status == 304) {
            spdlog::debug("calendar: {} not modified", remote.url.toStdString());
        } else {
            const QString why =
                status != 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
            if (why != remote.failure) {
                spdlog::warn("calendar: fetching {} failed: {}; keeping the last good copy",
                             remote.url.toStdString(), why.toStdString());
                remote.failure = why;
            }
        }
        armFetch();
    });
}

QString CalendarProgram::cachePath(const QString& url) const {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                        QStringLiteral("/flexor/calendar/");
    const auto hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QString::fromLatin1(hash) + QStringLiteral(".ics");
}

void CalendarProgram::loadCached(Remote& remote) {
    QFile file(cachePath(remote.url));
    if (file.open(QIODevice::ReadOnly)) {
        remote.text = file.readAll();
    }
}

void CalendarProgram::saveCached(const Remote& remote) const {
    const QString path = cachePath(remote.url);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(remote.text);
        file.commit();
    }
}

void CalendarProgram::readText(const QString& where, const QByteArray& text, qint64 from, qint64 to,
                               std::vector<BusySpan>& out) {
    auto result = readIcs(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                          from, to, options_.filter);
    std::string& logged = errors_[where];
    if (result.error != logged) {
        if (!result.error.empty()) {
            spdlog::warn("calendar: {}:{}", where.toStdString(), result.error.substr(5));
        }
        logged = result.error;
    }
    out.insert(out.end(), result.busy.begin(), result.busy.end());
}

std::vector<BusySpan> CalendarProgram::readAll(qint64 from, qint64 to) {
    std::vector<BusySpan> busy;
    QStringList watched;
    for (const QString& source : options_.sources) {
        if (isUrl(source) || source == kEvolution) {
            continue;
        }
        const QString path = expandHome(source);
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir()) {
            watched << path;
            QDirIterator it(path, {QStringLiteral("*.ics")},
                            QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString entry = it.next();
                (it.fileInfo().isDir() ? watched : files) << entry;
            }
        } else {
            files << path;
            // The folder too: an editor that saves by renaming replaces the file.
            watched << info.absolutePath();
        }
        for (const QString& file : files) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                watched << file;
                readText(file, f.readAll(), from, to, busy);
            }
        }
    }
    for (const auto& r : remotes_) {
        if (!r->text.isEmpty()) {
            readText(r->url, r->text, from, to, busy);
        }
    }
    if (eds_) {
        const auto events = eds_->busy(from, to, options_.filter);
        busy.insert(busy.end(), events.begin(), events.end());
    }
    const QStringList old = watcher_.files() + watcher_.directories();
    QStringList gone;
    for (const QString& p : old) {
        if (!watched.contains(p)) {
            gone << p;
        }
    }
    if (!gone.isEmpty()) {
        watcher_.removePaths(gone);
    }
    QStringList added;
    for (const QString& p : watched) {
        if (!old.contains(p)) {
            added << p;
        }
    }
    if (!added.isEmpty()) {
        watcher_.addPaths(added);
    }
    std::sort(busy.begin(), busy.end());
    busy.erase(std::unique(busy.begin(), busy.end()), busy.end());
    return busy;
}

// Reads every source for the day ahead, tells the daemon if anything changed, and arms the
// timer for when the day ahead takes in the next meeting beyond it.
void CalendarProgram::rescan() {
    const qint64 now = platform::wallMilliseconds() / 1000;
    const qint64 horizon = options_.horizonSeconds;
    if (eds_) {
        eds_->follow(now);
    }
    std::vector<BusySpan> ahead = readAll(now, now + 2 * horizon);
    const auto beyond = std::find_if(ahead.begin(), ahead.end(),
                                     [&](const BusySpan& b) { return b.start >= now + horizon; });
    const qint64 nextLook = beyond != ahead.end() ? beyond->start - horizon : now + horizon;
    ahead.erase(beyond, ahead.end());
    windowTimer_.start(static_cast<int>(std::clamp<qint64>(nextLook - now, 1, 24 * 3600) * 1000));
    if (!told_ || *told_ != ahead) {
        tell(ahead);
        told_ = ahead;
    }
}

void CalendarProgram::tell(const std::vector<BusySpan>& busy) {
    QJsonArray list;
    for (const auto& b : busy) {
        QJsonObject o{{QStringLiteral("start"), static_cast<qint64>(b.start * 1000)},
                      {QStringLiteral("end"), static_cast<qint64>(b.end * 1000)}};
        if (options_.titles) {
            o.insert(QStringLiteral("title"), QString::fromStdString(b.title));
        }
        list.append(o);
    }
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("busy"), list}}).toJson(QJsonDocument::Compact);
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
    spdlog::debug("calendar: {} meeting(s) in the day ahead", busy.size());
}

int runCalendarProgram(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads calendars for Flexor and prints the meetings ahead as JSON lines. Started by the "
        "daemon; not meant to be run by hand."));
    parser.addHelpOption();
    const QCommandLineOption ignore(QStringLiteral("ignore"),
                                    QStringLiteral("Leave out events whose title holds WORD."),
                                    QStringLiteral("WORD"));
    const QCommandLineOption me(QStringLiteral("me"),
                                QStringLiteral("The user's address (declined events)."),
                                QStringLiteral("ADDRESS"));
    const QCommandLineOption titles(QStringLiteral("titles"),
                                    QStringLiteral("Include the events' titles."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log more."));
    parser.addOptions({ignore, me, titles, verbose});
    parser.addPositionalArgument(
        QStringLiteral("sources"),
        QStringLiteral(".ics files, folders, http(s) URLs and \"evolution\" (Evolution "
                       "Data Server's selected calendars)."));
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp();
    }
    setUpLogging(parser.isSet(verbose));
    ProgramOptions options;
    options.sources = parser.positionalArguments();
    for (const QString& w : parser.values(ignore)) {
        options.filter.ignoreWords.push_back(w.toStdString());
    }
    for (const QString& a : parser.values(me)) {
        options.filter.myAddresses.push_back(a.toStdString());
    }
    options.titles = parser.isSet(titles);
    // Tests speak in seconds: how often a URL may be fetched.
    if (const auto every = qEnvironmentVariableIntValue("FLEXOR_CALENDAR_FETCH_SECONDS");
        every > 0) {
        options.fetchEverySeconds = every;
    }
    CalendarProgram program(std::move(options));
    program.start();
    return QCoreApplication::exec();
}

} // namespace flexor::calendar
