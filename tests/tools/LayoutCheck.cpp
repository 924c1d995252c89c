// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LayoutCheck.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace flexor::tools {

namespace {

QString describe(const QWidget* widget, const QString& text, QSize needs) {
    return QStringLiteral("%1 '%2' needs %3x%4, has %5x%6")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(40))
        .arg(needs.width())
        .arg(needs.height())
        .arg(widget->width())
        .arg(widget->height());
}

} // namespace

LayoutCheck::LayoutCheck(QWidget* window)
    : QObject(window)
    , window_(window) {
    window->installEventFilter(this);
    for (auto* child : window->findChildren<QWidget*>()) {
        child->installEventFilter(this);
    }
}

bool LayoutCheck::eventFilter(QObject*, QEvent* event) {
    const auto type = event->type();
    if ((type == QEvent::LayoutRequest || type == QEvent::Show || type == QEvent::Resize) &&
        !pending_) {
        pending_ = true;
        // After the layout has run: a queued call comes after the posted layout request.
        QTimer::singleShot(0, this, [this] { report(); });
    }
    return false;
}

void LayoutCheck::report() {
    pending_ = false;
    if (!window_->isVisible()) {
        return;
    }
    int checked = 0;
    const QStringList problems = clipped(window_, &checked);
    if (problems.isEmpty()) {
        std::printf("layout: ok (%d texts)\n", checked);
    } else {
        std::printf("layout: clipped %s\n", qPrintable(problems.join(QStringLiteral("; "))));
    }
    std::fflush(stdout);
}

QStringList LayoutCheck::clipped(QWidget* window, int* checked) {
    QStringList problems;
    int count = 0;
    const QRect inside = window->rect();
    for (auto* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || !widget->isVisible()) {
            continue;
        }
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!inside.contains(area)) {
            problems << describe(widget, QStringLiteral("(outside the window)"), area.size());
        }
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            ++count;
            QSize needs = label->minimumSizeHint();
            if (label->wordWrap()) {
                needs = QSize(0, label->heightForWidth(label->width()));
            }
            if (needs.width() > label->width() || needs.height() > label->height()) {
                problems << describe(label, label->text(), needs);
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            ++count;
            const QSize needs = button->sizeHint();
            if (needs.width() > button->width() || needs.height() > button->height()) {
                problems << describe(button, button->text(), needs);
            }
        }
    }
    if (checked != nullptr) {
        *checked = count;
    }
    return problems;
}

} // namespace flexor::tools
