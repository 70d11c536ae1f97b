#pragma once

#include "core/content/ContentLoader.h"
#include "core/journal/JournalInspector.h"
#include "ui/settings/SettingsStores.h"

#include <future>
#include <memory>

class QApplication;

namespace carrywell::core {
class Clock;
class Journal;
} // namespace carrywell::core

namespace carrywell::ui {

class MainWindow;
class ReminderService;

/// Runs Carrywell's window until the user quits. The language, theme and
/// journal are set up before each window; when a window asks to restart
/// (a new language, or a backup to restore once the journal is closed) the
/// next one opens in its place, with the same settings. A backup chosen in
/// Settings and one chosen because the journal could not be opened are
/// restored the same way (BackupRestore), and the next window says how it went.
class WindowLoop
{
public:
    /// With `background`, the first window stays hidden when reminders keep
    /// Carrywell in the tray (a start at login).
    WindowLoop(QApplication& app, const core::ContentLoadReport& content,
               const SettingsStores& settings, QString journalPath, const core::Clock& clock,
               bool background = false);

    /// The application's exit code.
    int run();

private:
    /// The journal for the next window (JournalOpener), with the backup the
    /// user chose restored when it could not be opened; `told` gets what to
    /// say once the window is up.
    std::unique_ptr<core::Journal> openJournal(std::future<core::JournalInspection> inspection,
                                               QString& told) const;
    /// Reminders open the window, a check-in or today's session, or quit.
    void connectReminders(MainWindow& window, ReminderService& reminders);

    QApplication& m_app;
    const core::ContentLoadReport& m_content;
    SettingsStores m_settings;
    QString m_journalPath;
    const core::Clock& m_clock;
    bool m_background;
};

} // namespace carrywell::ui
