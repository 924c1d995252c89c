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
