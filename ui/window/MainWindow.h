#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLoader.h"
#include "core/journal/JournalBackups.h"
#include "core/reminders/ReminderSettings.h"
#include "core/session/SessionSummary.h"
#include "ui/settings/SettingsDialog.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

namespace carrywell::core {
class Journal;
}

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace carrywell::ui {

class LearnPage;
class SessionPage;
class CarePromptArea;
class RatingPromptBanner;
class JournalActions;
class JournalPage;
class LibraryPage;
class PlanPage;
class ReminderService;

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
    /// need it are then left out. The data folder is the one holding the settings.
    MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
               const core::Clock& clock = core::SystemClock::instance(),
               core::Journal* journal = nullptr, QWidget* parent = nullptr);
    /// The same, taking a Library page built beforehand (WindowLoop builds
    /// the first screen while the journal is being checked).
    MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
               const core::Clock& clock, core::Journal* journal,
               std::unique_ptr<LibraryPage> library);

    /// Shows a page by id; false for an unknown id.
    bool showPage(const QString& pageId);
    QString currentPage() const;
    QStringList pageIds() const { return m_pageIds; }
    /// Opens an exercise on the Library page.
    bool showExercise(const QString& exerciseId);

    /// Asks Carrywell to close this window and open a new one: after the
    /// language changed, or to restore a backup into the journal's place
    /// once the journal is closed.
    struct Restart
    {
        bool requested = false;
        std::optional<core::BackupInfo> restore;
    };
    Restart restartRequest() const { return m_restart; }
    void requestRestart(std::optional<core::BackupInfo> restore = std::nullopt);

    /// On the very first start: the "not medical advice" note and optional
    /// profile questions. Does nothing once they were seen.
    void runFirstRunIfNeeded();
    /// Opens Settings on `section`.
    void showSettings(SettingsDialog::Section section = SettingsDialog::Section::Profile);
    void showHelp();
    /// Version, licence and the not-medical-advice note.
    void showAbout();

    /// The pages. All but the Library are built the first time they are
    /// shown or asked for, so the window opens without their cost.
    LibraryPage* library() const { return m_library; }
    LearnPage* learn();
    SessionPage* session();
    /// Null when the journal could not be opened.
    JournalPage* journal();
    /// Null when the journal could not be opened (plans are kept in it).
    PlanPage* plan();
    /// Whether the page with `pageId` has been built yet.
    bool isPageBuilt(const QString& pageId) const;

    /// Closes the window for good, even when reminders would keep it in the tray.
    void quit();
    /// With reminders on, closing the window leaves Carrywell in the tray.
    void setReminders(ReminderService* reminders) { m_reminders = reminders; }
    /// Brings the window back from the tray or from behind other windows.
    void bringUp();

signals:
    /// The user changed the reminders in Settings (already saved).
    void remindersChanged(const carrywell::core::ReminderSettings& settings);
    /// The window was closed; `intoTray` when Carrywell keeps running there.
    void closed(bool intoTray);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
               const core::Clock& clock, core::Journal* journal, QWidget* parent,
               LibraryPage* library);

    void setUpNavigation();
    /// The pages in the navigation's order; the Journal and the Plan only
    /// with a journal.
    void addPages();
    void addJournalPages();
    /// Content problems and care prompts above the navigation and the pages.
    QWidget* buildCentralWidget(const core::ContentLoadReport& content);
    void connectSignals();
    /// Adds a page to the navigation, in order, reachable with Ctrl+<n>;
    /// `build` makes it when it is first needed.
    void addPage(const QString& id, const QString& title, std::function<QWidget*()> build);
    /// The page at `index`, built now if it was not yet.
    QWidget* pageAt(int index);
    void createMenus();
    void connectPlan();
    /// The Edit menu holds the undo and redo of the page shown.
    void fillEditMenu(QMenu* edit);
    /// The File menu: the journal's and (once built) the plan's entries.
    void fillFileMenu(QMenu* file);
    void restoreState();
    void applyProfile();
    void connectSettings(SettingsDialog& dialog);
    QString journalPath() const;
    void recordSession(const core::SessionSummary& summary, std::optional<int> painBefore,
                       std::optional<int> painAfter);
    /// After a check-in from any page but the Journal (whose own banner shows
    /// them), the care prompts it brings appear at the top of the window.
    void showCarePrompts();
    void updatePrintShortcut();

    const core::ContentLibrary& m_content;
    SettingsStores m_settings;
    const core::Clock& m_clock;
    core::Journal* m_journal;
    QString m_dataFolder;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_pageIds;
    QStringList m_pageTitles;
    QList<std::function<QWidget*()>> m_pageBuilders; ///< Emptied once a page is built.
    LibraryPage* m_library;
    LearnPage* m_learn = nullptr;
    SessionPage* m_session = nullptr;
    JournalActions* m_journalActions = nullptr;
    JournalPage* m_journalPage = nullptr;
    CarePromptArea* m_carePrompts = nullptr;
    RatingPromptBanner* m_ratingPrompt = nullptr;
    PlanPage* m_planPage = nullptr;
    Restart m_restart;
    ReminderService* m_reminders = nullptr;
    bool m_quitting = false;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
};

} // namespace carrywell::ui
