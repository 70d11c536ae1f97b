#pragma once

#include "core/settings/SettingsFile.h"
#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QTime>
#include <array>

namespace carrywell::core {

/// What "Make my week" asks beyond the profile, remembered between weeks so
/// next week's plan can be made without asking again.
struct PlanPreferences
{
    int minutesPerDay = 10;
    /// Monday (0) to Sunday (6): days with time for a short routine.
    std::array<bool, 7> freeDays{true, true, true, true, true, true, true};
    bool diastasis = false;
    QList<Region> extraRegions;
    /// When the day's routine usually happens: calendar events and reminders.
    QTime sessionTime{10, 0};

    bool operator==(const PlanPreferences&) const = default;
};

/// Reads and writes PlanPreferences in the user's settings ([plan] group).
class PlanPreferencesStore
{
public:
    PlanPreferencesStore(QSettings& settings) : m_file(settings) {}

    /// Unknown regions and days are dropped; a list with no valid day keeps
    /// every day free, as a hand edit that leaves none would make no plan.
    PlanPreferences load() const;
    void save(const PlanPreferences& preferences);

private:
    SettingsFile m_file;
};

} // namespace carrywell::core
