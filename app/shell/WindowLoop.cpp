#include "shell/WindowLoop.h"

#include "core/journal/Journal.h"
#include "shell/BackupRestore.h"
#include "shell/JournalOpener.h"
#include "ui/journal/JournalPage.h"
#include "ui/library/LibraryPage.h"
#include "ui/plan/PlanDayView.h"
#include "ui/plan/PlanPage.h"
#include "ui/reminders/ReminderService.h"
#include "ui/settings/Theme.h"
#include "ui/settings/Translations.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace carrywell::ui {

WindowLoop::WindowLoop(QApplication& app, const core::ContentLoadReport& content,
                       const SettingsStores& settings, QString journalPath,
                       const core::Clock& clock, bool background)
    : m_app(app), m_content(content), m_settings(settings), m_journalPath(std::move(journalPath)),
      m_clock(clock), m_background(background)
{
}

void WindowLoop::connectReminders(MainWindow& window, ReminderService& reminders)
{
    window.setReminders(&reminders);
    QObject::connect(&window, &MainWindow::remindersChanged, &reminders,
                     &ReminderService::setSettings);
    QObject::connect(&reminders, &ReminderService::openWindowRequested, &window,
                     &MainWindow::bringUp);
    QObject::connect(&reminders, &ReminderService::checkInRequested, &window, [&window] {
        window.bringUp();
        if (JournalPage* page = window.journal()) {
            window.showPage(MainWindow::journalPage());
            page->newCheckIn();
        }
    });
    QObject::connect(&reminders, &ReminderService::startTodaysSessionRequested, &window,
                     [this, &window] {
                         window.bringUp();
                         if (PlanPage* plan = window.plan()) {
                             window.showPage(MainWindow::planPage());
                             plan->showDay(m_clock.today());
                             emit plan->dayView()->startRequested();
                         }
                     });
    QObject::connect(&reminders, &ReminderService::quitRequested, &window, &MainWindow::quit);
    QObject::connect(&reminders, &ReminderService::problem, &window,
                     [&window](const QString& m) { window.statusBar()->showMessage(m, 15000); });
}

std::unique_ptr<core::Journal>
WindowLoop::openJournal(std::future<core::JournalInspection> inspection, QString& told) const
{
    JournalOpener::Opened opened =
        JournalOpener::open(m_journalPath, m_clock, std::move(inspection));
    if (!opened.restore)
        return std::move(opened.journal);
    const BackupRestore::Outcome outcome =
        BackupRestore::restore(m_journalPath, *opened.restore, m_clock);
    told = outcome.message;
    return outcome.restored ? JournalOpener::reopen(m_journalPath, m_clock) : nullptr;
}

int WindowLoop::run()
{
    QString afterRestart;
    for (;;) {
        const Appearance appearance = m_settings.appearance.load();
        Translations::install(appearance.language);
        applyTheme(m_app, appearance.theme);
        // The journal is checked (PRAGMA quick_check reads every page) on
        // the other core while the first screen, the Library, is built.
        std::future<core::JournalInspection> inspection =
            core::JournalInspector::start(m_journalPath);
        auto library = std::make_unique<LibraryPage>(m_content.library);
        std::unique_ptr<core::Journal> journal = openJournal(std::move(inspection), afterRestart);
        MainWindow::Restart restart;
        int code = 0;
        {
            MainWindow window(m_content, m_settings, m_clock, journal.get(), std::move(library));
            // Reminders (the tray and the session bus) start after the first
            // frame, unless this is a start at login that waits in the tray.
            std::unique_ptr<ReminderService> reminders;
            const auto startReminders = [&] {
                if (reminders)
                    return;
                reminders = std::make_unique<ReminderService>(m_settings, journal.get(), m_clock);
                connectReminders(window, *reminders);
            };
            // Closing the window quits unless reminders keep Carrywell in the tray.
            m_app.setQuitOnLastWindowClosed(false);
            QObject::connect(&window, &MainWindow::closed, &m_app, [this](bool intoTray) {
                if (!intoTray)
                    m_app.quit();
            });
            const bool background = std::exchange(m_background, false);
            if (background)
                startReminders();
            const bool inTray =
                background && reminders->keepsRunningInTray() && m_settings.profile.firstRunDone();
            if (!inTray) {
                window.show();
                QTimer::singleShot(0, &window, [&window, afterRestart, startReminders] {
                    startReminders();
                    if (!afterRestart.isEmpty())
                        QMessageBox::information(&window, window.windowTitle(), afterRestart);
                    window.runFirstRunIfNeeded();
                });
            }
            code = m_app.exec();
            restart = window.restartRequest();
        }
        if (!restart.requested)
            return code;
        afterRestart.clear();
        if (restart.restore) {
            // The journal must be closed before its file is replaced.
            journal.reset();
            afterRestart = BackupRestore::restore(m_journalPath, *restart.restore, m_clock).message;
        }
    }
}

} // namespace carrywell::ui
