#pragma once

#include "core/common/Clock.h"
#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/content/ContentLibrary.h"
#include "core/session/SessionItem.h"
#include "ui/settings/SettingsStores.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

class PlanDayList;
class PlanPrintActions;
class PlanDayView;
class PlanWorkspace;

/// The weekly plan: "Make my week", the seven days with a short routine on
/// each free day, edits (add, swap, remove, reorder, move, rest) with undo,
/// and the day's routine started as a guided session.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    PlanPage(core::Journal& journal, const core::ContentLibrary& library,
             const SettingsStores& settings, const core::Clock& clock, QWidget* parent = nullptr);

    PlanWorkspace* workspace() const { return m_workspace; }
    PlanDayList* dayList() const { return m_days; }
    PlanDayView* dayView() const { return m_dayView; }

    /// Opens "Make my week" for the shown week; true when a plan was made.
    bool makeWeek();
    /// Shows the week holding `day` and selects that day.
    void showDay(const QDate& day);
    /// The selected day, 0 (Monday) to 6.
    int currentDay() const;

    /// Print (Ctrl+P while the page has focus), save as PDF, add to calendar
    /// and the print layout, for the shown week's plan.
    PlanPrintActions* printActions() const { return m_print; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    /// The routine id sessions started from the plan are recorded under.
    static QString routineId() { return QStringLiteral("weekly-plan"); }

signals:
    /// Start a guided session with these exercises.
    void startRequested(const QString& routineId, const QString& name,
                        const QList<carrywell::core::SessionItem>& items);
    void openExerciseRequested(const QString& exerciseId);
    void statusMessage(const QString& message);

private:
    /// The week's title and the buttons that move between weeks or make one.
    void setUpWeekButtons();
    QHBoxLayout* buildHeader();
    /// Make, another plan, and the print, PDF and calendar buttons.
    void buildTools();
    void setUpNotes();
    /// What the page shows for a week without a plan.
    void buildEmptyState();
    /// The days beside the chosen day's exercises.
    void buildContent();
    void setUpUndoActions();
    void connectSignals();
    /// Each edit asked for in the day's view becomes an undoable change.
    void connectDayView();

    /// Whether a change to the plan (or showing a week) succeeded; when not,
    /// tells her why. Every result of the workspace passes through here once.
    bool succeeded(const core::Result<core::Done>& result);
    void showProblem(const QString& message);
    void refresh();
    void startDay();
    void addExercise();
    void swapExercise(int row);
    QString exerciseName(const QString& id) const;
    QSet<QDate> doneDays() const;

    core::Journal& m_journal;
    const core::ContentLibrary& m_library;
    const core::Clock& m_clock;
    PlanWorkspace* m_workspace;
    PlanPrintActions* m_print;
    QLabel* m_weekTitle;
    QPushButton* m_previous;
    QPushButton* m_thisWeek;
    QPushButton* m_next;
    QPushButton* m_make;
    QPushButton* m_another;
    QLabel* m_notes;
    QStackedWidget* m_stack;
    QWidget* m_empty;
    QLabel* m_emptyText;
    QWidget* m_content;
    PlanDayList* m_days;
    PlanDayView* m_dayView;
    QAction* m_undo;
    QAction* m_redo;
    QHBoxLayout* m_tools;
    QList<QToolButton*> m_printButtons;
};

} // namespace carrywell::ui
