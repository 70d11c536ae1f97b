#include "core/reminders/ReminderSchedule.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

const int kOffset = 3600; // UTC+01:00

QDateTime on(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute, second), Qt::OffsetFromUTC, kOffset);
}

ReminderSettings bothOn()
{
    ReminderSettings settings;
    settings.checkIn = true;
    settings.sessions = true;
    return settings;
}

ReminderFacts openDay(int day)
{
    ReminderFacts facts;
    facts.day = QDate(2026, 1, day);
    facts.sessionPlanned = true;
    return facts;
}

const QTime kSessionTime(10, 30);
using Kinds = QList<ReminderKind>;

} // namespace

TEST(ReminderSchedule, EachReminderIsDueAtItsTime)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    const ReminderState state;
    EXPECT_EQ(schedule.due(on(14, 10, 29, 59), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(14, 9), openDay(14), state), on(14, 10, 30));
    EXPECT_EQ(schedule.due(on(14, 10, 30), openDay(14), state), Kinds{ReminderKind::Session});
    EXPECT_EQ(schedule.due(on(14, 19, 59), openDay(14), state), Kinds{ReminderKind::Session});
    EXPECT_EQ(schedule.due(on(14, 20, 0), openDay(14), state),
              (Kinds{ReminderKind::CheckIn, ReminderKind::Session}));
}

TEST(ReminderSchedule, ShownOnceThenQuietUntilTomorrow)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    ReminderState state;
    ReminderSchedule::markShown(state, ReminderKind::Session, on(14, 10, 30));
    EXPECT_EQ(schedule.due(on(14, 11), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.pending(on(14, 11), openDay(14), state), Kinds{ReminderKind::Session});
    EXPECT_EQ(schedule.nextCheck(on(14, 11), openDay(14), state), on(14, 20));
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20));
    EXPECT_EQ(schedule.due(on(14, 23, 59), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(14, 20), openDay(14), state), on(15, 0));
}

TEST(ReminderSchedule, NothingWhenSwitchedOff)
{
    const ReminderSchedule schedule(ReminderSettings{}, kSessionTime);
    const ReminderState state;
    EXPECT_EQ(schedule.due(on(14, 21), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(14, 9), openDay(14), state), on(15, 0));

    ReminderSettings onlyCheckIn;
    onlyCheckIn.checkIn = true;
    EXPECT_EQ(ReminderSchedule(onlyCheckIn, kSessionTime).due(on(14, 21), openDay(14), state),
              Kinds{ReminderKind::CheckIn});
}

TEST(ReminderSchedule, NoCheckInReminderOnADayWithACheckIn)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    ReminderFacts facts = openDay(14);
    facts.checkedIn = true;
    ReminderState state;
    EXPECT_EQ(schedule.due(on(14, 20), facts, state), Kinds{ReminderKind::Session});
    // A check-in written after the reminder came answers it.
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20));
    EXPECT_FALSE(schedule.pending(on(14, 20, 5), facts, state).contains(ReminderKind::CheckIn));
}

TEST(ReminderSchedule, NoSessionReminderOnRestDaysOrDoneDays)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    const ReminderState state;
    ReminderFacts rest = openDay(14);
    rest.sessionPlanned = false;
    EXPECT_EQ(schedule.due(on(14, 12), rest, state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(14, 9), rest, state), on(14, 20));

    ReminderFacts done = openDay(14);
    done.sessionDone = true;
    EXPECT_EQ(schedule.due(on(14, 12), done, state), Kinds{});
}

TEST(ReminderSchedule, SnoozeBringsItBackAfterTheChosenMinutes)
{
    ReminderSettings settings = bothOn();
    settings.snoozeMinutes = 15;
    const ReminderSchedule schedule(settings, kSessionTime);
    ReminderState state;
    ReminderSchedule::markDone(state, ReminderKind::Session, on(14, 11));
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20));
    schedule.snooze(state, ReminderKind::CheckIn, on(14, 20, 1));
    EXPECT_EQ(state.checkIn.snoozedUntil, on(14, 20, 16));
    EXPECT_EQ(schedule.pending(on(14, 20, 5), openDay(14), state).count(ReminderKind::CheckIn), 1);
    EXPECT_FALSE(
        schedule.due(on(14, 20, 15, 59), openDay(14), state).contains(ReminderKind::CheckIn));
    EXPECT_EQ(schedule.nextCheck(on(14, 20, 2), openDay(14), state), on(14, 20, 16));
    EXPECT_TRUE(schedule.due(on(14, 20, 16), openDay(14), state).contains(ReminderKind::CheckIn));
    // Shown again: quiet until the next snooze or tomorrow.
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20, 16));
    EXPECT_FALSE(schedule.due(on(14, 21), openDay(14), state).contains(ReminderKind::CheckIn));
}

TEST(ReminderSchedule, DoneEndsTheReminderForTheDay)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    ReminderState state;
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20));
    schedule.snooze(state, ReminderKind::CheckIn, on(14, 20, 1));
    ReminderSchedule::markDone(state, ReminderKind::CheckIn, on(14, 20, 2));
    EXPECT_FALSE(state.checkIn.snoozedUntil.isValid());
    EXPECT_FALSE(schedule.due(on(14, 20, 30), openDay(14), state).contains(ReminderKind::CheckIn));
    EXPECT_FALSE(
        schedule.pending(on(14, 20, 30), openDay(14), state).contains(ReminderKind::CheckIn));
    // "Done" before the reminder came also holds for the day.
    ReminderSchedule::markDone(state, ReminderKind::Session, on(14, 8));
    EXPECT_EQ(schedule.due(on(14, 12), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(14, 20, 2), openDay(14), state), on(15, 0));
}

