#include "core/plan/WeekPlanner.h"

#include "core/common/Translate.h"
#include "core/journal/Adherence.h"
#include "core/journal/DateRange.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SessionEffects.h"
#include "core/plan/PlanGenerator.h"
#include "core/plan/PlanJson.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::WeekPlanner);

namespace carrywell::core {
namespace {

std::optional<WeeklyAverage> averageFor(const QList<WeeklyAverage>& weeks, const QDate& monday)
{
    for (const WeeklyAverage& week : weeks) {
        if (week.weekStart == monday)
            return week;
    }
    return std::nullopt;
}

QStringList exerciseIds(const WeeklyPlan& plan)
{
    QStringList ids;
    for (const PlanDay& day : plan.days) {
        for (const PlannedExercise& planned : day.exercises) {
            if (!ids.contains(planned.exerciseId))
                ids << planned.exerciseId;
        }
    }
    return ids;
}

int trainingDays(const WeeklyPlan& plan)
{
    return int(std::count_if(plan.days.begin(), plan.days.end(),
                             [](const PlanDay& day) { return !day.rest; }));
}

} // namespace

quint32 WeekPlanner::seedFor(const QDate& weekStart)
{
    return quint32(weekStart.toJulianDay());
}

Result<std::optional<WeeklyPlan>> WeekPlanner::stored(const QDate& day) const
{
    const Result<std::optional<SavedPlan>> saved = JournalHistory(m_journal).planForWeek(day);
    if (!saved)
        return Error{saved.error()};
    if (!saved.value())
        return std::optional<WeeklyPlan>{};
    Result<WeeklyPlan> plan = weeklyPlanFrom(*saved.value());
    if (!plan)
        return Error{plan.error()};
    return std::optional<WeeklyPlan>{std::move(plan).value()};
}

Result<PlanRequest> WeekPlanner::requestFor(const QDate& day, const Profile& profile,
                                            const PlanPreferences& preferences,
                                            const QDate& today) const
{
    PlanRequest request;
    request.profile = profile;
    request.weekStart = weekStart(day);
    request.seed = seedFor(request.weekStart);
    // Unknown weeks plan as for the first weeks: nothing that might come too soon.
    request.weeksSinceBirth =
        profile.weeksSinceBirth(std::max(request.weekStart, today)).value_or(0);
    request.diastasis = preferences.diastasis;
    request.minutesPerDay = preferences.minutesPerDay;
    request.freeDays = preferences.freeDays;
    request.extraRegions = preferences.extraRegions;

    // Progression needs last week's plan: without one there is nothing to build on.
    const QDate lastMonday = request.weekStart.addDays(-7);
    const Result<std::optional<WeeklyPlan>> last = stored(lastMonday);
    if (!last)
        return Error{last.error()};
    if (!last.value())
        return request;

    const DateRange lastWeek = DateRange::weekOf(lastMonday);
    const Result<QList<WeekAdherence>> adherence = Adherence(m_journal).weeks(lastWeek);
    const Result<QList<WeeklyAverage>> pain =
        PainTrends(m_journal).weeklyAverages({lastMonday.addDays(-7), lastWeek.last});
    const Result<SessionEffect> effect = SessionEffects(m_journal).beforeAndAfter(lastWeek);
    if (!adherence)
        return Error{adherence.error()};
    if (!pain)
        return Error{pain.error()};
    if (!effect)
        return Error{effect.error()};
    const WeekAdherence week =
        adherence->isEmpty() ? WeekAdherence{lastMonday, 0, 0, 0, 0} : adherence->first();
    const ProgressionInput input = ProgressionInput::fromJournal(
        trainingDays(*last.value()), week, averageFor(pain.value(), lastMonday),
        averageFor(pain.value(), lastMonday.addDays(-7)), effect.value());
    request.progression = Progression::decide(input);
    request.previousExerciseIds = exerciseIds(*last.value());
    return request;
}

Result<WeeklyPlan> WeekPlanner::makeWeek(const QDate& day, const Profile& profile,
                                         const PlanPreferences& preferences, const QDate& today,
                                         std::optional<quint32> seed)
{
    Result<PlanRequest> request = requestFor(day, profile, preferences, today);
    if (!request)
        return Error{request.error()};
    if (seed)
        request->seed = *seed;
    Result<WeeklyPlan> plan = PlanGenerator(m_library).generate(request.value());
    if (!plan)
        return plan;
    if (profile.equipment.isEmpty())
        plan->notes << tr("Planned with what most homes have: a mat or rug, a chair, a wall, a "
                          "doorway, a sofa and a pillow. Tell Carrywell what else you have in "
                          "your profile.");
    if (!profile.birthDate)
        plan->notes << tr("Weeks since the birth are not set, so the plan keeps to what suits "
                          "the first weeks. Add the birth date to your profile for a fuller plan.");
    const Result<Done> saved = save(plan.value());
    if (!saved)
        return Error{saved.error()};
    return plan;
}

Result<WeeklyPlan> WeekPlanner::planFor(const QDate& day, const Profile& profile,
                                        const PlanPreferences& preferences, const QDate& today)
{
    const Result<std::optional<WeeklyPlan>> existing = stored(day);
    if (!existing)
        return Error{existing.error()};
    if (existing.value())
        return *existing.value();
    return makeWeek(day, profile, preferences, today);
}

Result<Done> WeekPlanner::save(const WeeklyPlan& plan)
{
    return m_journal.savePlan(toSavedPlan(plan, m_journal.clock().now()));
}

} // namespace carrywell::core
