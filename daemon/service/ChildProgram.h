// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace flexor::service {

// Where one of Flexor's own programs (flexor-routine, flexor-window, flexor-calendar) is: beside
// the running binary when it is there (a build tree), else in the folder it was installed to.
QString childProgramPath(const QString& name);

} // namespace flexor::service
