#pragma once

#include "core/vocabulary/ContentOrigin.h"

#include <optional>

namespace carrywell::core {

/// Where knowledge in the library comes from: an article or established practice.
struct Source
{
    QString id;
    QString title;
    QString author;
    QString kind; ///< "article", "guideline", "study" or "practice".
    QString note;
    std::optional<int> year;
    QString url; ///< Where it can be read, when there is a stable address.
    ContentOrigin origin;
};

} // namespace carrywell::core
