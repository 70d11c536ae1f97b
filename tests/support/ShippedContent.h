#pragma once

#include "core/content/ContentLoader.h"

namespace carrywell::test {

/// The built-in library, loaded once per test program.
inline const core::ContentLoadReport& shipped()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report;
}

} // namespace carrywell::test
