#include "core/reminders/ReminderSettings.h"

#include <QSettings>
#include <algorithm>

namespace carrywell::core {
namespace {

const QString kCheckIn = QStringLiteral("reminders/checkIn");
const QString kCheckInTime = QStringLiteral("reminders/checkInTime");
const QString kSessions = QStringLiteral("reminders/sessions");
const QString kStartAtLogin = QStringLiteral("reminders/startAtLogin");
const QString kSnoozeMinutes = QStringLiteral("reminders/snoozeMinutes");
const QString kTimeFormat = QStringLiteral("HH:mm");

/// QVariant::toBool reads any non-empty text but "false" and "0" as true;
/// a hand-edited "yes" or "on" should mean what it says, anything else the default.
bool readBool(const QSettings& settings, const QString& key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") ||
        text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") ||
        text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return fallback;
}

} // namespace

ReminderSettings ReminderSettings::load(const QSettings& settings)
{
    ReminderSettings loaded;
    loaded.checkIn = readBool(settings, kCheckIn, loaded.checkIn);
    loaded.sessions = readBool(settings, kSessions, loaded.sessions);
    loaded.startAtLogin = readBool(settings, kStartAtLogin, loaded.startAtLogin);
    const QTime time =
        QTime::fromString(settings.value(kCheckInTime).toString().trimmed(), kTimeFormat);
    if (time.isValid())
        loaded.checkInTime = time;
    bool ok = false;
    const int minutes = settings.value(kSnoozeMinutes).toString().trimmed().toInt(&ok);
    if (ok)
        loaded.snoozeMinutes = std::clamp(minutes, kMinSnoozeMinutes, kMaxSnoozeMinutes);
    return loaded;
}

void ReminderSettings::save(QSettings& settings) const
{
    settings.setValue(kCheckIn, checkIn);
    settings.setValue(kCheckInTime, checkInTime.toString(kTimeFormat));
    settings.setValue(kSessions, sessions);
    settings.setValue(kStartAtLogin, startAtLogin);
    settings.setValue(kSnoozeMinutes,
                      std::clamp(snoozeMinutes, kMinSnoozeMinutes, kMaxSnoozeMinutes));
    settings.sync();
}

} // namespace carrywell::core
