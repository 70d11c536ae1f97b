#pragma once

#include "core/common/Result.h"
#include "core/journal/SavedPlan.h"
#include "core/plan/WeeklyPlan.h"

#include <QJsonObject>

namespace carrywell::core {

/// A weekly plan as the JSON object the journal keeps in SavedPlan::json.
QJsonObject toJson(const WeeklyPlan& plan);
/// Reads what toJson wrote; a readable error when the JSON is not a plan.
Result<WeeklyPlan> weeklyPlanFromJson(const QJsonObject& json);

/// The plan ready for Journal::savePlan, stamped with `savedAt`.
SavedPlan toSavedPlan(const WeeklyPlan& plan, const QDateTime& savedAt);
/// The plan a journal kept (JournalHistory::planForWeek).
Result<WeeklyPlan> weeklyPlanFrom(const SavedPlan& saved);

} // namespace carrywell::core
