#pragma once

#include "ui/reminders/ReminderNotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>

namespace carrywell::ui {

/// Desktop notifications through the freedesktop notification service
/// (org.freedesktop.Notifications on the session bus), with Snooze and Done
/// buttons. Calls never block: the answer and the notification's id arrive later.
class DBusReminderNotifier final : public ReminderNotifier
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString objectPath() { return QStringLiteral("/org/freedesktop/Notifications"); }
    static QString interfaceName() { return serviceName(); }

    /// Action keys in the Notify call; "default" is a click on the notification.
    static QString openKey(core::ReminderKind kind);
    static QString snoozeKey() { return QStringLiteral("snooze"); }
    static QString doneKey() { return QStringLiteral("done"); }

    explicit DBusReminderNotifier(QDBusConnection bus, QObject* parent = nullptr);

    /// A notification service is running, or the bus can start one.
    bool serviceAvailable() const;

    void show(const ReminderNotice& notice) override;
    void withdraw(core::ReminderKind kind) override;

private slots:
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void close(uint id);

    QDBusConnection m_bus;
    QHash<core::ReminderKind, uint> m_ids;
    /// Withdrawn before the service told us the id: closed as soon as it does.
    QSet<core::ReminderKind> m_withdrawnEarly;
};

} // namespace carrywell::ui
