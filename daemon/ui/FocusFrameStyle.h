// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QProxyStyle>

namespace flexor::ui {

// The application's style with a focus frame anyone can see: a 2 px frame around the focused
// button, always (Fusion draws its faint one only after a Tab press, and not at all on the
// button that had the focus when the window opened), in a colour that stands out from the
// window and the button by well over WCAG's 3:1. Every window of ours calls install() before it
// builds its widgets.
class FocusFrameStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps the application's current style once; later calls do nothing. Keeps a palette the
    // application set (a dark or high-contrast one), which changing the style would reset.
    static void install();

    // The palette's highlight colour, darker or lighter as needed to stand out 5:1 from the
    // window and the buttons (so 3:1 from a pressed or checked button's face); the window's
    // text colour if no shade of it does.
    static QColor frameColor(const QColor& highlight, const QColor& window, const QColor& button,
                             const QColor& windowText);

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

private:
    explicit FocusFrameStyle(QStyle* base);
};

} // namespace flexor::ui
