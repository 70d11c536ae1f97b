#include "ui/reminders/ReminderTray.h"

#include "ui/window/DesktopIdentity.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace carrywell::ui {

ReminderTray::ReminderTray(QObject* parent)
    : QObject(parent), m_icon(new QSystemTrayIcon(DesktopIdentity::appIcon(), this)),
      m_menu(std::make_unique<QMenu>())
{
    m_icon->setToolTip(tr("Carrywell: reminders are on"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    connect(addAction(QStringLiteral("trayOpenAction"), tr("Open Carrywell")), &QAction::triggered,
            this, &ReminderTray::openRequested);
    m_checkIn = addAction(QStringLiteral("trayCheckInAction"), tr("Check in now…"));
    connect(m_checkIn, &QAction::triggered, this, &ReminderTray::checkInRequested);
    m_startSession =
        addAction(QStringLiteral("trayStartSessionAction"), tr("Start today's session"));
    connect(m_startSession, &QAction::triggered, this, &ReminderTray::startSessionRequested);

    m_menu->addSeparator();
    m_snoozeCheckIn = addAction(QStringLiteral("traySnoozeCheckInAction"), QString());
    m_doneCheckIn =
        addAction(QStringLiteral("trayDoneCheckInAction"), tr("Check-in reminder: done for today"));
    m_snoozeSession = addAction(QStringLiteral("traySnoozeSessionAction"), QString());
    m_doneSession =
        addAction(QStringLiteral("trayDoneSessionAction"), tr("Session reminder: done for today"));
    using core::ReminderKind;
    connect(m_snoozeCheckIn, &QAction::triggered, this,
            [this] { emit snoozeRequested(ReminderKind::CheckIn); });
    connect(m_doneCheckIn, &QAction::triggered, this,
            [this] { emit doneRequested(ReminderKind::CheckIn); });
    connect(m_snoozeSession, &QAction::triggered, this,
            [this] { emit snoozeRequested(ReminderKind::Session); });
    connect(m_doneSession, &QAction::triggered, this,
            [this] { emit doneRequested(ReminderKind::Session); });

    m_menu->addSeparator();
    connect(addAction(QStringLiteral("trayQuitAction"), tr("Quit Carrywell")), &QAction::triggered,
            this, &ReminderTray::quitRequested);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openRequested();
            });
    setPending({}, 15);
}

ReminderTray::~ReminderTray() = default;

QAction* ReminderTray::addAction(const QString& objectName, const QString& text)
{
    QAction* action = m_menu->addAction(text);
    action->setObjectName(objectName);
    return action;
}

QAction* ReminderTray::action(const QString& objectName) const
{
    return m_menu->findChild<QAction*>(objectName);
}

void ReminderTray::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

void ReminderTray::setPending(const QList<core::ReminderKind>& pending, int snoozeMinutes)
{
    const bool checkIn = pending.contains(core::ReminderKind::CheckIn);
    const bool session = pending.contains(core::ReminderKind::Session);
    // Snoozes are 5 to 120 minutes: always more than one.
    m_snoozeCheckIn->setText(tr("Check-in reminder: again in %1 minutes").arg(snoozeMinutes));
    m_snoozeSession->setText(tr("Session reminder: again in %1 minutes").arg(snoozeMinutes));
    m_snoozeCheckIn->setVisible(checkIn);
    m_doneCheckIn->setVisible(checkIn);
    m_snoozeSession->setVisible(session);
    m_doneSession->setVisible(session);
}

void ReminderTray::setCanCheckIn(bool can)
{
    m_checkIn->setEnabled(can);
}

void ReminderTray::setCanStartSession(bool can)
{
    m_startSession->setEnabled(can);
}

} // namespace carrywell::ui
