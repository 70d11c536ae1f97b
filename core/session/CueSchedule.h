#pragma once

#include "core/session/Cue.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionSegment.h"

#include <QList>
#include <vector>

namespace carrywell::core {

/// Every cue a timeline calls for, in the order it is due. Cues are placed
/// by the schedule alone, so they never drift with how often the UI ticks.
QList<Cue> scheduleCues(const QList<SessionItem>& items,
                        const std::vector<SessionSegment>& segments);

} // namespace carrywell::core
