// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPalette>
#include <QStringList>

namespace flexor::tools {

// A dark desktop theme's colours, as Breeze Dark or Adwaita dark give them.
QPalette darkPalette();

// High contrast: white on black, yellow focus and selection, as the desktops' high-contrast
// themes do.
QPalette highContrastPalette();

// Applies --dark or --high-contrast from the arguments to the application (Fusion style, so
// the palette is honoured); removes them from args.
void applyPaletteOption(QStringList& args);

} // namespace flexor::tools
