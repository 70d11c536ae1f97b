#pragma once

#include "core/plan/WeeklyPlan.h"

#include <QListWidget>
#include <QSet>

namespace carrywell::ui {

/// The seven days of the week shown, each with what it holds. An exercise
/// dragged from the day's list can be dropped on another day to move it.
class PlanDayList : public QListWidget
{
    Q_OBJECT

public:
    explicit PlanDayList(QWidget* parent = nullptr);

    /// Shows the plan's days (or the bare dates of `monday`'s week when
    /// there is no plan), marking today and the days with a plan session done.
    void setWeek(const QDate& monday, const core::WeeklyPlan* plan, const QDate& today,
                 const QSet<QDate>& doneDays);

signals:
    /// An exercise was dropped here: from `fromDay`'s row `row` onto `toDay`.
    void exerciseDropped(int fromDay, int row, int toDay);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    int dropDay(const QPoint& position, const QMimeData* mime, int* fromDay, int* row) const;
};

} // namespace carrywell::ui
