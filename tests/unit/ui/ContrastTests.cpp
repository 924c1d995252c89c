// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/Contrast.h"

#include <doctest/doctest.h>

using namespace flexor;

TEST_CASE("contrast ratios follow WCAG: 21 for black on white, 1 for a colour on itself") {
    CHECK(ui::contrastRatio(Qt::black, Qt::white) == doctest::Approx(21.0));
    CHECK(ui::contrastRatio(Qt::white, Qt::black) == doctest::Approx(21.0));
    CHECK(ui::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) ==
          doctest::Approx(1.0));
    // WCAG's own example: #767676 is the lightest grey with 4.5:1 on white.
    CHECK(ui::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) ==
          doctest::Approx(4.54).epsilon(0.01));
}
