// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <doctest/doctest.h>

// A failed CHECK on QStrings prints the texts, not "{?}".
template <>
struct doctest::StringMaker<QString> {
    static doctest::String convert(const QString& text) {
        return ('"' + text + '"').toUtf8().constData();
    }
};
