// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace flexor::platform {

// Flexor's plugins (libraries needed only on some desktops, loaded only there): from lib/flexor
// beside bin/ in a build tree, else from the folder they were installed to. A plugin stays
// loaded for the life of the process. Null, with a warning in the log, when it cannot load.
QObject* pluginInstance(const QString& fileName);

template <class Interface>
Interface* loadPlugin(const QString& fileName) {
    return qobject_cast<Interface*>(pluginInstance(fileName));
}

} // namespace flexor::platform
