#pragma once

#include "core/common/Result.h"
#include "core/content/Exercise.h"
#include "core/plan/WeeklyPlan.h"

namespace carrywell::core {

/// The changes a person makes to a generated week. Each returns the edited
/// plan, or an error written for her that leaves the plan as it was. Days
/// are 0 (Monday) to 6 (Sunday); exercises are indexed within their day.
/// A day left without exercises becomes a rest day, and one that gains an
/// exercise becomes a training day.
class PlanEdits
{
public:
    /// Adds the exercise with its own dosage, after the day's exercises of
    /// its stage, so the day still runs breathing, mobility, strength, release.
    static Result<WeeklyPlan> add(WeeklyPlan plan, int day, const Exercise& exercise);
    static Result<WeeklyPlan> remove(WeeklyPlan plan, int day, int index);
    /// Puts `exercise` in place of the one at `index`, with its own dosage.
    static Result<WeeklyPlan> swap(WeeklyPlan plan, int day, int index, const Exercise& exercise);
    /// Moves an exercise to another place in the same day.
    static Result<WeeklyPlan> reorder(WeeklyPlan plan, int day, int from, int to);
    /// Moves an exercise to another day, keeping its dosage and reason.
    static Result<WeeklyPlan> moveToDay(WeeklyPlan plan, int fromDay, int index, int toDay);
    /// Makes the day a rest day, taking its exercises off.
    static Result<WeeklyPlan> makeRestDay(WeeklyPlan plan, int day);

    /// The stage an exercise takes in a day: the first its category fits.
    static PlanStage stageFor(const Exercise& exercise);
    /// The exercise's own dosage as a plan keeps it.
    static Dosage plannedDosage(const Exercise& exercise);
};

} // namespace carrywell::core
