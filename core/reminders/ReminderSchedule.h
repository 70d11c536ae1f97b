#pragma once

#include "core/reminders/ReminderFacts.h"
#include "core/reminders/ReminderSettings.h"
#include "core/reminders/ReminderState.h"

#include <QDateTime>
#include <QList>
#include <QTime>

namespace carrywell::core {

/// Decides, from the time alone, which reminders are due and when to look
/// again. Pure: the caller reads the clock and the journal, shows what is
/// due, and keeps the state.
///
/// A reminder is due once a day at its time, when it is switched on, the day
/// calls for it (no check-in yet; a planned session not done yet) and the
/// user has not said "Done" today. After it was shown it comes back only
/// when a snooze runs out. Times are wall-clock times in the zone of `now`.
class ReminderSchedule
{
public:
    ReminderSchedule(const ReminderSettings& settings, const QTime& sessionTime);

    /// The wall-clock time `kind` is due at each day.
    QTime timeOf(ReminderKind kind) const;
    /// Switched on, and `facts` say the day still calls for it.
    bool wanted(ReminderKind kind, const ReminderFacts& facts) const;

    /// The reminders to show at `now`. `facts` must be about now's day;
    /// facts about another day make nothing due.
    QList<ReminderKind> due(const QDateTime& now, const ReminderFacts& facts,
                            const ReminderState& state) const;
    /// Reminders shown today that are still open (snoozed ones included): not
    /// done, and the day still calls for them.
    QList<ReminderKind> pending(const QDateTime& now, const ReminderFacts& facts,
                                const ReminderState& state) const;
    /// When to look again: the next due time or end of a snooze today, and
    /// otherwise the start of tomorrow, when the day's facts change. Never
    /// earlier than `now`.
    QDateTime nextCheck(const QDateTime& now, const ReminderFacts& facts,
                        const ReminderState& state) const;

    /// Records that `kind` was shown at `now`.
    static void markShown(ReminderState& state, ReminderKind kind, const QDateTime& now);
    /// Shows `kind` again after the snooze minutes.
    void snooze(ReminderState& state, ReminderKind kind, const QDateTime& now) const;
    /// No more of `kind` on now's day.
    static void markDone(ReminderState& state, ReminderKind kind, const QDateTime& now);

    /// The first moment on `day` the wall clock reads `time`, in the zone (or
    /// offset) of `reference`. A time skipped by a daylight-saving change is
    /// due when the clock jumps past it; a time that happens twice, the first
    /// time.
    static QDateTime wallTime(const QDateTime& reference, const QDate& day, const QTime& time);
    /// Midnight starting `day`, in the zone of `reference`.
    static QDateTime startOf(const QDateTime& reference, const QDate& day);

private:
    /// The reminders of `now`'s day that are wanted, not done, and pass `test`
    /// (kind, its mark, today); none when `facts` are about another day.
    template <typename Test>
    QList<ReminderKind> openToday(const QDateTime& now, const ReminderFacts& facts,
                                  const ReminderState& state, Test test) const;

    ReminderSettings m_settings;
    QTime m_sessionTime;
};

} // namespace carrywell::core
