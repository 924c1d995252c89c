// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Shows the statistics window for a history database, as the tray menu would, and reports on
// stdout once the chart has been painted: how long opening took, how many bars the chart
// drew, where the chart is on screen and the bar colour, so a test can check a screenshot.
// Usage: stats_window DATABASE [--days 7|30] [--dark]
#include "app/Translations.h"
#include "platform/history/HistoryStore.h"
#include "ui/SittingChart.h"
#include "ui/StatisticsWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>

using namespace flexor;
using namespace std::chrono_literals;

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x24, 0x24, 0x28));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x20));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x34, 0x34, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x5c, 0x9d, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

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
    app::Translations::install("auto"); // the session's language, as the daemon speaks it
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: stats_window DATABASE [--days 7|30] [--dark]\n");
        return 2;
    }
    if (args.contains("--dark")) {
        app.setStyle(QStyleFactory::create("Fusion"));
        app.setPalette(darkPalette());
    }
    const qsizetype daysAt = args.indexOf("--days");
    const int days = daysAt > 0 && daysAt + 1 < args.size() ? args[daysAt + 1].toInt() : 7;

    QElapsedTimer clock;
    clock.start();
    platform::history::HistoryOptions readOnly;
    readOnly.access = platform::history::HistoryAccess::ReadOnly;
    const platform::history::HistoryStore store(args[1].toStdString(), readOnly);
    ui::StatisticsWindow window(store, 45min);
    window.showDays(days);
    FirstPaintReporter reporter(window, clock);
    window.chart()->installEventFilter(&reporter);
    window.resize(720, 560);
    window.move(0, 0);
    window.show();
    return app.exec();
}
