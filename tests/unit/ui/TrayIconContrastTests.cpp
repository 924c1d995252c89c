// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/Contrast.h"
#include "ui/TrayIconEngine.h"

#include <QImage>
#include <QPainter>
#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace flexor;
using core::SittingState;

namespace {

struct Case {
    std::string name;
    ui::TrayLook look;
    bool hasMark = true;
};

ui::TrayLook lookOf(SittingState state, double fraction = 0.5) {
    ui::TrayLook look;
    look.state = state;
    look.streakFraction = fraction;
    return look;
}

std::vector<Case> everyState() {
    ui::TrayLook escalated = lookOf(SittingState::ReminderDue, 1.0);
    escalated.escalated = true;
    ui::TrayLook blind = lookOf(SittingState::Sitting, 0.25);
    blind.senses = false;
    return {
        {"sitting, early", lookOf(SittingState::Sitting, 0.25), false},
        {"sitting, late", lookOf(SittingState::Sitting, 11.0 / 12), false},
        {"sitting, unsensed", blind},
        {"due", lookOf(SittingState::ReminderDue, 1.0)},
        {"due, escalated", escalated},
        {"snoozed", lookOf(SittingState::Snoozed)},
        {"standing", lookOf(SittingState::Standing, 0.0)},
        {"in routine", lookOf(SittingState::InRoutine, 0.0)},
        {"paused", lookOf(SittingState::Paused)},
        {"away", lookOf(SittingState::Away, 0.0)},
        {"off schedule", lookOf(SittingState::OffSchedule, 0.0)},
    };
}

// As a panel shows it: the icon composed onto the panel's colour.
QImage onPanel(const ui::TrayLook& look, int size, const QColor& panel) {
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(panel);
    QPainter painter(&image);
    ui::TrayIconEngine engine(look);
    engine.paint(&painter, image.rect(), QIcon::Normal, QIcon::Off);
    return image;
}

// A part of the icon (a band of radii around the centre: the ring outside, the mark inside):
// how many of its pixels differ from the panel, and how many by 3:1 or more (WCAG's bar for
// the parts of a graphic needed to understand it).
struct Part {
    int drawn = 0;  // visibly different from the panel
    int strong = 0; // 3:1 or more against it
};

Part measure(const QImage& image, const QColor& panel, double fromRadius, double toRadius) {
    Part part;
    const double centre = image.width() / 2.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const double r = std::hypot(x + 0.5 - centre, y + 0.5 - centre);
            if (r < fromRadius || r >= toRadius) {
                continue;
            }
            const double ratio = ui::contrastRatio(QColor(image.pixel(x, y)), panel);
            part.drawn += ratio >= 1.2 ? 1 : 0;
            part.strong += ratio >= ui::kNonTextContrast ? 1 : 0;
        }
    }
    return part;
}

} // namespace

TEST_CASE("the tray icon's ring and mark stand out 3:1 on light and on dark panels") {
    const std::vector<std::pair<std::string, QColor>> panels = {{"light", QColor(0xf0, 0xf0, 0xf0)},
                                                                {"dark", QColor(0x20, 0x20, 0x20)}};
    for (int size : {16, 22, 24, 32}) {
        const auto [width, ringRadius] = ui::TrayIconEngine::ringOf(size);
        for (const auto& [panelName, panel] : panels) {
            for (const auto& c : everyState()) {
                CAPTURE(size);
                CAPTURE(panelName);
                CAPTURE(c.name);
                const QImage image = onPanel(c.look, size, panel);
                const Part ring =
                    measure(image, panel, ringRadius - width / 2 - 1, ringRadius + width / 2 + 1);
                const Part mark = measure(image, panel, 0, ringRadius - width / 2 - 1);
                CAPTURE(ring.strong);
                CAPTURE(mark.strong);
                CAPTURE(mark.drawn);
                // The ring reads as a ring: most of its circumference in strong pixels.
                CHECK(ring.strong >= 0.6 * 2 * M_PI * ringRadius);
                if (c.hasMark) {
                    // The mark reads as its shape: a good part of it, and never just a speck.
                    CHECK(mark.strong >= std::max(4.0, 0.4 * mark.drawn));
                }
            }
        }
    }
}
