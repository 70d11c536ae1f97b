#include "ui/reminders/DBusReminderNotifier.h"

#include "ui/window/DesktopIdentity.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace carrywell::ui {
namespace {

/// Notify's expire_timeout: -1 lets the notification service decide.
constexpr int kServerDefaultTimeout = -1;
/// Urgency "normal" in the notification specification.
constexpr uchar kNormalUrgency = 1;

} // namespace

QString DBusReminderNotifier::openKey(core::ReminderKind kind)
{
    return kind == core::ReminderKind::CheckIn ? QStringLiteral("check-in")
                                               : QStringLiteral("start");
}

DBusReminderNotifier::DBusReminderNotifier(QDBusConnection bus, QObject* parent)
    : ReminderNotifier(parent), m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"),
                  this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(),
                  QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool DBusReminderNotifier::serviceAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusConnectionInterface* bus = m_bus.interface();
    if (bus->isServiceRegistered(serviceName()).value())
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(serviceName());
}

void DBusReminderNotifier::show(const ReminderNotice& notice)
{
    if (!serviceAvailable()) {
        emit unavailable(notice);
        return;
    }
    m_withdrawnEarly.remove(notice.kind);
    const QStringList actions{QStringLiteral("default"),
                              notice.openLabel,
                              openKey(notice.kind),
                              notice.openLabel,
                              snoozeKey(),
                              notice.snoozeLabel,
                              doneKey(),
                              notice.doneLabel};
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), DesktopIdentity::desktopId()},
        {QStringLiteral("urgency"), QVariant::fromValue(kNormalUrgency)},
        {QStringLiteral("category"), QStringLiteral("x-carrywell.reminder")},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(),
                                                       QStringLiteral("Notify"));
    call << QStringLiteral("Carrywell") << m_ids.value(notice.kind, 0u)
         << DesktopIdentity::desktopId() << notice.summary << notice.body << actions << hints
         << kServerDefaultTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notice](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    emit unavailable(notice);
                    return;
                }
                if (m_withdrawnEarly.remove(notice.kind)) {
                    close(reply.value());
                    return;
                }
                m_ids.insert(notice.kind, reply.value());
            });
}

void DBusReminderNotifier::withdraw(core::ReminderKind kind)
{
    if (const auto id = m_ids.find(kind); id != m_ids.end()) {
        close(*id);
        m_ids.erase(id);
    } else {
        m_withdrawnEarly.insert(kind);
    }
}

void DBusReminderNotifier::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(),
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DBusReminderNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    // Every client hears every ActionInvoked: only our own ids count.
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() != id)
            continue;
        const core::ReminderKind kind = it.key();
        if (actionKey == snoozeKey())
            emit answered(kind, Answer::Snooze);
        else if (actionKey == doneKey())
            emit answered(kind, Answer::Done);
        else if (actionKey == QLatin1String("default") || actionKey == openKey(kind))
            emit answered(kind, Answer::Open);
        return;
    }
}

void DBusReminderNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == id) {
            m_ids.erase(it);
            return;
        }
    }
}

} // namespace carrywell::ui
