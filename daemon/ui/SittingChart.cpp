// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SittingChart.h"

#include "AccessibleFactory.h"
#include "DurationText.h"
#include "core/DurationSyntax.h"

#include <QDate>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace flexor::ui {

namespace {

using namespace std::chrono_literals;

constexpr int kAxisWidth = 44;   // room for the hour labels on the left
constexpr int kLabelHeight = 22; // room for the day labels below
constexpr int kMarksHeight = 30; // room for the break marks above the tallest bar
constexpr int kMarkSize = 6;
constexpr int kMaxMarks = 4; // more breaks than this still show as this many

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QDate toQDate(core::LocalDay day) {
    const std::chrono::year_month_day ymd{day};
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                 static_cast<int>(unsigned(ymd.day())));
}

QString hoursText(int hours) {
    return SittingChart::tr("%1 h").arg(hours);
}

} // namespace

SittingChart::SittingChart(QWidget* parent)
    : QWidget(parent) {
    installAccessibleFactory();
    setAccessibleName(tr("Sitting time per day"));
}

void SittingChart::setDays(std::vector<core::DayStatistics> days) {
    days_ = std::move(days);
    describe();
    update();
}

int SittingChart::barCount() const {
    return static_cast<int>(std::count_if(days_.begin(), days_.end(), [](const auto& d) {
        return d.sitting > core::Duration::zero();
    }));
}

QSize SittingChart::sizeHint() const {
    return {560, 240};
}

QSize SittingChart::minimumSizeHint() const {
    return {320, 160};
}

QColor SittingChart::barColor() const {
    return palette().color(QPalette::Highlight);
}

QRect SittingChart::plotArea() const {
    return rect().adjusted(kAxisWidth, kMarksHeight, -8, -kLabelHeight);
}

// The top of the scale: the longest day rounded up to a whole hour, at least one hour.
core::Duration SittingChart::scaleTop() const {
    core::Duration longest = 1h;
    for (const auto& d : days_) {
        longest = std::max(longest, d.sitting);
    }
    return std::chrono::ceil<std::chrono::hours>(longest);
}

QRect SittingChart::barRect(int index) const {
    if (index < 0 || index >= static_cast<int>(days_.size()) ||
        days_[static_cast<std::size_t>(index)].sitting <= core::Duration::zero()) {
        return {};
    }
    const QRect plot = plotArea();
    const int width = std::max(2, int(slotWidth() * 0.6));
    const double share =
        double(days_[static_cast<std::size_t>(index)].sitting.count()) / double(scaleTop().count());
    const int height = std::max(2, int(share * plot.height()));
    return {slotCenter(index) - width / 2, plot.bottom() + 1 - height, width, height};
}

double SittingChart::slotWidth() const {
    return days_.empty() ? 0.0 : double(plotArea().width()) / double(days_.size());
}

int SittingChart::slotCenter(int index) const {
    return plotArea().left() + int(slotWidth() * (index + 0.5));
}

void SittingChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    drawGrid(painter);
    for (int i = 0; i < static_cast<int>(days_.size()); ++i) {
        const QRect bar = barRect(i);
        if (!bar.isEmpty()) {
            painter.fillRect(bar, barColor());
        }
        const int top = bar.isEmpty() ? plotArea().bottom() + 1 : bar.top();
        drawBreakMarks(painter, days_[static_cast<std::size_t>(i)], slotCenter(i), top);
        drawDayLabel(painter, i);
    }
}

void SittingChart::drawGrid(QPainter& painter) const {
    const QRect plot = plotArea();
    const int hours = int(std::chrono::duration_cast<std::chrono::hours>(scaleTop()).count());
    const int step = hours > 8 ? 2 : 1; // keep the labels apart on long days
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlpha(40);
    painter.setPen(palette().color(QPalette::WindowText));
    for (int h = step; h <= hours; h += step) {
        const int y = plot.bottom() - plot.height() * h / hours;
        painter.save();
        painter.setPen(grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.restore();
        painter.drawText(QRect(0, y - 10, kAxisWidth - 6, 20), Qt::AlignRight | Qt::AlignVCenter,
                         hoursText(h));
    }
    painter.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1);
}

void SittingChart::drawBreakMarks(QPainter& painter, const core::DayStatistics& day, int centerX,
                                  int top) const {
    const QColor taken = isDark(palette()) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    const QColor skipped = palette().color(QPalette::WindowText);
    const int takenMarks = std::min(kMaxMarks, day.breaksTaken + day.naturalBreaks);
    const int skippedMarks = std::min(kMaxMarks - takenMarks, day.breaksSkipped);
    const int x = centerX - kMarkSize / 2;
    int y = top - kMarkSize - 3;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < takenMarks + skippedMarks; ++i, y -= kMarkSize + 1) {
        const bool isTaken = i < takenMarks;
        painter.setPen(isTaken ? taken : skipped);
        painter.setBrush(isTaken ? QBrush(taken) : Qt::NoBrush);
        painter.drawEllipse(QRect(x, y, kMarkSize, kMarkSize));
    }
    painter.restore();
}

void SittingChart::drawDayLabel(QPainter& painter, int index) const {
    const std::size_t count = days_.size();
    const QDate date = toQDate(days_[static_cast<std::size_t>(index)].day);
    const bool week = count <= 7;
    // Over a month, every fifth day and the last one, so the labels do not overlap.
    if (!week && (count - 1 - static_cast<std::size_t>(index)) % 5 != 0) {
        return;
    }
    const QString text = week ? QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)
                              : QString::number(date.day());
    const int width = int(slotWidth()) + 20;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        QRect(slotCenter(index) - width / 2, plotArea().bottom() + 3, width, kLabelHeight - 3),
        Qt::AlignHCenter | Qt::AlignTop, text);
}

void SittingChart::describe() {
    core::Duration total{};
    for (const auto& d : days_) {
        total += d.sitting;
    }
    // The chart in words, for a screen reader: the total, then each day that has anything.
    QStringList parts{tr("%n bar(s) over %1 days; %2 of sitting in all", nullptr, barCount())
                          .arg(days_.size())
                          .arg(durationText(total))};
    for (const auto& day : days_) {
        if (day.sitting == core::Duration{} && day.breaksTaken + day.naturalBreaks == 0) {
            continue;
        }
        parts << tr("%1: %2 sitting, %n break(s)", nullptr, day.breaksTaken + day.naturalBreaks)
                     .arg(QLocale().toString(toQDate(day.day), QLocale::ShortFormat),
                          durationText(day.sitting));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

} // namespace flexor::ui
