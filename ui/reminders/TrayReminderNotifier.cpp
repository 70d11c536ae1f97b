#include "ui/reminders/TrayReminderNotifier.h"

#include "ui/window/DesktopIdentity.h"

#include <QSystemTrayIcon>

namespace carrywell::ui {
namespace {

constexpr int kMessageMilliseconds = 20000;

} // namespace

TrayReminderNotifier::TrayReminderNotifier(QSystemTrayIcon* icon, QObject* parent)
    : ReminderNotifier(parent), m_icon(icon)
{
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShown)
            emit answered(*m_lastShown, Answer::Open);
        else
            emit hintClicked();
    });
}

void TrayReminderNotifier::show(const ReminderNotice& notice)
{
    m_lastShown = notice.kind;
    m_icon->showMessage(notice.summary,
                        notice.body + QLatin1Char('\n') +
                            tr("Snooze or Done are in the Carrywell icon's menu."),
                        DesktopIdentity::appIcon(), kMessageMilliseconds);
}

void TrayReminderNotifier::showHint(const QString& title, const QString& text)
{
    m_lastShown.reset();
    m_icon->showMessage(title, text, DesktopIdentity::appIcon(), kMessageMilliseconds);
}

} // namespace carrywell::ui
