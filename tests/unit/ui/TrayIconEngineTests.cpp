// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/TrayIconEngine.h"

#include <QImage>
#include <QPainter>
#include <doctest/doctest.h>
#include <filesystem>

using namespace flexor;

namespace {

std::size_t threadCount() {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& task :
         std::filesystem::directory_iterator("/proc/self/task")) {
        ++count;
    }
    return count;
}

QImage render(const ui::TrayLook& look, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    ui::TrayIconEngine engine(look);
    engine.paint(&painter, image.rect(), QIcon::Normal, QIcon::Off);
    return image;
}

int opaquePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

// Qt's rasterizer hands large fills to a pool of helper threads; for an icon that changes
// every few minutes that means threads created and torn down each time.
TEST_CASE("drawing the tray icon starts no helper threads, at any panel size") {
    ui::TrayLook look;
    look.streakFraction = 7.0 / 12;
    const auto before = threadCount();
    for (int size : {16, 22, 24, 32, 48, 64, 96, 128}) {
        CAPTURE(size);
        const QImage image = render(look, size);
        CHECK(opaquePixels(image) > size); // something was drawn
    }
    CHECK(threadCount() == before);
}

TEST_CASE("the ring grows with the streak") {
    ui::TrayLook early;
    early.streakFraction = 1.0 / 12;
    ui::TrayLook late = early;
    late.streakFraction = 11.0 / 12;
    CHECK(opaquePixels(render(late, 48)) > opaquePixels(render(early, 48)));
}
