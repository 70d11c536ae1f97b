#include "core/reminders/ReminderFacts.h"

#include "../journal/JournalTestSupport.h"
#include "core/plan/PlanJson.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

/// The week of Wednesday 14 January 2026: exercises on Wednesday, rest on Thursday.
WeeklyPlan weekWithWednesday()
{
    WeeklyPlan plan;
    plan.weekStart = QDate(2026, 1, 12);
    plan.minutesPerDay = 10;
    for (int i = 0; i < 7; ++i) {
        PlanDay day;
        day.date = plan.weekStart.addDays(i);
        if (i == 2) {
            day.rest = false;
            PlannedExercise exercise;
            exercise.exerciseId = QStringLiteral("cat-cow");
            exercise.stage = PlanStage::Mobility;
            exercise.dosage.reps = 10;
            exercise.dosage.tempoOutSeconds = 3;
            exercise.dosage.tempoBackSeconds = 3;
            day.exercises.append(exercise);
        }
        plan.days.append(day);
    }
    return plan;
}

class ReminderFactsTest : public JournalTest
{
};

} // namespace

TEST_F(ReminderFactsTest, AnEmptyJournalHasNothingForTheDay)
{
    const auto journal = open();
    ASSERT_TRUE(journal);
    const Result<ReminderFacts> facts = ReminderFacts::read(*journal, QDate(2026, 1, 14));
    ASSERT_TRUE(facts.ok()) << facts.error().toStdString();
    EXPECT_EQ(facts->day, QDate(2026, 1, 14));
    EXPECT_FALSE(facts->checkedIn);
    EXPECT_FALSE(facts->sessionPlanned);
    EXPECT_FALSE(facts->sessionOpen());
}

TEST_F(ReminderFactsTest, ACheckInCountsForItsOwnDayOnly)
{
    const auto journal = open();
    ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 13, 21), 3)).ok());
    EXPECT_FALSE(ReminderFacts::read(*journal, QDate(2026, 1, 14))->checkedIn);
    ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 4)).ok());
    EXPECT_TRUE(ReminderFacts::read(*journal, QDate(2026, 1, 14))->checkedIn);
}

TEST_F(ReminderFactsTest, ThePlanSaysWhichDaysHaveASession)
{
    const auto journal = open();
    ASSERT_TRUE(journal->savePlan(toSavedPlan(weekWithWednesday(), m_clock.now())).ok());
    const ReminderFacts wednesday = ReminderFacts::read(*journal, QDate(2026, 1, 14)).value();
    EXPECT_TRUE(wednesday.sessionPlanned);
    EXPECT_TRUE(wednesday.sessionOpen());
    EXPECT_GT(wednesday.plannedMinutes, 0);
    EXPECT_FALSE(ReminderFacts::read(*journal, QDate(2026, 1, 15))->sessionPlanned);
    // The week after has no plan.
    EXPECT_FALSE(ReminderFacts::read(*journal, QDate(2026, 1, 21))->sessionPlanned);
}

TEST_F(ReminderFactsTest, OnlyAPlanSessionWithSomethingDoneClosesTheDay)
{
    const auto journal = open();
    ASSERT_TRUE(journal->savePlan(toSavedPlan(weekWithWednesday(), m_clock.now())).ok());
    const QDate wednesday(2026, 1, 14);
    ASSERT_TRUE(journal
                    ->addSession(makeSession(at(2026, 1, 14, 9), QStringLiteral("morning-reset"),
                                             300, {QStringLiteral("cat-cow")}))
                    .ok());
    ASSERT_TRUE(journal
                    ->addSession(makeSession(at(2026, 1, 14, 10), ReminderFacts::planRoutineId(),
                                             60, {}, {QStringLiteral("cat-cow")}))
                    .ok());
    EXPECT_TRUE(ReminderFacts::read(*journal, wednesday)->sessionOpen());
    ASSERT_TRUE(journal
                    ->addSession(makeSession(at(2026, 1, 14, 11), ReminderFacts::planRoutineId(),
                                             300, {QStringLiteral("cat-cow")}))
                    .ok());
    const ReminderFacts facts = ReminderFacts::read(*journal, wednesday).value();
    EXPECT_TRUE(facts.sessionDone);
    EXPECT_FALSE(facts.sessionOpen());
}
