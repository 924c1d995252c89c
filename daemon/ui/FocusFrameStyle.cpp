// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FocusFrameStyle.h"

#include "Contrast.h"

#include <QApplication>
#include <QPainter>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <algorithm>

namespace flexor::ui {

namespace {

constexpr qreal kFrameWidth = 2.0;
constexpr qreal kFrameRadius = 3.0;
constexpr qreal kBorderWidth = 1.0;
// Against the window and the button's colour: enough to keep 3:1 over the darker or lighter
// face of a pressed or checked button too.
constexpr double kFrameContrast = 5.0;
constexpr int kLightnessSteps = 25;

void drawFrame(QPainter* painter, const QStyleOption& option) {
    const QPalette& palette = option.palette;
    const QColor color = FocusFrameStyle::frameColor(
        palette.color(QPalette::Highlight), palette.color(QPalette::Window),
        palette.color(QPalette::Button), palette.color(QPalette::WindowText));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, kFrameWidth));
    painter->setBrush(Qt::NoBrush);
    // Just inside the button's own border: over the face, so every pixel of the frame changes
    // from a colour it contrasts with (the border is a mid grey in light palettes).
    const qreal inset = kBorderWidth + kFrameWidth / 2.0;
    painter->drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset),
                             kFrameRadius, kFrameRadius);
    painter->restore();
}

} // namespace

FocusFrameStyle::FocusFrameStyle(QStyle* base)
    : QProxyStyle(base) {}

void FocusFrameStyle::install() {
    if (qobject_cast<FocusFrameStyle*>(QApplication::style()) != nullptr) {
        return;
    }
    const bool paletteSet = QCoreApplication::testAttribute(Qt::AA_SetPalette);
    const QPalette kept = QApplication::palette();
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    if (base == nullptr) {
        return; // a style that cannot be made twice: keep it as it is rather than change it
    }
    QApplication::setStyle(new FocusFrameStyle(base));
    if (paletteSet) {
        QApplication::setPalette(kept);
    }
}

QColor FocusFrameStyle::frameColor(const QColor& highlight, const QColor& window,
                                   const QColor& button, const QColor& windowText) {
    const auto enough = [&](const QColor& c) {
        return contrastRatio(c, window) >= kFrameContrast &&
               contrastRatio(c, button) >= kFrameContrast;
    };
    // The highlight's hue, made darker on a light window or lighter on a dark one as needed.
    const bool lightWindow = window.lightnessF() >= 0.5;
    QColor color = highlight.toHsl();
    for (int step = 0; step < kLightnessSteps && !enough(color); ++step) {
        const float lightness =
            std::clamp(color.lightnessF() + (lightWindow ? -0.04F : 0.04F), 0.0F, 1.0F);
        color.setHslF(color.hslHueF(), color.hslSaturationF(), lightness);
    }
    return enough(color) ? color.toRgb() : windowText;
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    // On the button's outer edge, where it meets the window: the frame is judged against
    // the window's colour, and the button's text stays untouched.
    if (element == CE_PushButtonBevel && (option->state & State_HasFocus) != 0) {
        drawFrame(painter, *option);
    }
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const {
    if (element == PE_FrameFocusRect) {
        // Buttons get their frame with the bevel; anything else focusable gets it here, and
        // from the start, not only after a Tab press.
        if (qobject_cast<const QPushButton*>(widget) == nullptr) {
            drawFrame(painter, *option);
        }
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace flexor::ui
