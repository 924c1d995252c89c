// Stands in for `flexor stats [--days N] [--json|--csv]` until the CLI routes it: the same
// arguments, the same runStatsCommand. Usage: stats_cli stats [--days N] [--json|--csv]
#include "app/StatsCommand.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto format = flexor::app::StatsFormat::Text;
    if (args.contains("--json")) {
        format = flexor::app::StatsFormat::Json;
    } else if (args.contains("--csv")) {
        format = flexor::app::StatsFormat::Csv;
    }
    const qsizetype daysAt = args.indexOf("--days");
    const int days = daysAt > 0 && daysAt + 1 < args.size() ? args[daysAt + 1].toInt() : 7;
    return flexor::app::runStatsCommand(days, format);
}
