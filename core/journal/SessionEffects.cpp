#include "core/journal/SessionEffects.h"

#include "core/journal/Journal.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

namespace carrywell::core {
namespace {

QString scored()
{
    return QStringLiteral("s.local_day BETWEEN ? AND ? AND s.pain_before IS NOT NULL AND "
                          "s.pain_after IS NOT NULL");
}

} // namespace

Result<SessionEffect> SessionEffects::beforeAndAfter(const DateRange& days) const
{
    const QSqlDatabase db = m_journal.database();
    const QVariantList bounds{days.first.toJulianDay(), days.last.toJulianDay()};
    SessionEffect effect;
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT count(*), avg(s.pain_before), avg(s.pain_after), "
                                     "total(s.pain_after < s.pain_before), "
                                     "total(s.pain_after = s.pain_before), "
                                     "total(s.pain_after > s.pain_before) FROM sessions s WHERE %1")
                          .arg(scored()),
                      bounds) ||
            !query.next()) {
            return journalError(query.lastError(), JournalAction::Read);
        }
        effect.sessions = query.value(0).toInt();
        if (effect.sessions == 0)
            return effect;
        effect.averageBefore = query.value(1).toDouble();
        effect.averageAfter = query.value(2).toDouble();
        effect.improved = query.value(3).toInt();
        effect.unchanged = query.value(4).toInt();
        effect.worse = query.value(5).toInt();
    }
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("SELECT s.routine_id, count(*), avg(s.pain_before), "
                                 "avg(s.pain_after), (SELECT n.routine_name FROM sessions n WHERE "
                                 "n.routine_id = s.routine_id ORDER BY n.started_ms DESC LIMIT 1) "
                                 "FROM sessions s WHERE %1 GROUP BY s.routine_id "
                                 "ORDER BY count(*) DESC, s.routine_id")
                      .arg(scored()),
                  bounds)) {
        return journalError(query.lastError(), JournalAction::Read);
    }
    while (query.next()) {
        effect.byRoutine.append({query.value(0).toString(), query.value(4).toString(),
                                 query.value(1).toInt(), query.value(2).toDouble(),
                                 query.value(3).toDouble()});
    }
    if (query.lastError().isValid())
        return journalError(query.lastError(), JournalAction::Read);
    return effect;
}

} // namespace carrywell::core
