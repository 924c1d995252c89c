// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdio>

namespace flexor::cli {

// lupdate files a tr() call made in namespace flexor::cli under that namespace's name, so the
// free functions of the command line translate in that context.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("flexor::cli", text, disambiguation, n);
}

// Writes text as the terminal's locale wants it, at once.
inline void print(FILE* stream, const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace flexor::cli
