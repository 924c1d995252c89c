// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandArgs.h"

namespace flexor::cli {

namespace {

// The word as it was typed for an option the parser did not know by `name`.
QString wordOf(const QStringList& words, const QString& name) {
    for (const QString& word : words.mid(1)) {
        if (word == QLatin1String("--")) {
            break;
        }
        if (word.startsWith(QLatin1Char('-')) &&
            word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1)
                    .section(QLatin1Char('='), 0, 0) == name) {
            return word;
        }
    }
    return QLatin1String(name.size() == 1 ? "-" : "--") + name;
}

} // namespace

QList<QCommandLineOption> sharedOptions() {
    // Descriptions stay empty: `flexor --help` prints Flexor's own translated text.
    return {QCommandLineOption(QStringLiteral("verbose")),
            QCommandLineOption(QStringLiteral("activate")),
            QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")})};
}

CommandArgs::CommandArgs(const QStringList& words, const QList<QCommandLineOption>& own) {
    parser_.addOptions(own);
    parse(words);
}

CommandArgs::CommandArgs(BeforeCommand, const QStringList& argv) {
    parser_.addOption(QCommandLineOption(QStringLiteral("version")));
    parser_.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parse(argv);
}

void CommandArgs::parse(const QStringList& words) {
    // "-abc" is one unknown option, named as typed, not three.
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser_.addOptions(sharedOptions());
    command_ = words.value(0);
    // The parser skips the first word as the program's name: here, the command's.
    parsed_ = parser_.parse(words);
    if (!parsed_) {
        const QStringList unknown = parser_.unknownOptionNames();
        offending_ = unknown.isEmpty() ? words.value(0) : wordOf(words, unknown.first());
    }
}

} // namespace flexor::cli
