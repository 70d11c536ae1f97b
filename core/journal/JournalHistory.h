#pragma once

#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/DateRange.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"

#include <QList>
#include <optional>

namespace carrywell::core {

class Journal;

/// The entries themselves, by local day (the day where and when each was written).
class JournalHistory
{
public:
    explicit JournalHistory(const Journal& journal) : m_journal(journal) {}

    /// Check-ins on the days of `days` (inclusive), oldest first.
    Result<QList<CheckIn>> checkIns(const DateRange& days) const;
    Result<QList<CheckIn>> allCheckIns() const;
    Result<std::optional<CheckIn>> checkIn(qint64 id) const;

    /// Sessions that started on the days of `days` (inclusive), oldest first.
    Result<QList<SessionRecord>> sessions(const DateRange& days) const;
    Result<QList<SessionRecord>> allSessions() const;

    /// Activity ratings (PSFS) made on the days of `days` (inclusive), oldest first.
    Result<QList<ActivityRating>> activityRatings(const DateRange& days) const;
    Result<QList<ActivityRating>> allActivityRatings() const;
    /// The newest rating of each activity named in `activities` (matched
    /// ignoring case), in the order of `activities`; unrated ones are left out.
    Result<QList<ActivityRating>> latestRatings(const QStringList& activities) const;

    /// Every saved plan, by week.
    Result<QList<SavedPlan>> plans() const;
    /// The plan of the week holding `day`, if one was saved.
    Result<std::optional<SavedPlan>> planForWeek(QDate day) const;

    /// The first and last day with a check-in or session; nullopt when there are none.
    Result<std::optional<DateRange>> coveredDays() const;

private:
    const Journal& m_journal;
};

} // namespace carrywell::core
