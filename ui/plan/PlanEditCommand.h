#pragma once

#include "core/plan/WeeklyPlan.h"

#include <QDate>
#include <QUndoCommand>
#include <optional>

namespace carrywell::ui {

class PlanWorkspace;

/// One change to a week's plan, kept as the plan before and after it. The
/// change is already saved when the command is pushed; undo and redo store
/// the matching version again.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanWorkspace& workspace, const QDate& week,
                    std::optional<core::WeeklyPlan> before, std::optional<core::WeeklyPlan> after,
                    const QString& text);

    void undo() override;
    void redo() override;

private:
    void store(const std::optional<core::WeeklyPlan>& plan);

    PlanWorkspace& m_workspace;
    QDate m_week;
    std::optional<core::WeeklyPlan> m_before;
    std::optional<core::WeeklyPlan> m_after;
    bool m_applied = true; ///< The first redo (from push) has nothing to do.
};

} // namespace carrywell::ui
