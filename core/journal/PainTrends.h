#pragma once

#include "core/common/Result.h"
#include "core/journal/DateRange.h"
#include "core/vocabulary/Vocabulary.h"

#include <QDate>
#include <QList>
#include <optional>

namespace carrywell::core {

class Journal;

/// The overall score of one day's check-ins.
struct DailyAverage
{
    QDate day;
    double average = 0; ///< Mean of that day's overall scores.
    int checkIns = 0;
    int lowest = 0;
    int highest = 0;
};

/// One week's pain. Each day counts once however many check-ins it has, so a
/// bad day with five check-ins does not outweigh four calm ones.
struct WeeklyAverage
{
    QDate weekStart;    ///< Monday.
    double average = 0; ///< Mean of the week's daily averages.
    int daysWithCheckIns = 0;
    int checkIns = 0;
};

/// The moving average on one day, over the window of days that ends on it.
struct MovingAveragePoint
{
    QDate day;
    /// Mean of the daily averages of the window's days that have check-ins;
    /// nullopt when none of them has.
    std::optional<double> average;
    int daysWithCheckIns = 0; ///< How many days of the window had check-ins.
};

/// One region's average score on one day.
struct DailyValue
{
    QDate day;
    double average = 0;
    int scores = 0;
};

/// How one body region has been over a span of days.
struct RegionTrend
{
    Region region = Region::Neck;
    QList<DailyValue> days; ///< Only days on which the region was scored.
    double average = 0;     ///< Mean of the daily values.
    int scores = 0;
    /// Slope of a straight line through the daily values, in points per
    /// week: negative is getting better. Needs two scored days.
    std::optional<double> changePerWeek;
};

/// Pain over time, from the overall and per-region scores of check-ins.
class PainTrends
{
public:
    explicit PainTrends(const Journal& journal) : m_journal(journal) {}

    /// One entry per day of `days` that has check-ins, oldest first.
    Result<QList<DailyAverage>> dailyAverages(const DateRange& days) const;
    /// One entry per week (Monday to Sunday) with check-ins among the weeks
    /// that overlap `days`; each week is counted whole.
    Result<QList<WeeklyAverage>> weeklyAverages(const DateRange& days) const;
    /// One point for every day of `days`: the mean of the daily averages over
    /// the `windowDays` days ending that day (earlier days count too).
    Result<QList<MovingAveragePoint>> movingAverage(const DateRange& days,
                                                    int windowDays = 7) const;
    /// One trend per region scored within `days`, in Region order.
    Result<QList<RegionTrend>> regionTrends(const DateRange& days) const;

private:
    const Journal& m_journal;
};

} // namespace carrywell::core