TEST(ReminderSchedule, ANewDayStartsAfresh)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    ReminderState state;
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, on(14, 20));
    ReminderSchedule::markDone(state, ReminderKind::Session, on(14, 11));
    // Snoozed late in the evening: the snooze ends with its day.
    schedule.snooze(state, ReminderKind::CheckIn, on(14, 23, 55));
    EXPECT_EQ(state.checkIn.snoozedUntil, on(15, 0, 10));
    EXPECT_EQ(schedule.due(on(15, 0, 10), openDay(15), state), Kinds{});
    EXPECT_EQ(schedule.pending(on(15, 0, 10), openDay(15), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(15, 0, 10), openDay(15), state), on(15, 10, 30));
    EXPECT_EQ(schedule.due(on(15, 10, 30), openDay(15), state), Kinds{ReminderKind::Session});
    EXPECT_EQ(schedule.due(on(15, 20), openDay(15), state),
              (Kinds{ReminderKind::CheckIn, ReminderKind::Session}));
}

TEST(ReminderSchedule, StartedLateTheMissedReminderComesAtOnce)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    const ReminderState state;
    EXPECT_EQ(schedule.nextCheck(on(14, 21, 30), openDay(14), state), on(14, 21, 30));
    EXPECT_EQ(schedule.due(on(14, 21, 30), openDay(14), state),
              (Kinds{ReminderKind::CheckIn, ReminderKind::Session}));
}

TEST(ReminderSchedule, FactsAboutAnotherDayMakeNothingDue)
{
    const ReminderSchedule schedule(bothOn(), kSessionTime);
    const ReminderState state;
    EXPECT_EQ(schedule.due(on(15, 21), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.pending(on(15, 21), openDay(14), state), Kinds{});
    EXPECT_EQ(schedule.nextCheck(on(15, 21), openDay(14), state), on(15, 21));
}

TEST(ReminderSchedule, SpringForwardSkipsTheHourAndTheReminderComesWhenTheClockLands)
{
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    // 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST.
    const QDate day(2026, 3, 29);
    const auto utc = [](int hour, int minute = 0) {
        return QDateTime(QDate(2026, 3, 29), QTime(hour, minute), Qt::UTC);
    };
    const QDateTime reference(day, QTime(0, 30), berlin);
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(2, 30)), utc(1));
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(1, 30)), utc(0, 30));
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(20, 0)), utc(18));
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(20, 0)).timeZone(), berlin);

    ReminderSettings settings = bothOn();
    settings.checkInTime = QTime(2, 30);
    const ReminderSchedule schedule(settings, kSessionTime);
    ReminderFacts facts = openDay(1);
    facts.day = day;
    ReminderState state;
    EXPECT_EQ(schedule.nextCheck(reference, facts, state), utc(1));
    const QDateTime justBefore = utc(0, 59).toTimeZone(berlin);
    EXPECT_EQ(schedule.due(justBefore, facts, state), Kinds{});
    const QDateTime landed = utc(1).toTimeZone(berlin);
    EXPECT_EQ(landed.time(), QTime(3, 0));
    EXPECT_EQ(schedule.due(landed, facts, state), Kinds{ReminderKind::CheckIn});
    // The session at 10:30 local is 08:30 UTC now that summer time has begun.
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, landed);
    EXPECT_EQ(schedule.nextCheck(landed, facts, state), utc(8, 30));
    // Midnight of the next day, in summer time.
    ReminderSchedule::markShown(state, ReminderKind::Session, utc(8, 30).toTimeZone(berlin));
    EXPECT_EQ(schedule.nextCheck(landed, facts, state), utc(22));
}

TEST(ReminderSchedule, FallBackRemindsAtTheFirstOfTheTwoEqualTimesOnly)
{
    const QTimeZone berlin("Europe/Berlin");
    // 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET.
    const QDate day(2026, 10, 25);
    const auto utc = [](int hour, int minute = 0) {
        return QDateTime(QDate(2026, 10, 25), QTime(hour, minute), Qt::UTC);
    };
    const QDateTime reference(day, QTime(0, 30), berlin);
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(2, 30)), utc(0, 30));
    EXPECT_EQ(ReminderSchedule::wallTime(reference, day, QTime(20, 0)), utc(19));

    ReminderSettings settings = bothOn();
    settings.checkInTime = QTime(2, 30);
    const ReminderSchedule schedule(settings, kSessionTime);
    ReminderFacts facts = openDay(1);
    facts.day = day;
    ReminderState state;
    const QDateTime first = utc(0, 30).toTimeZone(berlin);
    EXPECT_EQ(schedule.due(first, facts, state), Kinds{ReminderKind::CheckIn});
    ReminderSchedule::markShown(state, ReminderKind::CheckIn, first);
    const QDateTime second = utc(1, 30).toTimeZone(berlin);
    EXPECT_EQ(second.time(), QTime(2, 30));
    EXPECT_EQ(schedule.due(second, facts, state), Kinds{});
    // The day is 25 hours long: tomorrow starts at 23:00 UTC.
    ReminderSchedule::markShown(state, ReminderKind::Session, second);
    EXPECT_EQ(schedule.nextCheck(second, facts, state), utc(23));
}

TEST(ReminderSchedule, LocalTimeStaysLocal)
{
    const QDateTime now(QDate(2026, 1, 14), QTime(9, 0), Qt::LocalTime);
    const QDateTime due = ReminderSchedule::wallTime(now, now.date(), QTime(20, 0));
    EXPECT_EQ(due.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(due.time(), QTime(20, 0));
    EXPECT_EQ(ReminderSchedule::startOf(now, now.date().addDays(1)),
              QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::LocalTime));
}
