#include "core/plan/PlanPreferences.h"

#include "core/settings/SettingsKeys.h"

#include <algorithm>

namespace carrywell::core {
namespace {

/// Days are kept as 1 (Monday) to 7 (Sunday), the way QDate numbers them.
QStringList dayNumbers(const std::array<bool, 7>& days)
{
    QStringList numbers;
    for (int i = 0; i < 7; ++i) {
        if (days[size_t(i)])
            numbers << QString::number(i + 1);
    }
    return numbers;
}

} // namespace

PlanPreferences PlanPreferencesStore::load() const
{
    PlanPreferences preferences;
    preferences.minutesPerDay = m_file.read(keys::planMinutesPerDay);
    std::array<bool, 7> days{};
    for (const QString& number : m_file.read(keys::planFreeDays))
        days[size_t(number.toInt() - 1)] = true;
    if (std::find(days.begin(), days.end(), true) != days.end())
        preferences.freeDays = days;
    preferences.diastasis = m_file.read(keys::planDiastasis);
    for (const QString& id : m_file.read(keys::planExtraRegions)) {
        if (const auto region = fromId<Region>(id);
            region && !preferences.extraRegions.contains(*region))
            preferences.extraRegions.append(*region);
    }
    preferences.sessionTime = m_file.read(keys::planSessionTime);
    return preferences;
}

void PlanPreferencesStore::save(const PlanPreferences& preferences)
{
    m_file.write(keys::planMinutesPerDay, preferences.minutesPerDay);
    m_file.write(keys::planFreeDays, dayNumbers(preferences.freeDays));
    m_file.write(keys::planDiastasis, preferences.diastasis);
    QStringList regions;
    for (const Region region : preferences.extraRegions)
        regions << toId(region);
    m_file.write(keys::planExtraRegions, regions);
    m_file.write(keys::planSessionTime, preferences.sessionTime);
    m_file.sync();
}

} // namespace carrywell::core
