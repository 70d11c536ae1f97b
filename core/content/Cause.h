#pragma once

#include "core/vocabulary/ContentOrigin.h"

#include <QStringList>

namespace carrywell::core {

/// A reason postpartum backs hurt, written as a short learn topic.
struct Cause
{
    QString id;
    QString title;
    QString summary;
    QStringList body; ///< Paragraphs.
    QStringList sourceIds;
    ContentOrigin origin;
};

} // namespace carrywell::core
