#pragma once

#include <QString>

namespace carrywell::core {

/// A problem found in a content file: which file, where in it, and why.
struct ContentError
{
    QString file;
    QString jsonPath; ///< Empty when the whole file is at fault.
    QString reason;

    /// "extra.json: exercises[2].dosage.sets: must be a whole number from 1 to 10".
    QString toString() const
    {
        return jsonPath.isEmpty() ? QStringLiteral("%1: %2").arg(file, reason)
                                  : QStringLiteral("%1: %2: %3").arg(file, jsonPath, reason);
    }

    bool operator==(const ContentError&) const = default;
};

} // namespace carrywell::core
