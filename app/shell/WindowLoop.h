#pragma once

#include "core/content/ContentLoader.h"
#include "core/journal/JournalBackups.h"
#include "ui/settings/SettingsStores.h"

class QApplication;

namespace carrywell::core {
class Clock;
}

namespace carrywell::ui {

class MainWindow;
class ReminderService;

/// Runs Carrywell's window until the user quits. The language, theme and
/// journal are set up before each window; when a window asks to restart
/// (a new language, or a backup to restore once the journal is closed) the
/// next one opens in its place, with the same settings.
class WindowLoop
{
public:
    /// With `background`, the first window stays hidden when reminders keep
    /// Carrywell in the tray (a start at login).
    WindowLoop(QApplication& app, const core::ContentLoadReport& content,
               const SettingsStores& settings, QString journalPath, const core::Clock& clock, bool background = false);

    /// The application's exit code.
    int run();

private:
    /// Puts `backup` in the journal's place; the message to show the user.
    QString restore(const core::BackupInfo& backup) const;
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
