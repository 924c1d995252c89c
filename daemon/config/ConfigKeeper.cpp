// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigKeeper.h"

namespace flexor::config {

ConfigKeeper::Outcome ConfigKeeper::apply(const LoadResult& result) {
    if (!result.config) {
        return Outcome::KeptLastGood;
    }
    if (*result.config == current_) {
        return Outcome::Unchanged;
    }
    current_ = *result.config;
    return Outcome::Adopted;
}

} // namespace flexor::config
