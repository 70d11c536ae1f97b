#include "ui/plan/PlanWorkspace.h"

#include "core/journal/DateRange.h"
#include "core/journal/Journal.h"
#include "ui/plan/PlanEditCommand.h"

#include <QUndoStack>

namespace carrywell::ui {

PlanWorkspace::PlanWorkspace(const core::ContentLibrary& library, core::Journal& journal,
                             core::ProfileStore profiles, core::PlanPreferencesStore preferences,
                             const core::Clock& clock, QObject* parent)
    : QObject(parent), m_library(library), m_journal(journal), m_profiles(profiles),
      m_preferences(preferences), m_clock(clock), m_planner(library, journal),
      m_undo(new QUndoStack(this)), m_week(core::weekStart(clock.today()))
{
}

PlanWorkspace::~PlanWorkspace() = default;

core::Result<core::Done> PlanWorkspace::showWeek(const QDate& day)
{
    const QDate week = core::weekStart(day);
    const core::Result<std::optional<core::WeeklyPlan>> stored = m_planner.stored(week);
    if (!stored)
        return core::Error{stored.error()};
    m_week = week;
    m_plan = stored.value();
    emit planChanged();
    return core::Done{};
}

core::Profile PlanWorkspace::profile() const
{
    return m_profiles.load();
}

core::PlanPreferences PlanWorkspace::preferences() const
{
    return m_preferences.load();
}

core::Result<core::PlanRequest> PlanWorkspace::request() const
{
    return m_planner.requestFor(m_week, profile(), preferences(), m_clock.today());
}

core::Result<core::Done> PlanWorkspace::makeWeek(const core::Profile& profile,
                                                 const core::PlanPreferences& preferences,
                                                 bool another)
{
    m_profiles.save(profile);
    m_preferences.save(preferences);
    std::optional<quint32> seed;
    if (another && m_plan)
        seed = m_plan->seed + 1;
    const std::optional<core::WeeklyPlan> before = m_plan;
    const core::Result<core::WeeklyPlan> made =
        m_planner.makeWeek(m_week, profile, preferences, m_clock.today(), seed);
    if (!made)
        return core::Error{made.error()};
    m_plan = made.value();
    m_undo->push(new PlanEditCommand(*this, m_week, before, m_plan,
                                     before ? tr("Make the week again") : tr("Make my week")));
    emit planChanged();
    return core::Done{};
}

core::Result<core::Done> PlanWorkspace::apply(const core::Result<core::WeeklyPlan>& edited,
                                              const QString& text)
{
    if (!edited)
        return core::Error{edited.error()};
    if (m_plan && edited.value() == *m_plan)
        return core::Done{};
    const core::Result<core::Done> saved = m_planner.save(edited.value());
    if (!saved)
        return saved;
    const std::optional<core::WeeklyPlan> before = m_plan;
    m_plan = edited.value();
    m_undo->push(new PlanEditCommand(*this, m_week, before, m_plan, text));
    emit planChanged();
    return core::Done{};
}

core::Result<core::Done> PlanWorkspace::store(const QDate& week,
                                              const std::optional<core::WeeklyPlan>& plan)
{
    core::Result<core::Done> saved = core::Done{};
    if (plan)
        saved = m_planner.save(*plan);
    else if (const auto stored = m_planner.stored(week); stored && stored.value())
        saved = m_journal.removePlan(week);
    if (!saved)
        return saved;
    m_week = week;
    m_plan = plan;
    emit planChanged();
    return core::Done{};
}

void PlanWorkspace::restore(const QDate& week, const std::optional<core::WeeklyPlan>& plan)
{
    // The stack moves even when the save fails, so the next undo or redo
    // tries the other version again.
    if (const core::Result<core::Done> stored = store(week, plan); !stored)
        emit undoFailed(stored.error());
}

} // namespace carrywell::ui
