#include "plan/WeeklyPlan.h"

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

int PlanDay::estimatedSeconds() const
{
    int total = 0;
    for (const PlannedExercise& item : exercises)
        total += item.dosage.estimatedSeconds();
    return total;
}

} // namespace carrywell::core
