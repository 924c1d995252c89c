// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DataFiles.h"

#include <QFile>

namespace flexor::app {

QString referenceConfigPath() {
    for (const QString& candidate :
         {QStringLiteral(FLEXOR_DATA_DIR "/default.toml"),
          QStringLiteral(FLEXOR_SOURCE_DATA_DIR "/config/default.toml")}) {
        if (QFile::exists(candidate)) {
            return candidate;
        }
    }
    return {};
}

} // namespace flexor::app
