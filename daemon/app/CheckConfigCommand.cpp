#include "CheckConfigCommand.h"

#include "config/ConfigLoader.h"
#include "config/Paths.h"

#include <iostream>

namespace flexor::app {

// Plain stdout rather than tr(): these lines follow the compiler convention that editors parse,
// and the messages come from the Qt-free config layer.
int runCheckConfig(const std::optional<std::filesystem::path>& file) {
    const auto path = file.value_or(config::configFile());
    const auto result = config::loadConfigFile(path);
    for (const auto& diagnostic : result.diagnostics) {
        std::cout << diagnostic.toString() << '\n';
    }
    if (!result.config) {
        std::cout.flush();
        return 1;
    }
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        std::cout << "OK: " << path.string() << '\n';
    } else {
        std::cout << "OK: " << path.string() << " does not exist, so the defaults apply\n";
    }
    std::cout.flush();
    return 0;
}

} // namespace flexor::app
