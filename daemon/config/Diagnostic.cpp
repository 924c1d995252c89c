#include "Diagnostic.h"

namespace flexor::config {

namespace {

const char* severityName(Diagnostic::Severity severity) {
    return severity == Diagnostic::Severity::Error ? "error" : "warning";
}

} // namespace

std::string Diagnostic::toString() const {
    std::string where = file;
    if (line > 0) {
        where += ':' + std::to_string(line);
        if (column > 0) {
            where += ':' + std::to_string(column);
        }
    }
    return where + ": " + severityName(severity) + ": " + message;
}

} // namespace flexor::config
