#include "core/journal/PainChartData.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::PainChartPoints);

namespace carrywell::core {
namespace {

using Bucket = PainChartPoints::Bucket;

constexpr qreal kDayMs = 24.0 * 60 * 60 * 1000;

QDate bucketStart(QDate day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return weekStart(day);
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate bucketMiddle(QDate start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start;
    case Bucket::Week:
        return start.addDays(3);
    case Bucket::Month:
        return start.addDays(14);
    }
    return start;
}

/// Means of (day, value) pairs per bucket, placed mid-bucket.
QList<QPointF> means(const QList<std::pair<QDate, double>>& values, Bucket bucket)
{
    QList<QPointF> points;
    if (bucket == Bucket::Day) {
        points.reserve(values.size());
        for (const auto& [day, value] : values)
            points.append({PainChartPoints::x(day), value});
        return points;
    }
    QMap<QDate, std::pair<double, int>> buckets;
    for (const auto& [day, value] : values) {
        auto& [sum, count] = buckets[bucketStart(day, bucket)];
        sum += value;
        ++count;
    }
    points.reserve(buckets.size());
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        points.append({PainChartPoints::x(bucketMiddle(it.key(), bucket)), it->first / it->second});
    return points;
}

} // namespace

PainChartPoints::Bucket PainChartPoints::bucket(const DateRange& days)
{
    if (days.dayCount() > monthsAfterDays)
        return Bucket::Month;
    return days.dayCount() > weeksAfterDays ? Bucket::Week : Bucket::Day;
}

QString PainChartPoints::averageName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return tr("Day’s average");
    case Bucket::Week:
        return tr("Week’s average");
    case Bucket::Month:
        return tr("Month’s average");
    }
    return {};
}

qreal PainChartPoints::x(QDate day)
{
    // Noon UTC lands on the same calendar day in every zone the axis may show
    // it in, and needs no time-zone lookup (thousands of points).
    return static_cast<qreal>(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QList<QPointF> PainChartPoints::daily(const QList<DailyAverage>& days, Bucket bucket)
{
    QList<std::pair<QDate, double>> values;
    values.reserve(days.size());
    for (const DailyAverage& day : days)
        values.append({day.day, day.average});
    return means(values, bucket);
}

QList<QPointF> PainChartPoints::moving(const QList<MovingAveragePoint>& points, Bucket bucket)
{
    QList<std::pair<QDate, double>> values;
    values.reserve(points.size());
    for (const MovingAveragePoint& point : points) {
        if (point.average)
            values.append({point.day, *point.average});
    }
    return means(values, bucket);
}

QList<QPointF> PainChartPoints::region(const RegionTrend& trend, Bucket bucket)
{
    QList<std::pair<QDate, double>> values;
    values.reserve(trend.days.size());
    for (const DailyValue& day : trend.days)
        values.append({day.day, day.average});
    return means(values, bucket);
}

QList<QPointF> PainChartPoints::sessionBars(const QList<WeekAdherence>& weeks, Bucket bucket)
{
    // Each bar: its first and last day, and its height.
    struct Bar
    {
        QDate first;
        QDate last;
        double sessions = 0;
        int weeks = 0;
    };
    QMap<QDate, Bar> bars;
    for (const WeekAdherence& week : weeks) {
        if (bucket != Bucket::Month) {
            bars.insert(week.weekStart,
                        {week.weekStart, week.weekStart.addDays(6), double(week.sessions), 1});
            continue;
        }
        const QDate month = bucketStart(week.weekStart, Bucket::Month);
        Bar& bar = bars[month];
        bar.first = month;
        bar.last = month.addMonths(1).addDays(-1);
        bar.sessions += week.sessions;
        ++bar.weeks;
    }
    QList<QPointF> points;
    for (const Bar& bar : std::as_const(bars)) {
        const double height = bar.weeks > 0 ? bar.sessions / bar.weeks : 0;
        if (height <= 0)
            continue;
        // From the first day's 00:00 to the last day's 24:00, less a gap between bars.
        const qreal span = x(bar.last) - x(bar.first) + kDayMs;
        const qreal start = x(bar.first) - kDayMs / 2 + span * 0.08;
        const qreal end = x(bar.first) - kDayMs / 2 + span * 0.92;
        points.append({start, 0});
        points.append({start, height});
        points.append({end, height});
        points.append({end, 0});
    }
    return points;
}

int PainChartPoints::mostSessions(const QList<WeekAdherence>& weeks)
{
    int most = 0;
    for (const WeekAdherence& week : weeks)
        most = std::max(most, week.sessions);
    return most;
}

int PainChartPoints::sessionScale(const QList<WeekAdherence>& weeks)
{
    // A session a day fills the scale, so a usual week's bar stays low
    // behind the pain lines.
    return std::max(7, mostSessions(weeks));
}

} // namespace carrywell::core
