#pragma once

#include "core/plan/WeeklyPlan.h"

#include <QCoreApplication>
#include <QString>

namespace carrywell::ui {

/// The words the Plan page uses for stages and days.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::PlanText)

public:
    /// "Breathing", "Mobility", "Strength and core", "Release".
    static QString stageName(core::PlanStage stage);
    /// The text with its first letter in capitals, to start a line.
    static QString sentence(QString text);
    /// "4 exercises · about 11 min", or "Rest day" (lengths and days from
    /// core::LocaleFormat).
    static QString daySummary(const core::PlanDay& day);
    /// The reason without the exercise's name in front: "For the stiff mid
    /// back you logged".
    static QString why(const core::PlannedExercise& item);
};

} // namespace carrywell::ui
