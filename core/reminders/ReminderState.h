#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>

namespace carrywell::core {

/// The two reminders Carrywell gives.
enum class ReminderKind
{
    CheckIn, ///< The daily pain check-in.
    Session, ///< The day's planned session.
};

inline constexpr std::array<ReminderKind, 2> allReminderKinds{ReminderKind::CheckIn,
                                                              ReminderKind::Session};

/// "checkIn" or "session": settings keys and notification bookkeeping.
QString toId(ReminderKind kind);

/// What happened to one reminder lately. Days are local calendar days; a
/// snooze only counts on the day the reminder was shown, so a snooze that
/// runs past midnight ends with its day.
struct ReminderMark
{
    QDate shownOn;          ///< The last day it was shown.
    QDate doneOn;           ///< The last day the user said "Done".
    QDateTime snoozedUntil; ///< Invalid when not snoozed.

    bool operator==(const ReminderMark&) const = default;
};

/// Snoozes and "done" for both reminders, kept by ReminderStore so that
/// they survive a restart on the same day.
struct ReminderState
{
    ReminderMark checkIn;
    ReminderMark session;
    /// The tray message saying Carrywell keeps running there was shown once.
    bool trayNoticeShown = false;

    ReminderMark& operator[](ReminderKind kind)
    {
        return kind == ReminderKind::CheckIn ? checkIn : session;
    }
    const ReminderMark& operator[](ReminderKind kind) const
    {
        return kind == ReminderKind::CheckIn ? checkIn : session;
    }

    bool operator==(const ReminderState&) const = default;
};

} // namespace carrywell::core
