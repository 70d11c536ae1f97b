#pragma once

#include "core/journal/Adherence.h"
#include "core/journal/DateRange.h"
#include "core/journal/PainTrends.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace carrywell::core {

/// What the pain chart draws, as read from the journal for a span of days.
struct PainChartData
{
    DateRange days;
    QList<DailyAverage> daily;
    QList<MovingAveragePoint> moving;
    QList<RegionTrend> regions;
    QList<WeekAdherence> weeks;
};

/// Turns journal figures into chart points on one time axis (x: milliseconds
/// since the epoch at noon UTC of the day). Long spans are charted by week
/// or by month, so years stay readable (and quick to draw): one dot a day
/// over ten years is a smudge.
class PainChartPoints
{
public:
    enum class Bucket
    {
        Day,   ///< Up to half a year.
        Week,  ///< Up to three years.
        Month, ///< Longer.
    };
    static constexpr int weeksAfterDays = 183;
    static constexpr int monthsAfterDays = 3 * 366;

    static Bucket bucket(const DateRange& days);
    /// "Day’s average", "Week’s average", "Month’s average".
    static QString averageName(Bucket bucket);
    static qreal x(QDate day);

    /// The daily averages, or their mean per week or month (placed mid-bucket).
    static QList<QPointF> daily(const QList<DailyAverage>& days, Bucket bucket);
    /// The seven-day moving average, or its mean per week or month.
    static QList<QPointF> moving(const QList<MovingAveragePoint>& points, Bucket bucket);
    static QList<QPointF> region(const RegionTrend& trend, Bucket bucket);

    /// Sessions per week as bars, each the outline of a rectangle: (start, 0),
    /// (start, n), (end, n), (end, 0), a little inside its week. By month, a
    /// bar spans the month and n is its weeks' mean.
    static QList<QPointF> sessionBars(const QList<WeekAdherence>& weeks, Bucket bucket);
    static int mostSessions(const QList<WeekAdherence>& weeks);
    /// The top of the sessions axis: at least a session a day.
    static int sessionScale(const QList<WeekAdherence>& weeks);
};

} // namespace carrywell::core
