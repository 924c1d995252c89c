// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#define DOCTEST_CONFIG_IMPLEMENT
#include <QCoreApplication>
#include <doctest/doctest.h>

// Some units (config watching, D-Bus types) need a Qt application object.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return doctest::Context(argc, argv).run();
}
