#include "core/journal/PainTrends.h"

#include "core/journal/Journal.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QHash>
#include <QMap>

namespace carrywell::core {
namespace {

// Least-squares slope of the values against their day numbers, per week.
std::optional<double> changePerWeek(const QList<DailyValue>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    const qint64 origin = values.first().day.toJulianDay();
    double meanX = 0;
    double meanY = 0;
    for (const DailyValue& value : values) {
        meanX += double(value.day.toJulianDay() - origin);
        meanY += value.average;
    }
    meanX /= double(values.size());
    meanY /= double(values.size());
    double covariance = 0;
    double variance = 0;
    for (const DailyValue& value : values) {
        const double dx = double(value.day.toJulianDay() - origin) - meanX;
        covariance += dx * (value.average - meanY);
        variance += dx * dx;
    }
    if (variance == 0)
        return std::nullopt;
    return covariance / variance * 7.0;
}

} // namespace

Result<QList<DailyAverage>> PainTrends::dailyAverages(const DateRange& days) const
{
    if (!days.isValid())
        return QList<DailyAverage>();
    QSqlQuery query = newQuery(m_journal.database());
    if (!runQuery(query,
                  QStringLiteral("SELECT local_day, avg(overall), count(*), min(overall), "
                                 "max(overall) FROM checkins WHERE local_day BETWEEN ? AND ? "
                                 "GROUP BY local_day ORDER BY local_day"),
                  {days.first.toJulianDay(), days.last.toJulianDay()})) {
        return journalError(query.lastError(), JournalAction::Read);
    }
    QList<DailyAverage> averages;
    while (query.next()) {
        averages.append({QDate::fromJulianDay(query.value(0).toLongLong()),
                         query.value(1).toDouble(), query.value(2).toInt(), query.value(3).toInt(),
                         query.value(4).toInt()});
    }
    if (query.lastError().isValid())
        return journalError(query.lastError(), JournalAction::Read);
    return averages;
}

Result<QList<WeeklyAverage>> PainTrends::weeklyAverages(const DateRange& days) const
{
    if (!days.isValid())
        return QList<WeeklyAverage>();
    const DateRange whole{weekStart(days.first), weekStart(days.last).addDays(6)};
    const Result<QList<DailyAverage>> daily = dailyAverages(whole);
    if (!daily)
        return Error{daily.error()};
    QList<WeeklyAverage> weeks;
    for (const DailyAverage& day : daily.value()) {
        const QDate monday = weekStart(day.day);
        if (weeks.isEmpty() || weeks.last().weekStart != monday)
            weeks.append({monday, 0, 0, 0});
        WeeklyAverage& week = weeks.last();
        week.average += day.average; // summed here, divided below
        ++week.daysWithCheckIns;
        week.checkIns += day.checkIns;
    }
    for (WeeklyAverage& week : weeks)
        week.average /= week.daysWithCheckIns;
    return weeks;
}

Result<QList<MovingAveragePoint>> PainTrends::movingAverage(const DateRange& days,
                                                            int windowDays) const
{
    if (!days.isValid())
        return QList<MovingAveragePoint>();
    const int window = std::max(1, windowDays);
    const Result<QList<DailyAverage>> daily =
        dailyAverages({days.first.addDays(-(window - 1)), days.last});
    if (!daily)
        return Error{daily.error()};
    QHash<qint64, double> byDay;
    for (const DailyAverage& day : daily.value())
        byDay.insert(day.day.toJulianDay(), day.average);

    // A sliding sum over the window: the range may span years.
    QList<MovingAveragePoint> points;
    points.reserve(days.dayCount());
    double sum = 0;
    int count = 0;
    const qint64 first = days.first.toJulianDay();
    for (qint64 jd = first - (window - 1); jd <= days.last.toJulianDay(); ++jd) {
        if (const auto entering = byDay.constFind(jd); entering != byDay.constEnd()) {
            sum += *entering;
            ++count;
        }
        if (const auto leaving = byDay.constFind(jd - window); leaving != byDay.constEnd()) {
            sum -= *leaving;
            --count;
        }
        if (jd < first)
            continue;
        MovingAveragePoint point{QDate::fromJulianDay(jd), std::nullopt, count};
        if (count > 0)
            point.average = sum / count;
        points.append(point);
    }
    return points;
}

Result<QList<RegionTrend>> PainTrends::regionTrends(const DateRange& days) const
{
    if (!days.isValid())
        return QList<RegionTrend>();
    QSqlQuery query = newQuery(m_journal.database());
    if (!runQuery(query,
                  QStringLiteral("SELECT r.region, c.local_day, avg(r.score), count(*) "
                                 "FROM checkins c JOIN checkin_regions r ON r.checkin_id = c.id "
                                 "WHERE c.local_day BETWEEN ? AND ? "
                                 "GROUP BY r.region, c.local_day ORDER BY r.region, c.local_day"),
                  {days.first.toJulianDay(), days.last.toJulianDay()})) {
        return journalError(query.lastError(), JournalAction::Read);
    }
    QMap<Region, RegionTrend> trends;
    while (query.next()) {
        const std::optional<Region> region = fromId<Region>(query.value(0).toString());
        if (!region)
            continue;
        RegionTrend& trend = trends[*region];
        trend.region = *region;
        trend.days.append({QDate::fromJulianDay(query.value(1).toLongLong()),
                           query.value(2).toDouble(), query.value(3).toInt()});
    }
    if (query.lastError().isValid())
        return journalError(query.lastError(), JournalAction::Read);
    QList<RegionTrend> result;
    for (RegionTrend& trend : trends) {
        double sum = 0;
        for (const DailyValue& value : trend.days) {
            sum += value.average;
            trend.scores += value.scores;
        }
        trend.average = sum / double(trend.days.size());
        trend.changePerWeek = changePerWeek(trend.days);
        result.append(std::move(trend));
    }
    return result;
}

} // namespace carrywell::core
