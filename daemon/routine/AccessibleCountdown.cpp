// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccessibleCountdown.h"

#include "CountdownRing.h"

namespace flexor::routine {

AccessibleCountdown::AccessibleCountdown(CountdownRing* ring)
    : QAccessibleWidget(ring, QAccessible::ProgressBar) {}

void* AccessibleCountdown::interface_cast(QAccessible::InterfaceType type) {
    if (type == QAccessible::ValueInterface) {
        return static_cast<QAccessibleValueInterface*>(this);
    }
    return QAccessibleWidget::interface_cast(type);
}

CountdownRing* AccessibleCountdown::ring() const {
    return static_cast<CountdownRing*>(widget());
}

QVariant AccessibleCountdown::currentValue() const {
    return ring()->secondsLeft();
}

void AccessibleCountdown::setCurrentValue(const QVariant&) {}

QVariant AccessibleCountdown::maximumValue() const {
    return ring()->secondsInPhase();
}

QVariant AccessibleCountdown::minimumValue() const {
    return 0;
}

QVariant AccessibleCountdown::minimumStepSize() const {
    return 1;
}

} // namespace flexor::routine
