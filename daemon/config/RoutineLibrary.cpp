#include "RoutineLibrary.h"

#include "Paths.h"
#include "RoutineLoader.h"

#include <algorithm>

namespace flexor::config {

namespace {

bool isRoutineFile(const std::filesystem::directory_entry& entry) {
    std::error_code ignored;
    return entry.path().extension() == ".toml" && !entry.is_directory(ignored);
}

} // namespace

RoutineDirs standardRoutineDirs(const std::filesystem::path& installedDataDir,
                                const std::filesystem::path& sourceDir) {
    std::error_code ignored;
    const bool installed = std::filesystem::is_directory(installedDataDir / "routines", ignored);
    RoutineDirs dirs;
    dirs.shipped = installed ? installedDataDir / "routines" : sourceDir / "config" / "routines";
    dirs.pictures = {installed ? installedDataDir / "poses" : sourceDir / "assets" / "poses"};
    dirs.user = userRoutinesDir();
    return dirs;
}

RoutineLibrary::RoutineLibrary(RoutineDirs dirs)
    : m_dirs(std::move(dirs)) {
    rescan();
}

void RoutineLibrary::rescan() {
    m_entries.clear();
    scan(m_dirs.shipped, false);
    scan(m_dirs.user, true);
    std::sort(m_entries.begin(), m_entries.end(),
              [](const RoutineEntry& a, const RoutineEntry& b) { return a.name < b.name; });
}

const RoutineEntry* RoutineLibrary::find(std::string_view name) const {
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&](const RoutineEntry& e) { return e.name == name; });
    return found == m_entries.end() ? nullptr : &*found;
}

std::vector<Diagnostic> RoutineLibrary::diagnostics() const {
    std::vector<Diagnostic> all;
    for (const auto& entry : m_entries) {
        all.insert(all.end(), entry.diagnostics.begin(), entry.diagnostics.end());
    }
    return all;
}

void RoutineLibrary::scan(const std::filesystem::path& dir, bool fromUser) {
    std::error_code status;
    // A folder that is missing or unreadable simply holds no routines.
    std::filesystem::directory_iterator files(dir, status);
    if (status) {
        return;
    }
    for (const auto& file : files) {
        if (!isRoutineFile(file)) {
            continue;
        }
        auto loaded = loadRoutineFile(file.path(), m_dirs.pictures);
        RoutineEntry entry{file.path().stem().string(), file.path(), fromUser,
                           std::move(loaded.routine), std::move(loaded.diagnostics)};
        auto same = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const RoutineEntry& e) { return e.name == entry.name; });
        if (same != m_entries.end()) {
            *same = std::move(entry);
        } else {
            m_entries.push_back(std::move(entry));
        }
    }
}

} // namespace flexor::config
