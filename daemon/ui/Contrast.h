// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

namespace flexor::ui {

// WCAG 2.x colour contrast: what "legible" means for a focus frame or a tray icon on a panel.
// Both ignore alpha: compose a translucent colour onto its background first.
double relativeLuminance(const QColor& color);
// From 1 (the same) to 21 (black on white); the order of the two colours does not matter.
double contrastRatio(const QColor& a, const QColor& b);

// WCAG 2.2 asks 3:1 for focus indicators and for the parts of graphics needed to understand them.
inline constexpr double kNonTextContrast = 3.0;

} // namespace flexor::ui
