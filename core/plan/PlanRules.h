#pragma once

#include "core/content/Exercise.h"
#include "core/plan/PlanRequest.h"
#include "core/plan/WeeklyPlan.h"

#include <QStringList>
#include <optional>

namespace carrywell::core {

class ContentLibrary;

/// The rules a weekly plan keeps. The generator builds plans from them, and
/// violations() checks a finished plan against every one of them.
class PlanRules
{
public:
    /// The stage a category fits, or nullopt for everyday drills, which are not
    /// scheduled. Stretches fit both mobility and release.
    static QList<PlanStage> stagesFor(Category category);
    /// Strength and core work: the muscles it works need a day off after it.
    static bool isStrengthWork(Category category);

    /// Whether the exercise may appear in a plan for this request: its bought
    /// equipment at hand, and suitable by the RuleBook (its week after this
    /// kind of birth; with a diastasis, not one it holds back).
    static bool allowed(const Exercise& exercise, const PlanRequest& request);

    /// Every allowed exercise of the library that fits some stage.
    static QList<const Exercise*> pool(const ContentLibrary& library, const PlanRequest& request);

    /// Seconds a day may take: the budget plus the minute of leeway.
    static int maxDaySeconds(int minutesPerDay) { return minutesPerDay * 60 + kLeewaySeconds; }
    static constexpr int kLeewaySeconds = 60;
    /// A short routine: four exercises, one more for every six minutes past five.
    static int maxExercisesPerDay(int minutesPerDay) { return 4 + (minutesPerDay - 5) / 6; }
    /// Whether kMaxDaysPerExercise applies: the opening breathing and the
    /// closing release may repeat, the middle of the routine varies.
    static bool isCapped(PlanStage stage)
    {
        return stage == PlanStage::Mobility || stage == PlanStage::Strength;
    }
    /// No mobility or strength exercise may fill more than this many days of one week.
    static constexpr int kMaxDaysPerExercise = 4;

    /// Each broken rule as one sentence; empty when the plan keeps them all.
    static QStringList violations(const WeeklyPlan& plan, const PlanRequest& request,
                                  const ContentLibrary& library);
};

} // namespace carrywell::core
