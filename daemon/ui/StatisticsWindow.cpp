#include "StatisticsWindow.h"

#include "SittingChart.h"
#include "core/DurationText.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"

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
    return QString::fromStdString(core::humanDuration(d));
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

StatisticsWindow::StatisticsWindow(const platform::history::HistoryStore& store,
                                   core::Duration threshold, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_threshold(threshold) {
    setWindowTitle(tr("Flexor statistics"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Today")));
    layout->addWidget(buildTodayRow());
    layout->addSpacing(8);
    layout->addWidget(buildRangeButtons());
    m_chart = new SittingChart;
    layout->addWidget(m_chart, 1);
    layout->addWidget(heading(tr("Longest streaks")));
    m_streaks = new QLabel;
    m_streaks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_streaks);
    reload();
}

QWidget* StatisticsWindow::buildTodayRow() {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tile(m_sitting, tr("sitting")));
    layout->addWidget(tile(m_longest, tr("longest streak")));
    layout->addWidget(tile(m_breaks, tr("breaks taken")));
    layout->addWidget(tile(m_reminders, tr("reminders")));
    return row;
}

QWidget* StatisticsWindow::buildRangeButtons() {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Sitting per day")));
    layout->addStretch(1);
    m_range = new QButtonGroup(this);
    for (int days : {7, 30}) {
        auto* button = new QPushButton(tr("Last %1 days").arg(days));
        button->setCheckable(true);
        button->setChecked(days == m_shownDays);
        m_range->addButton(button, days);
        layout->addWidget(button);
    }
    connect(m_range, &QButtonGroup::idClicked, this, &StatisticsWindow::showDays);
    return row;
}

void StatisticsWindow::reload() {
    m_now = platform::history::localNow();
    const core::LocalDay last = core::dayOf(m_now);
    const core::LocalDay first = last - days(longestDays - 1);
    m_entries = m_store.entries(core::LocalTime{first}, core::LocalTime{last + days(1)});
    m_days = core::dailyStatistics(m_entries, first, last, m_threshold);
    showToday(m_days.back());
    showDays(m_shownDays);
}

void StatisticsWindow::showDays(int days) {
    m_shownDays = days == longestDays ? longestDays : 7;
    if (QAbstractButton* button = m_range->button(m_shownDays)) {
        button->setChecked(true);
    }
    const auto shown = m_days.end() - m_shownDays;
    m_chart->setDays({shown, m_days.end()});
    showLongestStreaks(shown->day, m_days.back().day);
}

void StatisticsWindow::showToday(const core::DayStatistics& today) {
    m_sitting->setText(human(today.sitting));
    m_longest->setText(human(today.longestStreak));
    m_breaks->setText(QString::number(today.breaksTaken + today.naturalBreaks));
    m_reminders->setText(QString::number(today.reminders));
}

void StatisticsWindow::showLongestStreaks(core::LocalDay first, core::LocalDay last) {
    const auto streaks = core::longestStreaks(m_entries, first, last, 5);
    if (streaks.empty()) {
        m_streaks->setText(tr("No streaks recorded in these days yet."));
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
    m_streaks->setText(lines.join(QLatin1Char('\n')));
}

} // namespace flexor::ui
