// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <utility>
#include <vector>

namespace flexor::XX::test {

// Points the XDG base directories at a fresh temporary home for one test, so the autostart
// code reads and writes there, and puts the environment back afterwards.
class XdgSandbox {
public:
    XdgSandbox() {
        REQUIRE(home_.isValid());
        point("XDG_CONFIG_HOME", configHome());
        point("XDG_CONFIG_DIRS", systemConfig());
        point("XDG_STATE_HOME", home_.filePath(QStringLiteral("state")));
    }
    ~XdgSandbox() {
        for (const auto& [name, value] : saved_) {
            if (value.isNull()) {
                qunsetenv(name);
            } else {
                qputenv(name, value);
            }
        }
    }
    XdgSandbox(const XdgSandbox&) = delete;
    XdgSandbox& operator=(const XdgSandbox&) = delete;

    QString configHome() const { return home_.filePath(QStringLiteral("config")); }
    QString systemConfig() const { return home_.filePath(QStringLiteral("etc-xdg")); }
    QString userEntry() const {
        return configHome() + QStringLiteral("/autostart/io.github.flexor.Flexor.desktop");
    }

    // Writes a file below the sandbox, creating its folders.
    void write(const QString& path, const QByteArray& contents) const {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    static QByteArray read(const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

private:
    void point(const char* name, const QString& value) {
        saved_.push_back({name, qgetenv(name)});
        if (!qEnvironmentVariableIsSet(name)) {
            saved_.back().second = QByteArray();
        }
        qputenv(name, value.toUtf8());
    }

    QTemporaryDir home_;
    std::vector<std::pair<const char*, QByteArray>> saved_;
};

} // namespace flexor::XX::test
