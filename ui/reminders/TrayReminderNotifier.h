#pragma once

#include "ui/reminders/ReminderNotifier.h"

#include <optional>

class QSystemTrayIcon;

namespace carrywell::ui {

/// Reminders as balloon messages from the tray icon, for desktops without a
/// notification service. A message has no buttons: Snooze and Done are in
/// the icon's menu, and clicking the message opens what it is about.
class TrayReminderNotifier final : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit TrayReminderNotifier(QSystemTrayIcon* icon, QObject* parent = nullptr);

    void show(const ReminderNotice& notice) override;
    /// A shown message cannot be taken back; it fades on its own.
    void withdraw(core::ReminderKind) override {}

    /// A message that is not a reminder, such as "still running in the tray".
    void showHint(const QString& title, const QString& text);
    /// What the last message was about; nullopt for a hint.
    std::optional<core::ReminderKind> lastShown() const { return m_lastShown; }

signals:
    void hintClicked();

private:
    QSystemTrayIcon* m_icon;
    std::optional<core::ReminderKind> m_lastShown;
};

} // namespace carrywell::ui
