// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PoseView.h"

#include "RoutineAccessibleFactory.h"

#include <QPainter>

namespace flexor::routine {

PoseView::PoseView(QWidget* parent)
    : QWidget(parent) {
    installRoutineAccessibleFactory();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(200, 140);
}

void PoseView::showPicture(const QString& path, bool mirrored, const QString& description) {
    if (path != path_) {
        path_ = path;
        if (path.isEmpty() || !renderer_.load(path)) {
            renderer_.load(QByteArray());
        }
    }
    mirrored_ = mirrored;
    setAccessibleName(description);
    update();
}

QSize PoseView::sizeHint() const {
    return {400, 280};
}

void PoseView::paintEvent(QPaintEvent*) {
    if (!renderer_.isValid()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF picture = renderer_.viewBoxF().size();
    picture.scale(size(), Qt::KeepAspectRatio);
    const QRectF target((width() - picture.width()) / 2, (height() - picture.height()) / 2,
                        picture.width(), picture.height());
    if (mirrored_) {
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    renderer_.render(&painter, target);
}

} // namespace flexor::routine
