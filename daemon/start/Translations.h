// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <string>

namespace flexor::start {

// Puts Flexor's own translations and Qt's (for the standard dialogs and buttons) into the
// running application, for the language the user wants.
class Translations {
public:
    // `setting` is the config's `language`: "auto" follows the session (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG, as QLocale::uiLanguages reads them); a code such as "de" or "pt_BR"
    // overrides it and also sets the locale numbers and dates are written in.
    // Needs a QCoreApplication. Returns the languages chosen, most wanted first (e.g.
    // {"pt_BR", "pt"}); empty means English, the source language.
    static QStringList install(const std::string& setting);

    // The `language` of the user's config file, or "auto" when it cannot be read: the CLI and
    // the daemon pick their language before anything else is loaded.
    static std::string configuredLanguage();

    // Where the .qm files are: next to the build when this binary runs from its build tree,
    // else the installed share/flexor/translations.
    static QString directory();
};

} // namespace flexor::start
