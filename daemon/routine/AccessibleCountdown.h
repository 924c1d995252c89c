// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAccessibleWidget>

namespace flexor::routine {

class CountdownRing;

// The countdown ring as assistive technology sees it: a progress bar named "Time left" whose
// value is the whole seconds left (0 to the phase's length), described as "Hold. Seconds
// left: 12". Read only: a screen reader cannot set it.
class AccessibleCountdown : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit AccessibleCountdown(CountdownRing* ring);

    void* interface_cast(QAccessible::InterfaceType type) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant& value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    CountdownRing* ring() const;
};

} // namespace flexor::routine
