// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Shows the settings page alone in a window, as the Flexor window hosts it in its Settings tab,
// for trying it by hand and for the end-to-end tests that drive it through AT-SPI.
// Usage: settings_page_host [--dark | --high-contrast]
#include "Palettes.h"
#include "start/Translations.h"
#include "window/SettingsPage.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("settings_page_host"));
    flexor::start::Translations::install("auto"); // the session's language, as Flexor speaks it
    QStringList args = app.arguments();
    flexor::tools::applyPaletteOption(args);
    flexor::window::SettingsPage page;
    page.setWindowTitle(QStringLiteral("Flexor settings"));
    page.resize(640, 720);
    page.show();
    return QApplication::exec();
}
