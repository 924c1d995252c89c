// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Shows the statistics window for a history database, as the tray menu would, and reports on
// stdout once the chart has been painted: how long opening took, how many bars the chart
// drew, where the chart is on screen and the bar colour, so a test can check a screenshot.
// Usage: stats_window DATABASE [--days 7|30] [--dark | --high-contrast] [--check-layout]
// [--report-focus]
#include "FocusReport.h"
#include "LayoutCheck.h"
#include "Palettes.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"
#include "start/Translations.h"
#include "ui/SittingChart.h"
#include "ui/StatisticsWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPalette>
#include <QTimer>
#include <cstdio>

using namespace flexor;
using namespace std::chrono_literals;

namespace {

// Reports once, after the chart's first paint has finished.
class FirstPaintReporter : public QObject {
public:
    FirstPaintReporter(ui::StatisticsWindow& window, const QElapsedTimer& clock)
        : window_(window)
        , clock_(clock) {}

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && !reported_) {
            reported_ = true;
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return false;
    }

private:
    void report() {
        const ui::SittingChart* chart = window_.chart();
        const QPoint origin = chart->mapToGlobal(QPoint(0, 0));
        std::printf("shown ms=%lld bars=%d chart=%d,%d,%d,%d bar=%s window=%s\n",
                    static_cast<long long>(clock_.elapsed()), chart->property("barCount").toInt(),
                    origin.x(), origin.y(), chart->width(), chart->height(),
                    qPrintable(chart->barColor().name()),
                    qPrintable(window_.palette().color(QPalette::Window).name()));
        std::printf("description=%s\n", qPrintable(chart->accessibleDescription()));
        std::fflush(stdout);
    }

    ui::StatisticsWindow& window_;
    const QElapsedTimer& clock_;
    bool reported_ = false;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    start::Translations::install("auto"); // the session's language, as the daemon speaks it
    QStringList args = app.arguments();
    tools::applyPaletteOption(args);
    tools::FocusReport::installIfAsked(args);
    const bool checkLayout = args.removeAll(QStringLiteral("--check-layout")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: stats_window DATABASE [--days 7|30] [--dark | "
                             "--high-contrast] [--check-layout] [--report-focus]\n");
        return 2;
    }
    const qsizetype daysAt = args.indexOf("--days");
    const int days = daysAt > 0 && daysAt + 1 < args.size() ? args[daysAt + 1].toInt() : 7;

    QElapsedTimer clock;
    clock.start();
    platform::history::HistoryOptions readOnly;
    readOnly.access = platform::history::HistoryAccess::ReadOnly;
    const platform::history::HistoryStore store(args[1].toStdString(), readOnly);
    ui::StatisticsWindow window(
        [&store](core::LocalTime from, core::LocalTime to) { return store.entries(from, to); },
        [] { return platform::history::localNow(); }, 45min);
    window.showDays(days);
    FirstPaintReporter reporter(window, clock);
    window.chart()->installEventFilter(&reporter);
    if (checkLayout) {
        new tools::LayoutCheck(&window);
    }
    window.resize(720, 560);
    window.move(0, 0);
    window.show();
    return app.exec();
}
