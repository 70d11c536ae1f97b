#pragma once

#include "core/content/ContentError.h"
#include "core/content/ContentLibrary.h"
#include "core/content/ContentParser.h"

namespace carrywell::core {

/// Checks that entries refer only to things that exist in a library.
class ContentValidator
{
public:
    /// Errors for every reference in `entries` that `library` cannot resolve.
    static QList<ContentError> checkReferences(const ContentFragment& entries,
                                               const ContentLibrary& library);

    /// Errors for a library that is incomplete as a whole: a region without
    /// a description, a region without exercises, no postnatal stop list or
    /// pain-monitoring rule.
    static QList<ContentError> checkCompleteness(const ContentLibrary& library,
                                                 const QString& where);
};

} // namespace carrywell::core
