// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The floor the footprint bench measures Flexor against: a bare Qt tray icon (an icon and a
// two-item menu, nothing else), started the way the daemon starts (QApplication, no windows).
// Prints "shown" once the icon is visible.
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QPixmap picture(22, 22);
    picture.fill(Qt::transparent);
    {
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::darkGreen, 3));
        painter.drawEllipse(QRectF(2.5, 2.5, 17, 17));
    }
    QMenu menu;
    menu.addAction(QStringLiteral("Status"));
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    QSystemTrayIcon icon{QIcon(picture)};
    icon.setContextMenu(&menu);
    icon.setToolTip(QStringLiteral("bare tray icon"));
    icon.show();
    QTimer::singleShot(0, [] {
        std::printf("shown\n");
        std::fflush(stdout);
    });
    return QApplication::exec();
}
