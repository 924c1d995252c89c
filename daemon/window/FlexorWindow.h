// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QTabWidget;

namespace flexor::ui {
class StatisticsWindow;
class StatusAnnouncer;
} // namespace flexor::ui

namespace flexor::window {

class DaemonLink;
class NowPage;
class WelcomePage;

// The Flexor window: Now, Statistics and Settings as tabs, and on the first start a Welcome
// before them. Pages that read the disk (statistics) are built when first shown.
class FlexorWindow : public QWidget {
    Q_OBJECT
public:
    FlexorWindow(DaemonLink& daemon, const QList<std::pair<QString, QString>>& routines,
                 QWidget* parent = nullptr);

    // now, statistics, settings or welcome; anything else leaves the page as it is.
    void showPage(const QString& page);
    QString currentPage() const;

private:
    void buildStatistics();

    DaemonLink& daemon_;
    QTabWidget* tabs_ = nullptr;
    NowPage* now_ = nullptr;
    QWidget* statisticsHolder_ = nullptr;
    ui::StatisticsWindow* statistics_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    ui::StatusAnnouncer* announcer_ = nullptr;
};

} // namespace flexor::window
