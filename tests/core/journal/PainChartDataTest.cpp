// The pain chart's points on one time axis: by day for short spans, by week
// or by month for long ones, and the sessions of each week as bars.
#include "core/journal/PainChartData.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

DailyAverage daily(QDate day, double average)
{
    DailyAverage entry;
    entry.day = day;
    entry.average = average;
    entry.checkIns = 1;
    return entry;
}

WeekAdherence week(QDate start, int sessions)
{
    WeekAdherence entry;
    entry.weekStart = start;
    entry.sessions = sessions;
    return entry;
}

} // namespace

TEST(PainChartPoints, ShortSpansByDayLongerByWeekYearsByMonth)
{
    using Bucket = PainChartPoints::Bucket;
    const QList<DailyAverage> days{daily(QDate(2026, 1, 5), 4), daily(QDate(2026, 1, 6), 6),
                                   daily(QDate(2026, 1, 12), 2), daily(QDate(2026, 2, 2), 3)};
    EXPECT_EQ(PainChartPoints::bucket({QDate(2025, 8, 1), QDate(2026, 1, 14)}), Bucket::Day);
    EXPECT_EQ(PainChartPoints::bucket({QDate(2025, 1, 1), QDate(2026, 1, 14)}), Bucket::Week);
    EXPECT_EQ(PainChartPoints::bucket({QDate(2016, 1, 1), QDate(2026, 1, 14)}), Bucket::Month);

    const QList<QPointF> byDay = PainChartPoints::daily(days, Bucket::Day);
    ASSERT_EQ(byDay.size(), 4);
    EXPECT_EQ(byDay.at(1), QPointF(PainChartPoints::x(QDate(2026, 1, 6)), 6));
    // By week: Mon 5 – Sun 11 averages 5, placed on the Thursday.
    const QList<QPointF> byWeek = PainChartPoints::daily(days, Bucket::Week);
    ASSERT_EQ(byWeek.size(), 3);
    EXPECT_EQ(byWeek.at(0), QPointF(PainChartPoints::x(QDate(2026, 1, 8)), 5));
    EXPECT_EQ(byWeek.at(1), QPointF(PainChartPoints::x(QDate(2026, 1, 15)), 2));
    // By month: January's three days average 4, placed on the 15th.
    const QList<QPointF> byMonth = PainChartPoints::daily(days, Bucket::Month);
    ASSERT_EQ(byMonth.size(), 2);
    EXPECT_EQ(byMonth.at(0), QPointF(PainChartPoints::x(QDate(2026, 1, 15)), 4));
    EXPECT_EQ(byMonth.at(1), QPointF(PainChartPoints::x(QDate(2026, 2, 15)), 3));
}

TEST(PainChartPoints, EachDayIsPlacedAtItsNoonUtc)
{
    EXPECT_EQ(PainChartPoints::x(QDate(1970, 1, 1)), 12.0 * 60 * 60 * 1000);
    EXPECT_EQ(PainChartPoints::x(QDate(2026, 1, 15)) - PainChartPoints::x(QDate(2026, 1, 14)),
              24.0 * 60 * 60 * 1000);
}

TEST(PainChartPoints, TheMovingAverageLeavesOutDaysWithoutOne)
{
    MovingAveragePoint first;
    first.day = QDate(2026, 1, 5);
    MovingAveragePoint second;
    second.day = QDate(2026, 1, 6);
    second.average = 4.5;
    const QList<QPointF> points =
        PainChartPoints::moving({first, second}, PainChartPoints::Bucket::Day);
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points.first(), QPointF(PainChartPoints::x(QDate(2026, 1, 6)), 4.5));
}

TEST(PainChartPoints, SessionBarsSitInsideTheirWeekOnTheSameAxis)
{
    using Bucket = PainChartPoints::Bucket;
    const QList<WeekAdherence> weeks{week(QDate(2026, 1, 5), 3), week(QDate(2026, 1, 12), 0),
                                     week(QDate(2026, 1, 19), 5), week(QDate(2026, 1, 26), 4)};
    const QList<QPointF> bars = PainChartPoints::sessionBars(weeks, Bucket::Week);
    ASSERT_EQ(bars.size(), 12) << "an empty week has no bar";
    EXPECT_EQ(bars[0].y(), 0);
    EXPECT_EQ(bars[1].y(), 3);
    EXPECT_EQ(bars[2].y(), 3);
    EXPECT_GT(bars[0].x(), PainChartPoints::x(QDate(2026, 1, 4)));
    EXPECT_LT(bars[2].x(), PainChartPoints::x(QDate(2026, 1, 12)));
    // By month, one bar of the weeks' mean: (3 + 0 + 5 + 4) / 4.
    const QList<QPointF> monthly = PainChartPoints::sessionBars(weeks, Bucket::Month);
    ASSERT_EQ(monthly.size(), 4);
    EXPECT_EQ(monthly[1].y(), 3);
    EXPECT_LT(monthly[0].x(), PainChartPoints::x(QDate(2026, 1, 4)));
    EXPECT_GT(monthly[2].x(), PainChartPoints::x(QDate(2026, 1, 28)));
    EXPECT_EQ(PainChartPoints::sessionScale(weeks), 7);
}

TEST(PainChartPoints, TheSessionsScaleGrowsOnlyPastASessionADay)
{
    EXPECT_EQ(PainChartPoints::sessionScale({}), 7);
    EXPECT_EQ(PainChartPoints::sessionScale({week(QDate(2026, 1, 5), 7)}), 7);
    EXPECT_EQ(
        PainChartPoints::sessionScale({week(QDate(2026, 1, 5), 3), week(QDate(2026, 1, 12), 10)}),
        10);
}

TEST(PainChartPoints, TheAverageIsNamedForItsBucket)
{
    EXPECT_EQ(PainChartPoints::averageName(PainChartPoints::Bucket::Day), "Day’s average");
    EXPECT_EQ(PainChartPoints::averageName(PainChartPoints::Bucket::Week), "Week’s average");
    EXPECT_EQ(PainChartPoints::averageName(PainChartPoints::Bucket::Month), "Month’s average");
}
