#pragma once

#include "core/figure/Projection.h"

#include <QPainterPath>

namespace carrywell::ui {

/// The outline of the trunk as the camera sees it: hips, waist, ribcage and
/// shoulders, each an oval cross-section carried by its part of the spine,
/// so a back that rounds or arches shows in the outline, and a full breath
/// widens the ribs and lifts the belly.
QPainterPath torsoOutline(const core::Projection& figure);

} // namespace carrywell::ui
