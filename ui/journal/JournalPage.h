#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"
#include "core/journal/DateRange.h"
#include "ui/journal/JournalViewStore.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;
class QTimer;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

class ActivityPanel;
class CarePromptArea;
class JournalActions;
class JournalChartsPanel;
class JournalEditor;
class JournalFileActions;
class JournalHistoryPanel;
class JournalRangeBar;
class SummaryCards;

/// The journal: summary cards, care prompts, charts, the history and her
/// activities over the days chosen, kept up to date as the journal changes.
/// Ctrl+N checks in.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    /// Uses the window's `actions` when given (see JournalActions), or makes its own.
    JournalPage(core::Journal& journal, const core::ContentLibrary& library, JournalViewStore store,
                const core::Clock& clock, QWidget* parent = nullptr,
                JournalActions* actions = nullptr);
    ~JournalPage() override;

    JournalActions* actions() const { return m_actions; }
    /// Undo and redo of check-in changes; their shortcuts work on this page.
    QAction* undoAction() const;
    QAction* redoAction() const;

    /// Opens the check-in dialog (non-blocking); Enter saves.
    void newCheckIn();
    /// Reads the journal again for the days chosen.
    void refresh();

    JournalEditor* editor() const;
    JournalRangeBar* rangeBar() const { return m_range; }
    JournalHistoryPanel* history() const { return m_history; }
    JournalChartsPanel* charts() const { return m_charts; }
    ActivityPanel* activities() const { return m_activities; }
    SummaryCards* cards() const { return m_cards; }
    CarePromptArea* prompts() const { return m_prompts; }
    JournalFileActions* files() const;
    QTabWidget* tabs() const { return m_tabs; }

signals:
    /// A short confirmation for the status bar.
    void statusMessage(const QString& message);

private:
    class Reader;
    QLayout* buildHeader();
    /// A button that triggers `action` and follows its enabled state.
    QPushButton* buildActionButton(const QString& text, const QString& name, QAction* action);
    void setUpProblem();
    void setUpTabs();
    /// `ownActions`: the page made its actions, so it passes on their messages.
    void connectSignals(bool ownActions);
    void onTabChanged(int index);
    void loadHistory(Reader& read);
    void showProblem(const QString& message);
    void saveRange();
    void restoreRange();

    core::Journal& m_journal;
    JournalViewStore m_store;
    const core::Clock& m_clock;
    JournalActions* m_actions;
    const QHash<core::Region, QString>& m_regionNames;
    JournalRangeBar* m_range;
    QLabel* m_problem;
    CarePromptArea* m_prompts;
    SummaryCards* m_cards;
    QTabWidget* m_tabs;
    JournalChartsPanel* m_charts;
    JournalHistoryPanel* m_history;
    ActivityPanel* m_activities;
    QTimer* m_refreshTimer;
    core::DateRange m_days;
    bool m_historyStale = true;
};

} // namespace carrywell::ui
