// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatisticsWindow.h"

#include "AccessibleFactory.h"
#include "DurationText.h"
#include "FocusFrameStyle.h"
#include "SittingChart.h"

#include <QButtonGroup>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace flexor::ui {

namespace {

using namespace std::chrono;

QString human(core::Duration d) {
    return durationText(d);
}

QLabel* heading(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A big number over a small caption.
QWidget* tile(QLabel*& value, const QString& caption) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    value = new QLabel;
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(caption);
    text->setAlignment(Qt::AlignHCenter);
    layout->addWidget(value);
    layout->addWidget(text);
    return box;
}

QDate toQDate(core::LocalTime t) {
    const year_month_day ymd{floor<days>(t)};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

} // namespace

StatisticsWindow::StatisticsWindow(JournalReader readJournal, LocalClock clock,
                                   core::Duration threshold, QWidget* parent)
    : QWidget(parent)
    , readJournal_(std::move(readJournal))
    , clock_(std::move(clock))
    , threshold_(threshold) {
    installAccessibleFactory();
    FocusFrameStyle::install();
    setWindowTitle(tr("Flexor statistics"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Today")));
    layout->addWidget(buildTodayRow());
    layout->addSpacing(8);
    layout->addWidget(buildRangeButtons());
    chart_ = new SittingChart;
    layout->addWidget(chart_, 1);
    // The dots over the bars, in words (the chart's own accessible description says each day).
    auto* legend = new QLabel(tr("Each bar is a day's sitting. Above it, ● is a break you took "
                                 "(a stretch, or you got up by yourself) and ○ a break you "
                                 "skipped."));
    legend->setWordWrap(true);
    legend->setObjectName(QStringLiteral("chartLegend"));
    layout->addWidget(legend);
    layout->addWidget(heading(tr("Longest streaks")));
    streaks_ = new QLabel;
    streaks_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(streaks_);
    reload();
}

QWidget* StatisticsWindow::buildTodayRow() {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tile(sitting_, tr("sitting")));
    layout->addWidget(tile(longest_, tr("longest streak")));
    layout->addWidget(tile(breaks_, tr("breaks taken")));
    layout->addWidget(tile(reminders_, tr("reminders")));
    return row;
}

QWidget* StatisticsWindow::buildRangeButtons() {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Sitting per day")));
    layout->addStretch(1);
    range_ = new QButtonGroup(this);
    for (int days : {7, 30}) {
        auto* button = new QPushButton(tr("Last %1 days").arg(days));
        button->setCheckable(true);
        button->setChecked(days == shownDays_);
        range_->addButton(button, days);
        layout->addWidget(button);
    }
    connect(range_, &QButtonGroup::idClicked, this, &StatisticsWindow::showDays);
    return row;
}

void StatisticsWindow::reload() {
    now_ = clock_();
    const core::LocalDay last = core::dayOf(now_);
    const core::LocalDay first = last - days(kLongestDays - 1);
    entries_ = readJournal_(core::LocalTime{first}, core::LocalTime{last + days(1)});
    days_ = core::dailyStatistics(entries_, first, last, threshold_);
    showToday(days_.back());
    showDays(shownDays_);
}

void StatisticsWindow::showDays(int days) {
    shownDays_ = days == kLongestDays ? kLongestDays : 7;
    if (QAbstractButton* button = range_->button(shownDays_)) {
        button->setChecked(true);
    }
    const auto shown = days_.end() - shownDays_;
    chart_->setDays({shown, days_.end()});
    showLongestStreaks(shown->day, days_.back().day);
}

void StatisticsWindow::setDailyLimit(core::Duration limit) {
    dailyLimit_ = limit;
    sitting_->setText(dailyLimit_ > core::Duration{}
                          ? tr("%1 of %2").arg(human(todaySitting_), human(dailyLimit_))
                          : human(todaySitting_));
}

void StatisticsWindow::showToday(const core::DayStatistics& today) {
    todaySitting_ = today.sitting;
    setDailyLimit(dailyLimit_);
    longest_->setText(human(today.longestStreak));
    breaks_->setText(QString::number(today.breaksTaken + today.naturalBreaks));
    reminders_->setText(QString::number(today.reminders));
}

void StatisticsWindow::showLongestStreaks(core::LocalDay first, core::LocalDay last) {
    const auto streaks = core::longestStreaks(entries_, first, last, 5);
    if (streaks.empty()) {
        streaks_->setText(tr("No streaks recorded in these days yet."));
        return;
    }
    QStringList lines;
    const QLocale locale;
    for (const core::StreakSummary& s : streaks) {
        const auto sinceMidnight = s.start - floor<days>(s.start);
        const QTime time(int(duration_cast<hours>(sinceMidnight).count()),
                         int(duration_cast<minutes>(sinceMidnight).count() % 60));
        lines << tr("%1 at %2: %3")
                     .arg(locale.toString(toQDate(s.start), QLocale::ShortFormat),
                          time.toString(QStringLiteral("HH:mm")), human(s.sitting));
    }
    streaks_->setText(lines.join(QLatin1Char('\n')));
}

} // namespace flexor::ui
