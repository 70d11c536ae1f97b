#pragma once

#include "core/reminders/ReminderState.h"

#include <QList>
#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace carrywell::ui {

/// The tray icon shown while reminders are on, and its menu: open the
/// window, check in, start today's session, answer a pending reminder, quit.
/// Menu entries have object names (trayOpenAction, traySnoozeCheckInAction…).
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    explicit ReminderTray(QObject* parent = nullptr);
    ~ReminderTray() override;

    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu.get(); }
    /// The menu entry with `objectName`, or null.
    QAction* action(const QString& objectName) const;

    void setVisible(bool visible);
    /// Shows Snooze and Done for each reminder in `pending`.
    void setPending(const QList<core::ReminderKind>& pending, int snoozeMinutes);
    void setCanCheckIn(bool can);
    void setCanStartSession(bool can);

signals:
    void openRequested();
    void checkInRequested();
    void startSessionRequested();
    void snoozeRequested(carrywell::core::ReminderKind kind);
    void doneRequested(carrywell::core::ReminderKind kind);
    void quitRequested();

private:
    QAction* addAction(const QString& objectName, const QString& text);

    QSystemTrayIcon* m_icon;
    std::unique_ptr<QMenu> m_menu; ///< A widget, so not a QObject child.
    QAction* m_checkIn;
    QAction* m_startSession;
    QAction* m_snoozeCheckIn;
    QAction* m_doneCheckIn;
    QAction* m_snoozeSession;
    QAction* m_doneSession;
};

} // namespace carrywell::ui
