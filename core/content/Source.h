#pragma once

#include "content/ContentOrigin.h"

namespace carrywell::core {

/// Where knowledge in the library comes from: an article or established practice.
struct Source
{
    QString id;
    QString title;
    QString author;
    QString kind; ///< "article", "guideline" or "practice".
    QString note;
    ContentOrigin origin;
};

} // namespace carrywell::core
