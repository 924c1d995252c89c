// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "start/Translations.h"

#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "start/DataFiles.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <spdlog/spdlog.h>

namespace flexor::start {

namespace {

// "pt-BR" -> {"pt_BR", "pt"}: the file names lrelease writes use underscores.
QStringList withFallbacks(QString language) {
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList result{language};
    const auto underscore = language.indexOf(QLatin1Char('_'));
    if (underscore > 0) {
        result << language.left(underscore);
    }
    return result;
}

bool isEnglish(const QString& language) {
    return language == QLatin1String("en") || language.startsWith(QLatin1String("en_")) ||
           language.startsWith(QLatin1String("en-")) || language == QLatin1String("C");
}

// Installed translators live as long as the application; they are parented to it.
bool installFile(const QString& prefix, const QString& language, const QString& directory) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(prefix + language, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString Translations::directory() {
    return QString::fromStdString((dataDir() / "translations").string());
}

std::string Translations::configuredLanguage() {
    const auto loaded = config::loadConfigFile(config::configFile());
    return loaded.config ? loaded.config->language : std::string("auto");
}

QStringList Translations::install(const std::string& setting) {
    QStringList wanted;
    if (setting == "auto") {
        wanted = QLocale::system().uiLanguages();
    } else {
        wanted << QString::fromStdString(setting);
        QLocale::setDefault(QLocale(wanted.first()));
    }
    const QString dir = directory();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& language : wanted) {
        if (isEnglish(language)) {
            // English is the source; its file only holds the plural forms ("1 bar", "2 bars").
            installFile(QStringLiteral("flexor_"), QStringLiteral("en"), dir);
            spdlog::debug("language: English");
            return {};
        }
        for (const QString& candidate : withFallbacks(language)) {
            if (installFile(QStringLiteral("flexor_"), candidate, dir)) {
                installFile(QStringLiteral("qtbase_"), candidate, qtDir);
                spdlog::info("language: {} (from {})", candidate.toStdString(), dir.toStdString());
                return withFallbacks(candidate);
            }
        }
    }
    installFile(QStringLiteral("flexor_"), QStringLiteral("en"), dir);
    spdlog::info("language: English (no translation for {} in {})",
                 wanted.join(QLatin1Char(',')).toStdString(), dir.toStdString());
    return {};
}

} // namespace flexor::start
