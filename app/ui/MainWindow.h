#pragma once

#include "common/Clock.h"
#include "content/ContentLoader.h"
#include "session/SessionSummary.h"

#include <optional>

#include <QMainWindow>

namespace carrywell::core {
class Journal;
}

class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace carrywell::ui {

class LearnPage;
class SessionPage;
class JournalPage;
class LibraryPage;
class PlanPage;

/// Carrywell's main window: navigation between its pages, menus and
/// shortcuts, and the window's remembered state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Page ids, also kept in the settings to reopen the last page.
    static QString libraryPage() { return QStringLiteral("library"); }
    static QString learnPage() { return QStringLiteral("learn"); }
    static QString sessionPage() { return QStringLiteral("session"); }
    static QString journalPage() { return QStringLiteral("journal"); }
    static QString planPage() { return QStringLiteral("plan"); }

    /// `journal` may be null when it could not be opened; the pages that
    /// need it are then left out. The data folder is the one holding `settings`.
    MainWindow(const core::ContentLoadReport& content, QSettings& settings,
               const core::Clock& clock = core::SystemClock::instance(),
               core::Journal* journal = nullptr, QWidget* parent = nullptr);

    /// Shows a page by id; false for an unknown id.
    bool showPage(const QString& pageId);
    QString currentPage() const;
    QStringList pageIds() const { return m_pageIds; }
    /// Opens an exercise on the Library page.
    bool showExercise(const QString& exerciseId);

    /// On the very first start: the "not medical advice" note and optional
    /// profile questions. Does nothing once they were seen.
    void runFirstRunIfNeeded();
    void editProfile();
    void showHelp();

    LibraryPage* library() const { return m_library; }
    LearnPage* learn() const { return m_learn; }
    SessionPage* session() const { return m_session; }
    /// Null when the journal could not be opened.
    JournalPage* journal() const { return m_journalPage; }
    /// Null when the journal could not be opened (plans are kept in it).
    PlanPage* plan() const { return m_planPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Adds a page to the navigation, in order, reachable with Ctrl+<n>.
    void addPage(const QString& id, const QString& title, QWidget* page);
    void createMenus();
    void connectPlan();
    /// The Edit menu holds the undo and redo of the page shown.
    void fillEditMenu(QMenu* edit);
    void restoreState();
    void applyProfile();
    void recordSession(const core::SessionSummary& summary, std::optional<int> painBefore,
                       std::optional<int> painAfter);

    const core::ContentLibrary& m_content;
    QSettings& m_settings;
    const core::Clock& m_clock;
    core::Journal* m_journal;
    QString m_dataFolder;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_pageIds;
    QStringList m_pageTitles;
    LibraryPage* m_library;
    LearnPage* m_learn;
    SessionPage* m_session;
    JournalPage* m_journalPage = nullptr;
    PlanPage* m_planPage = nullptr;
};

} // namespace carrywell::ui
