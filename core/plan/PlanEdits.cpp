#include "core/plan/PlanEdits.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/plan/PlanRules.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::PlanEdits);

namespace carrywell::core {
namespace {

QString dayName(const PlanDay& day)
{
    return LocaleFormat::weekday(day.date);
}

bool validDay(const WeeklyPlan& plan, int day)
{
    return day >= 0 && day < plan.days.size();
}

bool validExercise(const WeeklyPlan& plan, int day, int index)
{
    return validDay(plan, day) && index >= 0 && index < plan.days[day].exercises.size();
}

Error notInPlan()
{
    return Error{tr("That exercise is no longer in the plan.")};
}

bool holds(const PlanDay& day, const QString& exerciseId)
{
    return std::any_of(day.exercises.begin(), day.exercises.end(),
                       [&](const PlannedExercise& item) { return item.exerciseId == exerciseId; });
}

Error alreadyOn(const QString& name, const PlanDay& day)
{
    return Error{tr("%1 is already on %2.").arg(name, dayName(day))};
}

/// Inserts after the last exercise of the same or an earlier stage.
void insertInStageOrder(PlanDay& day, PlannedExercise item)
{
    auto position = std::find_if(
        day.exercises.begin(), day.exercises.end(),
        [&](const PlannedExercise& existing) { return int(existing.stage) > int(item.stage); });
    day.exercises.insert(position, std::move(item));
    day.rest = false;
}

} // namespace

PlanStage PlanEdits::stageFor(const Exercise& exercise)
{
    const QList<PlanStage> stages = PlanRules::stagesFor(exercise.category);
    return stages.isEmpty() ? PlanStage::Mobility : stages.first();
}

Dosage PlanEdits::plannedDosage(const Exercise& exercise)
{
    Dosage dosage = exercise.dosage;
    dosage.alternatives.clear();
    dosage.label.clear();
    dosage.note.clear();
    return dosage;
}

Result<WeeklyPlan> PlanEdits::add(WeeklyPlan plan, int day, const Exercise& exercise)
{
    if (!validDay(plan, day))
        return Error{tr("That day is not in this week's plan.")};
    PlanDay& target = plan.days[day];
    if (holds(target, exercise.id))
        return alreadyOn(exercise.name, target);
    PlannedExercise item;
    item.exerciseId = exercise.id;
    item.stage = stageFor(exercise);
    item.dosage = plannedDosage(exercise);
    item.reason = tr("%1 — added by you").arg(exercise.name);
    insertInStageOrder(target, std::move(item));
    return plan;
}

Result<WeeklyPlan> PlanEdits::remove(WeeklyPlan plan, int day, int index)
{
    if (!validExercise(plan, day, index))
        return notInPlan();
    PlanDay& target = plan.days[day];
    target.exercises.removeAt(index);
    target.rest = target.exercises.isEmpty();
    return plan;
}

Result<WeeklyPlan> PlanEdits::swap(WeeklyPlan plan, int day, int index, const Exercise& exercise)
{
    if (!validExercise(plan, day, index))
        return notInPlan();
    PlanDay& target = plan.days[day];
    PlannedExercise& item = target.exercises[index];
    if (item.exerciseId == exercise.id)
        return plan;
    if (holds(target, exercise.id))
        return alreadyOn(exercise.name, target);
    // A stretch fits mobility and release: it keeps the place it takes over.
    const QList<PlanStage> stages = PlanRules::stagesFor(exercise.category);
    if (!stages.contains(item.stage))
        item.stage = stageFor(exercise);
    item.exerciseId = exercise.id;
    item.dosage = plannedDosage(exercise);
    item.reason = tr("%1 — swapped in by you").arg(exercise.name);
    return plan;
}

Result<WeeklyPlan> PlanEdits::reorder(WeeklyPlan plan, int day, int from, int to)
{
    if (!validExercise(plan, day, from) || !validExercise(plan, day, to))
        return notInPlan();
    plan.days[day].exercises.move(from, to);
    return plan;
}

Result<WeeklyPlan> PlanEdits::moveToDay(WeeklyPlan plan, int fromDay, int index, int toDay)
{
    if (!validExercise(plan, fromDay, index) || !validDay(plan, toDay))
        return notInPlan();
    if (fromDay == toDay)
        return plan;
    PlannedExercise item = plan.days[fromDay].exercises.at(index);
    if (holds(plan.days[toDay], item.exerciseId))
        return Error{tr("That exercise is already on %1.").arg(dayName(plan.days[toDay]))};
    PlanDay& source = plan.days[fromDay];
    source.exercises.removeAt(index);
    source.rest = source.exercises.isEmpty();
    insertInStageOrder(plan.days[toDay], std::move(item));
    return plan;
}

Result<WeeklyPlan> PlanEdits::makeRestDay(WeeklyPlan plan, int day)
{
    if (!validDay(plan, day))
        return Error{tr("That day is not in this week's plan.")};
    plan.days[day].exercises.clear();
    plan.days[day].rest = true;
    return plan;
}

} // namespace carrywell::core
