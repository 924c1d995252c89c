// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace flexor::window {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Settings come here.")));
    layout->addStretch(1);
}

} // namespace flexor::window
