#pragma once

#include "core/common/Result.h"
#include "core/journal/DateRange.h"
#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <optional>

namespace carrywell::core {

class Journal;

/// One region's mean score over some days.
struct RegionAverage
{
    Region region = Region::Neck;
    double average = 0;
    int scores = 0;
};

/// What a span of days (usually a week) holds. Counting rules as in WeekAdherence.
struct WeekSummary
{
    DateRange days;
    std::optional<double> averagePain; ///< Mean of daily averages; nullopt without check-ins.
    int checkIns = 0;
    int sessions = 0; ///< Sessions with at least one exercise done.
    int sessionMinutes = 0;
    int activeDays = 0;
    QList<RegionAverage> regions; ///< Regions scored in those days, in Region order.
};

/// This week so far (Monday to today) next to the whole of last week.
struct WeekComparison
{
    WeekSummary thisWeek;
    WeekSummary lastWeek;

    /// This week's average pain minus last week's: negative is better.
    std::optional<double> painChange() const
    {
        if (!thisWeek.averagePain || !lastWeek.averagePain)
            return std::nullopt;
        return *thisWeek.averagePain - *lastWeek.averagePain;
    }
    int sessionChange() const { return thisWeek.sessions - lastWeek.sessions; }
};

/// Summaries of spans of days, and this week against last week.
class WeekSummaries
{
public:
    explicit WeekSummaries(const Journal& journal) : m_journal(journal) {}

    Result<WeekSummary> summarize(const DateRange& days) const;
    /// As of the journal clock's today.
    Result<WeekComparison> thisWeekVersusLast() const;

private:
    const Journal& m_journal;
};

} // namespace carrywell::core
