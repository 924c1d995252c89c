// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/Contrast.h"
#include "ui/FocusFrameStyle.h"

#include <doctest/doctest.h>

using namespace flexor;
using ui::FocusFrameStyle;

namespace {

struct Palette {
    const char* name;
    QColor highlight, window, button, windowText;
};

} // namespace

TEST_CASE("the focus frame stands out from the window and the buttons in every palette") {
    // Fusion's light palette, the dark test palette, high contrast, and a pale highlight.
    const Palette palettes[] = {
        {"light", QColor(0x30, 0x8c, 0xc6), QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef),
         Qt::black},
        {"dark", QColor(0x5c, 0x9d, 0xff), QColor(0x24, 0x24, 0x28), QColor(0x34, 0x34, 0x38),
         QColor(0xe8, 0xe8, 0xe8)},
        {"high contrast", Qt::yellow, Qt::black, Qt::black, Qt::white},
        {"pale", QColor(0xa0, 0xc8, 0xf0), QColor(0xf0, 0xf0, 0xf0), QColor(0xe0, 0xe0, 0xe0),
         Qt::black},
    };
    for (const auto& p : palettes) {
        CAPTURE(p.name);
        const QColor frame =
            FocusFrameStyle::frameColor(p.highlight, p.window, p.button, p.windowText);
        CHECK(ui::contrastRatio(frame, p.window) >= 5.0);
        CHECK(ui::contrastRatio(frame, p.button) >= 5.0);
    }
}

TEST_CASE("the focus frame keeps the highlight's hue, or the highlight itself when it suffices") {
    CHECK(FocusFrameStyle::frameColor(Qt::yellow, Qt::black, Qt::black, Qt::white) ==
          QColor(Qt::yellow));
    const QColor light = FocusFrameStyle::frameColor(
        QColor(0x30, 0x8c, 0xc6), QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef), Qt::black);
    CHECK(light.hslHue() == doctest::Approx(QColor(0x30, 0x8c, 0xc6).hslHue()).epsilon(0.05));
    CHECK(light.lightness() < QColor(0x30, 0x8c, 0xc6).lightness()); // darker on a light window
}

TEST_CASE("a highlight that no shade can bring out gives way to the window's text colour") {
    // A mid-grey window and button: no shade of grey-blue reaches 5:1 against both.
    const QColor grey(0x77, 0x77, 0x77);
    CHECK(FocusFrameStyle::frameColor(QColor(0x70, 0x80, 0x90), grey, grey, Qt::white) ==
          QColor(Qt::white));
}
