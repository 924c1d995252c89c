#include "PoseView.h"

#include <QPainter>

namespace flexor::ui {

PoseView::PoseView(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(200, 140);
}

void PoseView::showPicture(const QString& path, bool mirrored, const QString& description) {
    if (path != m_path) {
        m_path = path;
        if (path.isEmpty() || !m_renderer.load(path)) {
            m_renderer.load(QByteArray());
        }
    }
    m_mirrored = mirrored;
    setAccessibleName(description);
    update();
}

QSize PoseView::sizeHint() const {
    return {400, 280};
}

void PoseView::paintEvent(QPaintEvent*) {
    if (!m_renderer.isValid()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF picture = m_renderer.viewBoxF().size();
    picture.scale(size(), Qt::KeepAspectRatio);
    const QRectF target((width() - picture.width()) / 2, (height() - picture.height()) / 2,
                        picture.width(), picture.height());
    if (m_mirrored) {
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    m_renderer.render(&painter, target);
}

} // namespace flexor::ui
