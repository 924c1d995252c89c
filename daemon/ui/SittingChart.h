// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Statistics.h"

#include <QWidget>
#include <vector>

namespace flexor::ui {

// A bar chart of sitting time per day, drawn with QPainter: one bar per day that had any
// sitting, with the day's breaks marked above it (filled dots: breaks taken or natural,
// hollow dots: skipped). Colours come from the palette, so it follows light and dark themes.
class SittingChart : public QWidget {
    Q_OBJECT
    // How many bars are drawn: for tests and assistive technology.
    Q_PROPERTY(int barCount READ barCount)
public:
    explicit SittingChart(QWidget* parent = nullptr);

    void setDays(std::vector<core::DayStatistics> days);
    int barCount() const;
    // Where the bar of day `index` is drawn, in widget coordinates (empty when it has none).
    QRect barRect(int index) const;
    QColor barColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect plotArea() const;
    core::Duration scaleTop() const;
    void drawGrid(QPainter& painter) const;
    double slotWidth() const;
    int slotCenter(int index) const;
    void drawBreakMarks(QPainter& painter, const core::DayStatistics& day, int centerX,
                        int top) const;
    void drawDayLabel(QPainter& painter, int index) const;
    void describe();

    std::vector<core::DayStatistics> days_;
};

} // namespace flexor::ui
