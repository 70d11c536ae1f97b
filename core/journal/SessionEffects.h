#pragma once

#include "core/common/Result.h"
#include "core/journal/DateRange.h"

#include <QList>
#include <QString>
#include <optional>

namespace carrywell::core {

class Journal;

/// Pain before and after the sessions of one routine.
struct RoutineEffect
{
    QString routineId;
    QString routineName; ///< The name it had in its latest session.
    int sessions = 0;
    double averageBefore = 0;
    double averageAfter = 0;

    double averageChange() const { return averageAfter - averageBefore; }
};

/// Pain before and after sessions, over the sessions that have both scores.
struct SessionEffect
{
    int sessions = 0;
    std::optional<double> averageBefore; ///< nullopt when no session has both scores.
    std::optional<double> averageAfter;
    int improved = 0; ///< After lower than before.
    int unchanged = 0;
    int worse = 0;
    QList<RoutineEffect> byRoutine; ///< Most used routine first.

    /// After minus before: negative means sessions relieve pain.
    std::optional<double> averageChange() const
    {
        if (!averageBefore || !averageAfter)
            return std::nullopt;
        return *averageAfter - *averageBefore;
    }
};

/// Whether sessions help: pain before against pain after.
class SessionEffects
{
public:
    explicit SessionEffects(const Journal& journal) : m_journal(journal) {}

    Result<SessionEffect> beforeAndAfter(const DateRange& days) const;

private:
    const Journal& m_journal;
};

} // namespace carrywell::core
