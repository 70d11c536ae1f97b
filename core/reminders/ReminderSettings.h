#pragma once

#include <QTime>

namespace carrywell::core {

/// What the user chose in Settings ▸ Reminders, kept by ReminderStore.
struct ReminderSettings
{
    static constexpr int kMinSnoozeMinutes = 5;
    static constexpr int kMaxSnoozeMinutes = 120;

    bool checkIn = false;
    QTime checkInTime{20, 0};
    bool sessions = false; ///< At PlanPreferences::sessionTime.
    bool startAtLogin = false;
    int snoozeMinutes = 15; ///< kMinSnoozeMinutes to kMaxSnoozeMinutes.

    bool anyOn() const { return checkIn || sessions; }

    bool operator==(const ReminderSettings&) const = default;
};

} // namespace carrywell::core
