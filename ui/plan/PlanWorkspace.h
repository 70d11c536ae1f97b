#pragma once

#include "core/common/Clock.h"
#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/plan/PlanPreferences.h"
#include "core/plan/WeekPlanner.h"
#include "core/plan/WeeklyPlan.h"
#include "core/profile/Profile.h"
#include "core/profile/ProfileStore.h"

#include <QDate>
#include <QObject>
#include <optional>

class QUndoStack;

namespace carrywell::core {
class ContentLibrary;
class Journal;
} // namespace carrywell::core

namespace carrywell::ui {

/// The week the Plan page shows and every change made to it. Each change is
/// saved to the journal at once and can be undone; a change that cannot be
/// made or saved leaves the plan as it was and returns why. Only undo and
/// redo, which the undo stack starts, report a failure through a signal.
class PlanWorkspace : public QObject
{
    Q_OBJECT

public:
    PlanWorkspace(const core::ContentLibrary& library, core::Journal& journal,
                  core::ProfileStore profiles, core::PlanPreferencesStore preferences,
                  const core::Clock& clock, QObject* parent = nullptr);
    ~PlanWorkspace() override;

    const core::ContentLibrary& library() const { return m_library; }
    const core::Clock& clock() const { return m_clock; }
    QUndoStack* undoStack() const { return m_undo; }

    /// The Monday of the week shown.
    QDate week() const { return m_week; }
    /// Shows the week holding `day`, reading its stored plan (none is made).
    core::Result<core::Done> showWeek(const QDate& day);

    /// The shown week's plan, or null when none is stored for it.
    const core::WeeklyPlan* plan() const { return m_plan ? &*m_plan : nullptr; }

    core::Profile profile() const;
    core::PlanPreferences preferences() const;
    /// What "Make my week" would ask for the shown week with the saved
    /// answers: the rules an added or swapped-in exercise should keep.
    core::Result<core::PlanRequest> request() const;

    /// "Make my week": saves the answers, makes the shown week's plan and
    /// stores it. With `another`, a different plan from the same answers.
    core::Result<core::Done> makeWeek(const core::Profile& profile,
                                      const core::PlanPreferences& preferences,
                                      bool another = false);

    /// Saves an edited plan for the shown week as one undoable step named `text`.
    core::Result<core::Done> apply(const core::Result<core::WeeklyPlan>& edited,
                                   const QString& text);

    /// Stores `plan` as the plan of the week starting `week` (or removes it
    /// when null) without an undo step, and shows that week.
    core::Result<core::Done> store(const QDate& week, const std::optional<core::WeeklyPlan>& plan);
    /// store() for an undo or redo step, which has no caller to return to:
    /// a failure is reported through undoFailed().
    void restore(const QDate& week, const std::optional<core::WeeklyPlan>& plan);

signals:
    /// The shown week or its plan changed.
    void planChanged();
    /// An undo or redo could not be saved; a sentence for the person.
    void undoFailed(const QString& message);

private:
    const core::ContentLibrary& m_library;
    core::Journal& m_journal;
    core::ProfileStore m_profiles;
    core::PlanPreferencesStore m_preferences;
    const core::Clock& m_clock;
    core::WeekPlanner m_planner;
    QUndoStack* m_undo;
    QDate m_week;
    std::optional<core::WeeklyPlan> m_plan;
};

} // namespace carrywell::ui
