#pragma once

#include <QTime>

class QSettings;

namespace carrywell::core {

/// What the user chose in Settings ▸ Reminders; [reminders] group of settings.ini.
struct ReminderSettings
{
    static constexpr int kMinSnoozeMinutes = 5;
    static constexpr int kMaxSnoozeMinutes = 120;

    bool checkIn = false;      // key reminders/checkIn
    QTime checkInTime{20, 0};  // key reminders/checkInTime, "HH:mm"
    bool sessions = false;     // key reminders/sessions (time: PlanPreferences::sessionTime)
    bool startAtLogin = false; // key reminders/startAtLogin
    int snoozeMinutes = 15;    // key reminders/snoozeMinutes (5..120)

    bool anyOn() const { return checkIn || sessions; }

    /// Reads the [reminders] group; a missing or unreadable value keeps its
    /// default, a snooze out of range is brought into it.
    static ReminderSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const ReminderSettings&) const = default;
};

} // namespace carrywell::core
