#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/plan/PlanPreferences.h"
#include "core/plan/PlanRequest.h"
#include "core/plan/WeeklyPlan.h"
#include "core/profile/Profile.h"

#include <QDate>
#include <optional>

namespace carrywell::core {

class ContentLibrary;
class Journal;

/// The weekly plans a journal keeps, one per ISO week: reads the stored plan,
/// makes a new one from the profile, preferences and last week's journal
/// (for progression), and saves edits.
class WeekPlanner
{
public:
    WeekPlanner(const ContentLibrary& library, Journal& journal)
        : m_library(library), m_journal(journal)
    {
    }

    /// The plan stored for the week holding `day`, or nullopt when none is.
    Result<std::optional<WeeklyPlan>> stored(const QDate& day) const;

    /// The request "Make my week" would send for the week holding `day`:
    /// weeks since birth as of that Monday (or `today`, whichever is later),
    /// the profile's bought equipment (household things are always there), and progression from
    /// the week before, read from the journal.
    Result<PlanRequest> requestFor(const QDate& day, const Profile& profile,
                                   const PlanPreferences& preferences, const QDate& today) const;

    /// Makes a fresh plan for the week holding `day` and saves it, replacing
    /// any plan stored for that week. Without a seed the week's own seed is
    /// used, so the same answers give the same plan; another seed gives
    /// another plan from the same answers.
    Result<WeeklyPlan> makeWeek(const QDate& day, const Profile& profile,
                                const PlanPreferences& preferences, const QDate& today,
                                std::optional<quint32> seed = std::nullopt);

    /// The seed a week's plan starts from when none is given.
    static quint32 seedFor(const QDate& weekStart);

    /// The stored plan, or a new one made and saved when the week has none.
    Result<WeeklyPlan> planFor(const QDate& day, const Profile& profile,
                               const PlanPreferences& preferences, const QDate& today);

    /// Saves an edited plan for its week.
    Result<Done> save(const WeeklyPlan& plan);

private:
    const ContentLibrary& m_library;
    Journal& m_journal;
};

} // namespace carrywell::core
