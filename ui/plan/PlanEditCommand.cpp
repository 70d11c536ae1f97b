#include "ui/plan/PlanEditCommand.h"

#include "ui/plan/PlanWorkspace.h"

namespace carrywell::ui {

PlanEditCommand::PlanEditCommand(PlanWorkspace& workspace, const QDate& week,
                                 std::optional<core::WeeklyPlan> before,
                                 std::optional<core::WeeklyPlan> after, const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_week(week), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void PlanEditCommand::undo()
{
    store(m_before);
}

void PlanEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    store(m_after);
}

void PlanEditCommand::store(const std::optional<core::WeeklyPlan>& plan)
{
    m_workspace.restore(m_week, plan);
}

} // namespace carrywell::ui
