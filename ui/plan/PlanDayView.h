#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace carrywell::ui {

class PlanDayModel;
class PlanExerciseList;

/// One day of the plan: its routine in order, with a line on why each
/// exercise is there, and the buttons to start, change or rest it.
class PlanDayView : public QWidget
{
    Q_OBJECT

public:
    PlanDayView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// Shows day `dayIndex` of `plan` (or an empty day when there is no plan).
    void setDay(const core::WeeklyPlan* plan, int dayIndex, const QDate& today);
    int dayIndex() const { return m_dayIndex; }
    /// The selected exercise's row, or -1.
    int currentRow() const;
    void setCurrentRow(int row);

    PlanExerciseList* list() const { return m_list; }

signals:
    void startRequested();
    void addRequested();
    void swapRequested(int row);
    void removeRequested(int row);
    void reorderRequested(int from, int to);
    void moveToDayRequested(int row, int toDay);
    void restRequested();
    void openRequested(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The day's title, its summary and the rest-day note.
    void setUpLabels();
    void setUpButtons();
    /// "Move to" with a menu of the week's days.
    void buildMoveMenu();
    void connectSignals();
    void buildLayout();
    void updateButtons();
    void updateThumbnailStyle();

    PlanDayModel* m_model;
    PlanExerciseList* m_list;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_restNote;
    QPushButton* m_start;
    QPushButton* m_add;
    QPushButton* m_swap;
    QPushButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_moveTo;
    QPushButton* m_rest;
    int m_dayIndex = -1;
    int m_minutesPerDay = 0;
    bool m_hasPlan = false;
};

} // namespace carrywell::ui
