#include "core/plan/Progression.h"

#include "PlanTestSupport.h"
#include "core/journal/Adherence.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SessionEffects.h"
#include "core/plan/PlanGenerator.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

ProgressionInput goodWeek()
{
    ProgressionInput input;
    input.plannedSessions = 4;
    input.doneSessions = 4;
    input.painLastWeek = 5.0;
    input.painThisWeek = 4.0;
    input.sessionChange = -1.0;
    input.sessionsWithScores = 3;
    return input;
}

} // namespace

TEST(Progression, ProgressesWhenSessionsAreDoneAndPainEases)
{
    const ProgressionDecision decision = Progression::decide(goodWeek());
    EXPECT_EQ(decision.step, ProgressionStep::Progress);
    EXPECT_EQ(decision.reason, QStringLiteral("A little more this week: you did 4 of 4 sessions "
                                              "and your pain held steady or eased."));
}

TEST(Progression, StepsBackWhenPainRoseThisWeek)
{
    ProgressionInput input = goodWeek();
    input.painThisWeek = 6.5;
    const ProgressionDecision decision = Progression::decide(input);
    EXPECT_EQ(decision.step, ProgressionStep::StepBack);
    EXPECT_EQ(decision.reason,
              QStringLiteral("Stepping back: your pain rose from 5.0 to 6.5 this week."));
}

TEST(Progression, StepsBackWhenSessionsLeavePainWorse)
{
    ProgressionInput input = goodWeek();
    input.sessionChange = 1.2;
    const ProgressionDecision decision = Progression::decide(input);
    EXPECT_EQ(decision.step, ProgressionStep::StepBack);
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("1.2 points higher")));
}

TEST(Progression, HoldsWhenFewSessionsWereDone)
{
    ProgressionInput input = goodWeek();
    input.doneSessions = 2;
    EXPECT_EQ(Progression::decide(input).step, ProgressionStep::Hold);
    EXPECT_TRUE(Progression::decide(input).reason.contains(QStringLiteral("2 of 4")));
    input.doneSessions = 0;
    EXPECT_EQ(Progression::decide(input).step, ProgressionStep::Hold);
    // Three of four is enough to move on.
    input.doneSessions = 3;
    EXPECT_EQ(Progression::decide(input).step, ProgressionStep::Progress);
}

TEST(Progression, HoldsWhenSessionsNudgePainUp)
{
    ProgressionInput input = goodWeek();
    input.sessionChange = 0.2;
    EXPECT_EQ(Progression::decide(input).step, ProgressionStep::Hold);
}

TEST(Progression, ReadsTheJournalSummaries)
{
    WeekAdherence week;
    week.sessions = 3;
    WeeklyAverage thisWeek;
    thisWeek.average = 4.0;
    WeeklyAverage lastWeek;
    lastWeek.average = 4.5;
    SessionEffect effect;
    effect.sessions = 3;
    effect.averageBefore = 5.0;
    effect.averageAfter = 3.5;
    const ProgressionInput input =
        ProgressionInput::fromJournal(4, week, thisWeek, lastWeek, effect);
    EXPECT_EQ(input.doneSessions, 3);
    EXPECT_EQ(input.painThisWeek, 4.0);
    EXPECT_EQ(input.painLastWeek, 4.5);
    EXPECT_EQ(input.sessionChange, -1.5);
    EXPECT_EQ(Progression::decide(input).step, ProgressionStep::Progress);
}

TEST(Progression, ChangesTheDoseOneStep)
{
    Dosage reps;
    reps.sets = 2;
    reps.reps = 10;
    EXPECT_EQ(Progression::apply(reps, ProgressionStep::Progress).reps, 12);
    EXPECT_EQ(Progression::apply(reps, ProgressionStep::StepBack).reps, 8);
    EXPECT_EQ(Progression::apply(reps, ProgressionStep::Hold).reps, 10);

    Dosage hold;
    hold.holdSeconds = 20;
    hold.holdSecondsMax = 30;
    const Dosage longer = Progression::apply(hold, ProgressionStep::Progress);
    EXPECT_EQ(longer.holdSeconds, 25);
    EXPECT_EQ(longer.holdSecondsMax, 35);

    Dosage one;
    one.reps = 1;
    EXPECT_EQ(Progression::apply(one, ProgressionStep::StepBack).reps, 1);
    EXPECT_EQ(Progression::apply(one, ProgressionStep::StepBack).sets, 1);
}

TEST(Progression, TheGeneratorAppliesItAndSaysWhy)
{
    PlanRequest r =
        request(BirthType::Vaginal, 12, {Equipment::Mat}, {QStringLiteral("hip-pain")}, 15);
    const WeeklyPlan lastWeek = PlanGenerator(shippedLibrary()).generate(r).value();
    for (const PlanDay& day : lastWeek.days) {
        for (const PlannedExercise& item : day.exercises)
            r.previousExerciseIds << item.exerciseId;
    }
    r.weekStart = r.weekStart.addDays(7);
    r.progression = Progression::decide(goodWeek());
    const WeeklyPlan plan = PlanGenerator(shippedLibrary()).generate(r).value();
    EXPECT_EQ(plan.notes, QStringList{r.progression->reason});
    int progressed = 0;
    for (const PlanDay& day : plan.days) {
        for (const PlannedExercise& item : day.exercises) {
            if (item.stage != PlanStage::Strength)
                continue;
            const Exercise* e = shippedLibrary().exercise(item.exerciseId);
            const Dosage more = Progression::apply(e->dosage, ProgressionStep::Progress);
            EXPECT_EQ(item.dosage.reps, more.reps) << qPrintable(item.exerciseId);
            EXPECT_TRUE(item.reason.endsWith(QStringLiteral("(a little more than last week)")));
            ++progressed;
        }
    }
    EXPECT_GT(progressed, 0);

    r.progression = ProgressionDecision{ProgressionStep::StepBack, QStringLiteral("Pain rose.")};
    const WeeklyPlan easier = PlanGenerator(shippedLibrary()).generate(r).value();
    for (const PlanDay& day : easier.days) {
        for (const PlannedExercise& item : day.exercises) {
            if (item.stage == PlanStage::Strength) {
                EXPECT_TRUE(item.reason.endsWith(QStringLiteral("(a little less than last week)")))
                    << qPrintable(item.reason);
            }
        }
    }
}
