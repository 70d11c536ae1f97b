#include "core/plan/WeeklyPlan.h"

#include <algorithm>

namespace carrywell::core {

QString toId(PlanStage stage)
{
    switch (stage) {
    case PlanStage::Breathing:
        return QStringLiteral("breathing");
    case PlanStage::Mobility:
        return QStringLiteral("mobility");
    case PlanStage::Strength:
        return QStringLiteral("strength");
    case PlanStage::Release:
        return QStringLiteral("release");
    }
    return {};
}

int PlanDay::minutes(int chosen) const
{
    const int nearest = std::max(1, (estimatedSeconds() + 30) / 60);
    return chosen > 0 ? std::min(nearest, chosen) : nearest;
}

int PlanDay::estimatedSeconds() const
{
    int total = 0;
    for (const PlannedExercise& item : exercises)
        total += item.dosage.estimatedSeconds();
    return total;
}

} // namespace carrywell::core
