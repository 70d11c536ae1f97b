#include "core/journal/Adherence.h"

#include "core/journal/Journal.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace carrywell::core {
namespace {

// Sessions in which at least one exercise was done.
QString countedSessions()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM session_exercises e WHERE e.session_id = s.id "
                          "AND e.outcome = 'done')");
}

} // namespace

Result<QList<WeekAdherence>> Adherence::weeks(const DateRange& days) const
{
    if (!days.isValid())
        return QList<WeekAdherence>();
    const QDate firstMonday = weekStart(days.first);
    const QDate lastMonday = weekStart(days.last);
    const QVariantList bounds{firstMonday.toJulianDay(), lastMonday.addDays(6).toJulianDay()};
    const qint64 origin = firstMonday.toJulianDay();

    QList<WeekAdherence> weeks;
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7))
        weeks.append({monday, 0, 0, 0, 0});
    QHash<qint64, QSet<qint64>> activeDays; // week index -> days

    const QSqlDatabase db = m_journal.database();
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT local_day, count(*) FROM checkins "
                                     "WHERE local_day BETWEEN ? AND ? GROUP BY local_day"),
                      bounds)) {
            return journalError(query.lastError(), JournalAction::Read);
        }
        while (query.next()) {
            const qint64 day = query.value(0).toLongLong();
            const qint64 week = (day - origin) / 7;
            weeks[week].checkIns += query.value(1).toInt();
            activeDays[week].insert(day);
        }
        if (query.lastError().isValid())
            return journalError(query.lastError(), JournalAction::Read);
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT s.local_day, count(*), sum(s.duration_s) FROM "
                                     "sessions s WHERE s.local_day BETWEEN ? AND ? AND %1 "
                                     "GROUP BY s.local_day")
                          .arg(countedSessions()),
                      bounds)) {
            return journalError(query.lastError(), JournalAction::Read);
        }
        QHash<qint64, qint64> seconds;
        while (query.next()) {
            const qint64 day = query.value(0).toLongLong();
            const qint64 week = (day - origin) / 7;
            weeks[week].sessions += query.value(1).toInt();
            seconds[week] += query.value(2).toLongLong();
            activeDays[week].insert(day);
        }
        if (query.lastError().isValid())
            return journalError(query.lastError(), JournalAction::Read);
        for (auto it = seconds.cbegin(); it != seconds.cend(); ++it)
            weeks[it.key()].sessionMinutes = int(std::lround(double(it.value()) / 60.0));
    }
    for (auto it = activeDays.cbegin(); it != activeDays.cend(); ++it)
        weeks[it.key()].activeDays = int(it.value().size());
    return weeks;
}

Result<Streaks> Adherence::streaks() const
{
    const QDate today = m_journal.clock().today();
    const qint64 todayDay = today.toJulianDay();
    QSqlQuery query = newQuery(m_journal.database());
    if (!runQuery(query,
                  QStringLiteral("SELECT local_day FROM checkins WHERE local_day <= ? UNION "
                                 "SELECT s.local_day FROM sessions s WHERE s.local_day <= ? AND "
                                 "%1 ORDER BY 1")
                      .arg(countedSessions()),
                  {todayDay, todayDay})) {
        return journalError(query.lastError(), JournalAction::Read);
    }
    Streaks streaks;
    int run = 0;
    qint64 previous = 0;
    qint64 last = 0;
    while (query.next()) {
        const qint64 day = query.value(0).toLongLong();
        run = (run > 0 && day == previous + 1) ? run + 1 : 1;
        if (run >= streaks.longest) {
            streaks.longest = run;
            streaks.longestEnd = QDate::fromJulianDay(day);
        }
        previous = day;
        last = day;
    }
    if (query.lastError().isValid())
        return journalError(query.lastError(), JournalAction::Read);
    streaks.todayActive = run > 0 && last == todayDay;
    if (run > 0 && (last == todayDay || last == todayDay - 1))
        streaks.current = run;
    return streaks;
}

} // namespace carrywell::core
