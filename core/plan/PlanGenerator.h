#pragma once

#include "core/common/Result.h"
#include "core/plan/PlanRequest.h"
#include "core/plan/WeeklyPlan.h"

namespace carrywell::core {

class ContentLibrary;

/// Builds a seven-day plan that keeps PlanRules. Deterministic: the same
/// library, request and seed always give the same plan.
///
/// Each free day runs breathing, mobility, strength and core, then release.
/// Exercises are scored: one that works a target region not yet worked this
/// week comes first, then one for a logged symptom, then one used less this
/// week; the seed breaks ties. A target region still unworked gets an extra
/// exercise that reaches it. The chosen exercises start at one set and grow
/// (up to three sets, or their own count) while the day's minutes allow.
/// Strength work follows the request's progression decision.
class PlanGenerator
{
public:
    explicit PlanGenerator(const ContentLibrary& library) : m_library(library) {}

    Result<WeeklyPlan> generate(const PlanRequest& request) const;

private:
    const ContentLibrary& m_library;
};

} // namespace carrywell::core
