#include "core/journal/WeekSummaries.h"

#include "core/journal/Adherence.h"
#include "core/journal/Journal.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QSet>
#include <cmath>

namespace carrywell::core {

Result<WeekSummary> WeekSummaries::summarize(const DateRange& days) const
{
    WeekSummary summary;
    summary.days = days;
    const QVariantList bounds{days.first.toJulianDay(), days.last.toJulianDay()};
    QSet<qint64> active;

    const Result<QList<DailyAverage>> daily = PainTrends(m_journal).dailyAverages(days);
    if (!daily)
        return Error{daily.error()};
    if (!daily->isEmpty()) {
        double sum = 0;
        for (const DailyAverage& day : daily.value()) {
            sum += day.average;
            summary.checkIns += day.checkIns;
            active.insert(day.day.toJulianDay());
        }
        summary.averagePain = sum / double(daily->size());
    }

    const QSqlDatabase db = m_journal.database();
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT s.local_day, s.duration_s FROM sessions s "
                                     "WHERE s.local_day BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM "
                                     "session_exercises e WHERE e.session_id = s.id AND "
                                     "e.outcome = 'done')"),
                      bounds)) {
            return journalError(query.lastError(), JournalAction::Read);
        }
        qint64 seconds = 0;
        while (query.next()) {
            ++summary.sessions;
            seconds += query.value(1).toLongLong();
            active.insert(query.value(0).toLongLong());
        }
        if (query.lastError().isValid())
            return journalError(query.lastError(), JournalAction::Read);
        summary.sessionMinutes = int(std::lround(double(seconds) / 60.0));
    }
    summary.activeDays = int(active.size());

    // Per region, each day counts once, as for the overall score.
    const Result<QList<RegionTrend>> trends = PainTrends(m_journal).regionTrends(days);
    if (!trends)
        return Error{trends.error()};
    for (const RegionTrend& trend : trends.value())
        summary.regions.append({trend.region, trend.average, trend.scores});
    return summary;
}

Result<WeekComparison> WeekSummaries::thisWeekVersusLast() const
{
    const QDate today = m_journal.clock().today();
    const QDate monday = weekStart(today);
    Result<WeekSummary> thisWeek = summarize({monday, today});
    if (!thisWeek)
        return Error{thisWeek.error()};
    Result<WeekSummary> lastWeek = summarize({monday.addDays(-7), monday.addDays(-1)});
    if (!lastWeek)
        return Error{lastWeek.error()};
    return WeekComparison{std::move(thisWeek).value(), std::move(lastWeek).value()};
}

} // namespace carrywell::core
