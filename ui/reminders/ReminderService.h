#pragma once

#include "core/common/Clock.h"
#include "core/reminders/ReminderFacts.h"
#include "core/reminders/ReminderSettings.h"
#include "core/reminders/ReminderState.h"
#include "ui/reminders/Autostart.h"
#include "ui/reminders/ReminderNotifier.h"
#include "ui/settings/SettingsStores.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

class ReminderTray;
class TrayReminderNotifier;

/// What ReminderService uses to reach the desktop; tests replace parts.
struct ReminderEnvironment
{
    /// Null: freedesktop notifications on the session bus.
    std::unique_ptr<ReminderNotifier> notifier;
    /// Empty: Autostart::defaultFolder().
    QString autostartFolder;
};

/// Gives the daily check-in and planned-session reminders: arms a timer for
/// the next due moment (ReminderSchedule), shows each reminder as a desktop
/// notification (a tray message when there is no notification service),
/// keeps the tray icon while reminders are on, and writes or removes the
/// start-at-login entry. Snoozes and "Done" are kept in the settings.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    /// Minutes between checks that catch sleep, clock and time-zone changes,
    /// which a timer armed for a wall-clock moment does not notice.
    static constexpr int kSanityCheckMinutes = 5;

    /// `journal` may be null (it could not be opened): then no reminders come.
    ReminderService(const SettingsStores& settings, core::Journal* journal,
                    const core::Clock& clock, QObject* parent = nullptr);
    ReminderService(const SettingsStores& settings, core::Journal* journal,
                    const core::Clock& clock, ReminderEnvironment environment,
                    QObject* parent = nullptr);
    ~ReminderService() override;

    const core::ReminderSettings& settings() const { return m_settings; }
    /// Saves `settings`, re-arms, shows or hides the tray icon, and writes or
    /// removes the start-at-login entry (kept only while a reminder is on).
    void setSettings(const core::ReminderSettings& settings);

    /// Reminders are on and the desktop has a system tray: closing the window
    /// should leave Carrywell running there.
    bool keepsRunningInTray() const;
    /// Call when the window closed into the tray: the first time, a tray
    /// message says Carrywell is still running.
    void noteWindowClosed();

    /// Answers a reminder as its Snooze and Done buttons do.
    void snooze(core::ReminderKind kind);
    void markDone(core::ReminderKind kind);

    /// Reminders shown today and not answered yet.
    QList<core::ReminderKind> pending() const { return m_pending; }
    /// When the timer looks next; invalid while reminders are off.
    QDateTime nextCheck() const { return m_nextCheck; }
    const Autostart& autostart() const { return m_autostart; }
    ReminderTray* tray() const { return m_tray; }
    /// The last problem with the journal or the start-at-login entry; empty when none.
    QString lastError() const { return m_lastError; }

    /// What the notification of `kind` says, given the day's `facts`.
    ReminderNotice noticeFor(core::ReminderKind kind, const core::ReminderFacts& facts) const;

public slots:
    /// Reads the clock and the journal, shows what is due, re-arms the timer.
    void recheck();

signals:
    void openWindowRequested();
    /// Open the window on a new check-in.
    void checkInRequested();
    /// Open the window and start today's planned session.
    void startTodaysSessionRequested();
    void quitRequested();
    /// A reminder was just shown.
    void reminderShown(carrywell::core::ReminderKind kind);
    /// Something went wrong that the user may want to know (see lastError).
    void problem(const QString& message);

private:
    bool active() const;
    void apply();
    void syncAutostart();
    void answer(core::ReminderKind kind, ReminderNotifier::Answer answer);
    void withdraw(core::ReminderKind kind);
    core::ReminderFacts readFacts(const QDate& day);
    void report(const QString& message);

    core::ReminderStore m_store;
    core::PlanPreferencesStore m_preferences;
    core::Journal* m_journal;
    const core::Clock& m_clock;
    core::ReminderSettings m_settings;
    Autostart m_autostart;
    ReminderTray* m_tray;
    TrayReminderNotifier* m_trayNotifier;
    ReminderNotifier* m_notifier;
    QTimer m_timer;
    QTimer m_sanityTimer;
    QDateTime m_nextCheck;
    QList<core::ReminderKind> m_pending;
    QSet<core::ReminderKind> m_shown; ///< Notifications showing, to withdraw when answered.
    QString m_lastError;
};

} // namespace carrywell::ui
