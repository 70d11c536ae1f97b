#pragma once

#include "core/content/ContentError.h"
#include "core/content/ContentLibrary.h"

#include <QStringList>

namespace carrywell::core {

/// What loading produced: the library, and every problem met on the way.
struct ContentLoadReport
{
    ContentLibrary library;
    QList<ContentError> errors;
    QStringList skippedFiles; ///< User files left out because of their errors.
};

/// Reads the built-in library and merges a user's content folder over it.
class ContentLoader
{
public:
    /// The library compiled into the program.
    static QString builtInDirectory() { return QStringLiteral(":/content"); }

    /// Loads every *.json under `builtInDirectory`, then each file under
    /// `userDirectory` (if given) in name order. A user file with any error is
    /// reported and skipped whole; its good neighbours still load.
    static ContentLoadReport load(const QString& builtInDirectory,
                                  const QString& userDirectory = {});
};

} // namespace carrywell::core
