#include "core/plan/PlanPreferences.h"

#include "core/plan/PlanRequest.h"

#include <QSettings>
#include <algorithm>

namespace carrywell::core {
namespace {

const QString kMinutes = QStringLiteral("plan/minutesPerDay");
const QString kFreeDays = QStringLiteral("plan/freeDays");
const QString kDiastasis = QStringLiteral("plan/diastasis");
const QString kRegions = QStringLiteral("plan/extraRegions");
const QString kSessionTime = QStringLiteral("plan/sessionTime");

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
    bool ok = false;
    const int minutes = m_settings.value(kMinutes).toInt(&ok);
    if (ok)
        preferences.minutesPerDay =
            std::clamp(minutes, PlanRequest::kMinMinutes, PlanRequest::kMaxMinutes);
    if (m_settings.contains(kFreeDays)) {
        std::array<bool, 7> days{};
        for (const QString& number : m_settings.value(kFreeDays).toStringList()) {
            const int day = number.toInt(&ok);
            if (ok && day >= 1 && day <= 7)
                days[size_t(day - 1)] = true;
        }
        // A hand-edited list with no valid day would make no plan at all.
        if (std::find(days.begin(), days.end(), true) != days.end())
            preferences.freeDays = days;
    }
    preferences.diastasis = m_settings.value(kDiastasis, false).toBool();
    for (const QString& id : m_settings.value(kRegions).toStringList()) {
        if (const auto region = fromId<Region>(id);
            region && !preferences.extraRegions.contains(*region))
            preferences.extraRegions.append(*region);
    }
    const QTime time =
        QTime::fromString(m_settings.value(kSessionTime).toString(), QStringLiteral("HH:mm"));
    if (time.isValid())
        preferences.sessionTime = time;
    return preferences;
}

void PlanPreferencesStore::save(const PlanPreferences& preferences)
{
    m_settings.setValue(kMinutes, preferences.minutesPerDay);
    m_settings.setValue(kFreeDays, dayNumbers(preferences.freeDays));
    m_settings.setValue(kDiastasis, preferences.diastasis);
    QStringList regions;
    for (const Region region : preferences.extraRegions)
        regions << toId(region);
    m_settings.setValue(kRegions, regions);
    m_settings.setValue(kSessionTime, preferences.sessionTime.toString(QStringLiteral("HH:mm")));
    m_settings.sync();
}

} // namespace carrywell::core
