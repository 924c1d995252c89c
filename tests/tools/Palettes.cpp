// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Palettes.h"

#include <QApplication>
#include <QStyleFactory>

namespace flexor::tools {

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
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    return p;
}

QPalette highContrastPalette() {
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        p.setColor(role, Qt::black);
    }
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText}) {
        p.setColor(role, Qt::white);
    }
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Mid, Qt::white);
    p.setColor(QPalette::Dark, Qt::white);
    return p;
}

void applyPaletteOption(QStringList& args) {
    if (args.removeAll(QStringLiteral("--dark")) > 0) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    if (args.removeAll(QStringLiteral("--high-contrast")) > 0) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
    }
}

} // namespace flexor::tools
