#pragma once

#include "common/Clock.h"
#include "content/ContentLoader.h"

#include <QMainWindow>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace carrywell::ui {

class LearnPage;
class LibraryPage;

/// Carrywell's main window: navigation between the Library and Learn pages,
/// menus and shortcuts, and the window's remembered state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        LibraryPageIndex,
        LearnPageIndex,
    };

    MainWindow(const core::ContentLoadReport& content, QSettings& settings,
               const core::Clock& clock = core::SystemClock::instance(),
               QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    /// Opens an exercise on the Library page.
    bool showExercise(const QString& exerciseId);

    /// On the very first start: the "not medical advice" note and optional
    /// profile questions. Does nothing once they were seen.
    void runFirstRunIfNeeded();
    void editProfile();
    void showHelp();

    LibraryPage* libraryPage() const { return m_library; }
    LearnPage* learnPage() const { return m_learn; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreState();
    void applyProfile();

    const core::ContentLibrary& m_content;
    QSettings& m_settings;
    const core::Clock& m_clock;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    LibraryPage* m_library;
    LearnPage* m_learn;
};

} // namespace carrywell::ui
