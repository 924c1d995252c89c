#include "ConfigKeeper.h"

namespace flexor::config {

ConfigKeeper::Outcome ConfigKeeper::apply(const LoadResult& result) {
    if (!result.config) {
        return Outcome::KeptLastGood;
    }
    if (*result.config == m_current) {
        return Outcome::Unchanged;
    }
    m_current = *result.config;
    return Outcome::Adopted;
}

} // namespace flexor::config
