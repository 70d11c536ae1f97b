#pragma once

#include "core/vocabulary/ContentOrigin.h"
#include "core/vocabulary/Vocabulary.h"

namespace carrywell::core {

/// A body region as described by the content: its name and explanation.
struct RegionInfo
{
    Region region = Region::Neck;
    QString name;
    QString description;
    RegionView view = RegionView::Back;
    ContentOrigin origin;

    QString id() const { return toId(region); }
};

} // namespace carrywell::core
