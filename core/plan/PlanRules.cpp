#include "core/plan/PlanRules.h"

#include "core/content/ContentLibrary.h"
#include "core/content/ExerciseFilter.h"
#include "core/content/RuleBook.h"

#include <QSet>

namespace carrywell::core {
namespace {

QString day(const PlanDay& planDay)
{
    return planDay.date.toString(Qt::ISODate);
}

QSet<Region> strengthRegions(const PlanDay& planDay, const ContentLibrary& library)
{
    QSet<Region> regions;
    for (const PlannedExercise& item : planDay.exercises) {
        const Exercise* exercise = library.exercise(item.exerciseId);
        if (exercise && PlanRules::isStrengthWork(exercise->category)) {
            for (const Region region : exercise->regions)
                regions.insert(region);
        }
    }
    return regions;
}

} // namespace

QList<PlanStage> PlanRules::stagesFor(Category category)
{
    switch (category) {
    case Category::Breathing:
        return {PlanStage::Breathing};
    case Category::Mobility:
        return {PlanStage::Mobility};
    case Category::Stretch:
        return {PlanStage::Mobility, PlanStage::Release};
    case Category::Strength:
    case Category::Core:
        return {PlanStage::Strength};
    case Category::Release:
        return {PlanStage::Release};
    case Category::Posture:
        return {};
    }
    return {};
}

bool PlanRules::isStrengthWork(Category category)
{
    return category == Category::Strength || category == Category::Core;
}

bool PlanRules::allowed(const Exercise& exercise, const PlanRequest& request)
{
    if (stagesFor(exercise.category).isEmpty())
        return false;
    if (!ExerciseFilter::hasEquipment(exercise, request.profile.equipment))
        return false;
    return RuleBook::forExercise(
               exercise, {request.weeksSinceBirth, request.profile.birthType, request.diastasis,
                          request.profile.symptomIds.contains(pelvicGirdlePainSymptomId())})
        .suits();
}

QList<const Exercise*> PlanRules::pool(const ContentLibrary& library, const PlanRequest& request)
{
    QList<const Exercise*> result;
    for (const Exercise& exercise : library.exercises()) {
        if (allowed(exercise, request))
            result.append(&exercise);
    }
    return result;
}

QStringList PlanRules::violations(const WeeklyPlan& plan, const PlanRequest& request,
                                  const ContentLibrary& library)
{
    QStringList found;
    if (plan.days.size() != 7) {
        found << QStringLiteral("The plan has %1 days, not 7.").arg(plan.days.size());
        return found;
    }
    QHash<QString, int> daysUsed;
    QSet<Region> worked;
    for (int i = 0; i < 7; ++i) {
        const PlanDay& planDay = plan.days[i];
        if (planDay.date != request.weekStart.addDays(i))
            found << QStringLiteral("Day %1 is dated %2.").arg(i).arg(day(planDay));
        if (!request.freeDays[size_t(i)] && !planDay.exercises.isEmpty())
            found << QStringLiteral("%1 is not a free day but has exercises.").arg(day(planDay));
        if (planDay.rest != planDay.exercises.isEmpty())
            found << QStringLiteral("%1 is marked rest=%2 with %3 exercises.")
                         .arg(day(planDay))
                         .arg(planDay.rest)
                         .arg(planDay.exercises.size());
        if (planDay.estimatedSeconds() > maxDaySeconds(request.minutesPerDay))
            found << QStringLiteral("%1 takes %2 s, over the %3 minute budget.")
                         .arg(day(planDay))
                         .arg(planDay.estimatedSeconds())
                         .arg(request.minutesPerDay);
        if (request.freeDays[size_t(i)] && planDay.exercises.isEmpty())
            found << QStringLiteral("%1 is free but has no routine.").arg(day(planDay));

        QSet<QString> today;
        std::optional<PlanStage> previousStage;
        for (const PlannedExercise& item : planDay.exercises) {
            const Exercise* exercise = library.exercise(item.exerciseId);
            if (!exercise) {
                found << QStringLiteral("%1: unknown exercise %2.")
                             .arg(day(planDay), item.exerciseId);
                continue;
            }
            if (!allowed(*exercise, request))
                found << QStringLiteral("%1: %2 is not allowed for this profile.")
                             .arg(day(planDay), item.exerciseId);
            if (!stagesFor(exercise->category).contains(item.stage))
                found << QStringLiteral("%1: %2 is in the wrong stage.")
                             .arg(day(planDay), item.exerciseId);
            if (previousStage && item.stage < *previousStage)
                found << QStringLiteral("%1: stages are out of order at %2.")
                             .arg(day(planDay), item.exerciseId);
            previousStage = item.stage;
            if (today.contains(item.exerciseId))
                found << QStringLiteral("%1: %2 appears twice.").arg(day(planDay), item.exerciseId);
            today.insert(item.exerciseId);
            if (item.reason.isEmpty())
                found << QStringLiteral("%1: %2 has no reason.").arg(day(planDay), item.exerciseId);
            if (item.dosage.sets < 1 || item.dosage.estimatedSeconds() <= 0)
                found << QStringLiteral("%1: %2 has an empty dosage.")
                             .arg(day(planDay), item.exerciseId);
            for (const Region region : exercise->regions)
                worked.insert(region);
        }
        for (const PlannedExercise& item : planDay.exercises) {
            if (isCapped(item.stage))
                ++daysUsed[item.exerciseId];
        }
        if (planDay.exercises.size() > maxExercisesPerDay(request.minutesPerDay))
            found << QStringLiteral("%1 has %2 exercises, too many for %3 minutes.")
                         .arg(day(planDay))
                         .arg(planDay.exercises.size())
                         .arg(request.minutesPerDay);
        const bool releaseAvailable = std::any_of(
            library.exercises().begin(), library.exercises().end(), [&](const Exercise& e) {
                return allowed(e, request) && stagesFor(e.category).contains(PlanStage::Release);
            });
        if (!planDay.exercises.isEmpty() && releaseAvailable &&
            planDay.exercises.last().stage != PlanStage::Release)
            found << QStringLiteral("%1 does not end with release.").arg(day(planDay));
        if (!planDay.exercises.isEmpty() &&
            planDay.exercises.first().stage != PlanStage::Breathing &&
            std::any_of(library.exercises().begin(), library.exercises().end(),
                        [&](const Exercise& e) {
                            return allowed(e, request) && e.category == Category::Breathing;
                        }))
            found << QStringLiteral("%1 does not start with breathing.").arg(day(planDay));
        if (i > 0) {
            const QSet<Region> shared = strengthRegions(planDay, library)
                                            .intersect(strengthRegions(plan.days[i - 1], library));
            if (!shared.isEmpty())
                found << QStringLiteral("%1: strength work for %2 two days running.")
                             .arg(day(planDay), toId(*shared.begin()));
        }
    }
    for (auto it = daysUsed.cbegin(); it != daysUsed.cend(); ++it) {
        if (it.value() > kMaxDaysPerExercise)
            found << QStringLiteral("%1 appears on %2 days.").arg(it.key()).arg(it.value());
    }
    const QList<const Exercise*> candidates = pool(library, request);
    for (const Region region : request.targetRegions(library)) {
        const bool possible = std::any_of(candidates.begin(), candidates.end(),
                                          [region](const Exercise* e) { return e->works(region); });
        const bool isWorked = worked.contains(region);
        if (possible && !isWorked && !plan.unreached.contains(region))
            found << QStringLiteral("%1 is never worked this week.").arg(toId(region));
        if (isWorked && plan.unreached.contains(region))
            found << QStringLiteral("%1 is worked but listed as unreached.").arg(toId(region));
    }
    return found;
}

} // namespace carrywell::core
