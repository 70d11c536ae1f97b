#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace carrywell::core {

class Journal;

/// What the journal says about one day, as far as reminders care.
struct ReminderFacts
{
    QDate day;
    bool checkedIn = false;      ///< The day has a check-in.
    bool sessionPlanned = false; ///< The week's plan has a routine that day (not a rest day).
    bool sessionDone = false;    ///< A plan session that counts was recorded that day.
    int plannedMinutes = 0;      ///< The routine's length, rounded up; 0 without one.

    bool sessionOpen() const { return sessionPlanned && !sessionDone; }

    /// Reads `day` from the journal: its check-ins, the plan stored for its
    /// ISO week, and the sessions started from that plan.
    static Result<ReminderFacts> read(const Journal& journal, const QDate& day);

    /// The routine id sessions started from the weekly plan are recorded
    /// under (the Plan page's PlanPage::routineId()).
    static QString planRoutineId() { return QStringLiteral("weekly-plan"); }

    bool operator==(const ReminderFacts&) const = default;
};

} // namespace carrywell::core
