// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace flexor::cli {

// The words of one subcommand read by its own QCommandLineParser (the KDE pattern): the options
// every command takes (--verbose, --activate, -h/--help) and the command's own. Qt's parser
// would explain a mistake in English and exit 1; here a mistake only marks the words as not
// parsed and names the word at fault, so the command answers in the user's language with its
// own usage line and exit 64. "--" ends the options ("flexor config set KEY -- -1").
class CommandArgs {
public:
    // words[0] is the command's name ("status"); the rest are its arguments.
    explicit CommandArgs(const QStringList& words, const QList<QCommandLineOption>& own = {});

    // The words before the command (argv[0] the program): the shared options and --version;
    // the command's name and everything after it are positional, for the command's own parser.
    struct BeforeCommand {};
    CommandArgs(BeforeCommand, const QStringList& argv);

    // The command's name, words[0].
    QString command() const { return command_; }
    bool parsed() const { return parsed_; }
    // The first word the parser refused ("--jsn"), or the command's name when the fault is
    // not one word (an option without its value).
    QString offending() const { return offending_; }
    bool helpWanted() const { return parser_.isSet(QStringLiteral("help")); }
    bool verbose() const { return parser_.isSet(QStringLiteral("verbose")); }
    bool activate() const { return parser_.isSet(QStringLiteral("activate")); }
    bool isSet(const QString& name) const { return parser_.isSet(name); }
    QString value(const QString& name) const { return parser_.value(name); }
    // The options found, in the order given (an option given twice is listed twice).
    QStringList optionNames() const { return parser_.optionNames(); }
    // The arguments that are not options, in order.
    QStringList positional() const { return parser_.positionalArguments(); }

private:
    void parse(const QStringList& words);

    QCommandLineParser parser_;
    QString command_;
    bool parsed_ = false;
    QString offending_;
};

// The options the command line takes before any command and after every one.
QList<QCommandLineOption> sharedOptions();

} // namespace flexor::cli
