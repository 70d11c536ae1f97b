#include "core/reminders/ReminderFacts.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/PlanJson.h"

#include <algorithm>

namespace carrywell::core {

Result<ReminderFacts> ReminderFacts::read(const Journal& journal, const QDate& day)
{
    ReminderFacts facts;
    facts.day = day;
    const JournalHistory history(journal);
    const DateRange oneDay{day, day};

    const Result<QList<CheckIn>> checkIns = history.checkIns(oneDay);
    if (!checkIns)
        return Error{checkIns.error()};
    facts.checkedIn = !checkIns->isEmpty();

    const Result<std::optional<SavedPlan>> saved = history.planForWeek(day);
    if (!saved)
        return Error{saved.error()};
    if (saved.value()) {
        const Result<WeeklyPlan> plan = weeklyPlanFrom(*saved.value());
        if (!plan)
            return Error{plan.error()};
        const auto planDay = std::find_if(plan->days.begin(), plan->days.end(),
                                          [&](const PlanDay& d) { return d.date == day; });
        if (planDay != plan->days.end() && !planDay->rest && !planDay->exercises.isEmpty()) {
            facts.sessionPlanned = true;
            facts.plannedMinutes = planDay->minutes(plan->minutesPerDay);
        }
    }

    const Result<QList<SessionRecord>> sessions = history.sessions(oneDay);
    if (!sessions)
        return Error{sessions.error()};
    facts.sessionDone = std::any_of(sessions->begin(), sessions->end(), [](const SessionRecord& s) {
        return s.routineId == planRoutineId() && s.countsForAdherence();
    });
    return facts;
}

} // namespace carrywell::core
