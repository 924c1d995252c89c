// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSvgRenderer>
#include <QWidget>

namespace flexor::routine {

// One pose picture (SVG), scaled to fit with its proportions kept; mirrored for the right side
// of the body. Rendered from vectors on every paint, so it stays sharp on HiDPI screens.
class PoseView : public QWidget {
    Q_OBJECT
public:
    explicit PoseView(QWidget* parent = nullptr);

    // An empty path, or a file that is not a valid SVG, shows nothing.
    void showPicture(const QString& path, bool mirrored, const QString& description);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer renderer_;
    QString path_;
    bool mirrored_ = false;
};

} // namespace flexor::routine
