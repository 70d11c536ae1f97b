#pragma once

#include <QString>

namespace carrywell::core {

/// Where an entry was read from, so messages can point at it.
struct ContentOrigin
{
    QString file;     ///< File name as shown to people (built-in or a path).
    QString jsonPath; ///< "exercises[3]".
    bool builtIn = true;
};

} // namespace carrywell::core
