// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChildProgram.h"

#include "BuildInfo.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace flexor::service {

QString childProgramPath(const QString& name) {
    const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStringLiteral(FLEXOR_LIBEXEC_DIR "/") + name;
}

} // namespace flexor::service
