// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigCommand.h"

#include "CliText.h"
#include "ClientCommands.h"
#include "CommandArgs.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "config/TextFile.h"
#include "start/DataFiles.h"

#include <QCoreApplication>
#include <cstdio>
#include <string>
#include <variant>

namespace flexor::cli {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

int usage() {
    print(stderr, tr("flexor: config takes get KEY, set KEY VALUE, reset KEY or path\n"));
    return kUsage;
}

// The refusal as one message; a broken file lists every error, as check-config does.
int refusal(const config::EditResult& result) {
    using Status = config::EditResult::Status;
    switch (result.status) {
    case Status::BrokenFile:
        print(stderr, tr("flexor: the config file has errors, so it was left as it is; fix them "
                         "first:\n"));
        for (const auto& diagnostic : result.diagnostics) {
            print(stderr, fromStd(diagnostic.toString()) + QLatin1Char('\n'));
        }
        return kBrokenConfigFile;
    case Status::UnknownKey:
    case Status::BadValue:
        print(stderr, tr("flexor: %1\n").arg(fromStd(result.message())));
        return kUsage;
    case Status::CannotWrite:
        print(stderr, tr("flexor: %1\n").arg(fromStd(result.message())));
        return kFailed;
    case Status::Written:
    case Status::Unchanged:
        break;
    }
    return kOk;
}

// A routine name the library does not have would pass the loader and leave the reminder
// without its routine: the names are checked here, as check-config checks them.
int checkRoutineNames(const std::string& tomlValue) {
    const config::RoutineLibrary library(config::standardRoutineDirs(start::dataDir()));
    const std::string words = config::ConfigEditor::wordsFromToml(tomlValue);
    std::size_t start = 0;
    while (start <= words.size()) {
        auto end = words.find(',', start);
        if (end == std::string::npos) {
            end = words.size();
        }
        const std::string name = words.substr(start, end - start);
        if (!library.find(name)) {
            print(stderr, tr("flexor: there is no routine named '%1' (shipped or in %2)\n")
                              .arg(fromStd(name), fromStd(library.dirs().user.string())));
            return kUsage;
        }
        start = end + 1;
    }
    return kOk;
}

int getValue(const config::ConfigEditor& editor, const QString& key) {
    const auto [value, result] = editor.valueText(key.toStdString());
    if (!result.ok()) {
        return refusal(result);
    }
    print(stdout, fromStd(config::ConfigEditor::wordsFromToml(value)) + QLatin1Char('\n'));
    return kOk;
}

int setValue(const config::ConfigEditor& editor, const QString& key, const QString& words) {
    const std::string name = key.toStdString();
    const std::string value = editor.tomlFromWords(name, words.toStdString());
    if (name == "routine") {
        // Unknown keys and bad values are reported by the editor; only names are checked here.
        const auto [current, known] = editor.valueText(name);
        if (known.ok()) {
            if (const int rc = checkRoutineNames(value); rc != kOk) {
                return rc;
            }
        }
    }
    return refusal(editor.set(name, value));
}

} // namespace

int runConfigCommand(const CommandArgs& parsed) {
    if (!parsed.parsed()) {
        return usage();
    }
    // As typed: the action first, at args[1].
    const QStringList args = QStringList{parsed.command()} + parsed.positional();
    const QString action = args.value(1);
    if (action == QLatin1String("path") && args.size() == 2) {
        print(stdout, fromStd(config::configFile().string()) + QLatin1Char('\n'));
        return kOk;
    }
    const auto editor = start::userConfigEditor();
    if (action == QLatin1String("get") && args.size() == 3) {
        return getValue(editor, args[2]);
    }
    if (action == QLatin1String("set") && args.size() == 4) {
        return setValue(editor, args[2], args[3]);
    }
    if (action == QLatin1String("reset") && args.size() == 3) {
        return refusal(editor.reset(args[2].toStdString()));
    }
    return usage();
}

} // namespace flexor::cli
