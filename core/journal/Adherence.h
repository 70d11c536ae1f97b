#pragma once

#include "core/common/Result.h"
#include "core/journal/DateRange.h"

#include <QDate>
#include <QList>

namespace carrywell::core {

class Journal;

/// What one Monday-to-Sunday week holds.
///
/// A session counts when at least one of its exercises was done. An active
/// day is a day with a check-in or a counted session.
struct WeekAdherence
{
    QDate weekStart;
    int sessions = 0;       ///< Counted sessions.
    int sessionMinutes = 0; ///< Their total length, rounded to whole minutes.
    int checkIns = 0;
    int activeDays = 0;
};

/// Runs of consecutive active days (see WeekAdherence), ignoring any day
/// after today.
struct Streaks
{
    /// Consecutive active days ending today; while today has nothing yet, the
    /// run ending yesterday still counts, so the streak is not "broken" in the
    /// morning. 0 when neither today nor yesterday was active.
    int current = 0;
    bool todayActive = false;
    int longest = 0;
    QDate longestEnd; ///< Last day of the longest run (the latest, on a tie).
};

/// How regularly the person practises and checks in.
class Adherence
{
public:
    explicit Adherence(const Journal& journal) : m_journal(journal) {}

    /// One entry for every week that overlaps `days`, empty weeks included,
    /// each counted whole.
    Result<QList<WeekAdherence>> weeks(const DateRange& days) const;
    /// Current and longest streak as of the journal clock's today.
    Result<Streaks> streaks() const;

private:
    const Journal& m_journal;
};

} // namespace carrywell::core
