#include "core/reminders/ReminderState.h"

#include <QSettings>

namespace carrywell::core {
namespace {

QString key(ReminderKind kind, const char* field)
{
    return QStringLiteral("reminders/") + toId(kind) + QLatin1String(field);
}

QDate readDate(const QSettings& settings, const QString& key)
{
    return QDate::fromString(settings.value(key).toString(), Qt::ISODate);
}

void writeDate(QSettings& settings, const QString& key, const QDate& day)
{
    if (day.isValid())
        settings.setValue(key, day.toString(Qt::ISODate));
    else
        settings.remove(key);
}

} // namespace

QString toId(ReminderKind kind)
{
    return kind == ReminderKind::CheckIn ? QStringLiteral("checkIn") : QStringLiteral("session");
}

ReminderState ReminderState::load(const QSettings& settings)
{
    ReminderState state;
    for (const ReminderKind kind : allReminderKinds) {
        ReminderMark& mark = state[kind];
        mark.shownOn = readDate(settings, key(kind, "ShownOn"));
        mark.doneOn = readDate(settings, key(kind, "DoneOn"));
        mark.snoozedUntil = QDateTime::fromString(
            settings.value(key(kind, "SnoozedUntil")).toString(), Qt::ISODate);
    }
    return state;
}

void ReminderState::save(QSettings& settings) const
{
    for (const ReminderKind kind : allReminderKinds) {
        const ReminderMark& mark = (*this)[kind];
        writeDate(settings, key(kind, "ShownOn"), mark.shownOn);
        writeDate(settings, key(kind, "DoneOn"), mark.doneOn);
        // In UTC, so the moment reads back the same whatever the zone or its rules.
        if (mark.snoozedUntil.isValid())
            settings.setValue(key(kind, "SnoozedUntil"),
                              mark.snoozedUntil.toUTC().toString(Qt::ISODateWithMs));
        else
            settings.remove(key(kind, "SnoozedUntil"));
    }
    settings.sync();
}

} // namespace carrywell::core
