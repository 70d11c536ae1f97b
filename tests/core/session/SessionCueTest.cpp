#include "SessionTestSupport.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

SessionPlan planOf(const QList<SessionItem>& items, const QString& name = "Test routine")
{
    Result<SessionPlan> plan = SessionPlan::forItems("test-routine", name, items);
    EXPECT_TRUE(plan.ok()) << plan.error().toStdString();
    return std::move(plan).value();
}

// Runs the whole plan in 100 ms ticks; checks every cue came at the first
// tick at or after its planned time, and returns them.
QList<Cue> runWhole(const SessionPlan& plan)
{
    ManualClock clock;
    SessionEngine engine(plan, clock);
    CueLog log(engine, clock);
    engine.start();
    runUntil(engine, clock, plan.totalMs() + 1000);
    EXPECT_EQ(engine.status(), SessionStatus::Finished);
    for (const CueLog::Entry& entry : log.entries()) {
        EXPECT_GE(entry.atMs, entry.cue.plannedMs) << describe(entry.cue).toStdString();
        EXPECT_LT(entry.atMs - entry.cue.plannedMs, 100) << describe(entry.cue).toStdString();
    }
    EXPECT_EQ(log.cues(), plan.cues());
    return log.cues();
}

} // namespace

TEST(SessionCues, ATempoExerciseCountsInThenCallsOutAndBackEveryFiveSeconds)
{
    const SessionPlan plan = planOf({bandedAs(2, 3)}, "Banded A's");
    EXPECT_EQ(describe(runWhole(plan)), (QStringList{
                                            "0 get-ready Banded A's. Get ready.",
                                            "2000 countdown 3",
                                            "3000 countdown 2",
                                            "4000 countdown 1",
                                            "5000 go Go",
                                            "5000 out Out",
                                            "10000 back Back",
                                            "15000 rep-count 2",
                                            "15000 out Out",
                                            "20000 back Back",
                                            "25000 rep-count Last one",
                                            "25000 out Out",
                                            "30000 back Back",
                                            "35000 rest Rest",
                                            "77000 countdown 3",
                                            "78000 countdown 2",
                                            "79000 countdown 1",
                                            "80000 go Go",
                                            "80000 out Out",
                                            "85000 back Back",
                                            "90000 rep-count 2",
                                            "90000 out Out",
                                            "95000 back Back",
                                            "100000 rep-count Last one",
                                            "100000 out Out",
                                            "105000 back Back",
                                            "110000 session-done Done. Well done.",
                                        }));
    EXPECT_EQ(plan.totalMs(), 110000);
}

TEST(SessionCues, CuesKnowTheirExerciseSetAndRep)
{
    const SessionPlan plan = planOf({bandedAs(2, 3)});
    const Cue& lastOut = plan.cues()[plan.cues().size() - 3];
    EXPECT_EQ(lastOut.kind, CueKind::Out);
    EXPECT_EQ(lastOut.exerciseId, QStringLiteral("banded-as"));
    EXPECT_EQ(lastOut.exerciseIndex, 0);
    EXPECT_EQ(lastOut.set, 2);
    EXPECT_EQ(lastOut.rep, 3);
    EXPECT_EQ(lastOut.side, BodySide::None);
}

TEST(SessionCues, AHoldGetsHalfwayAndTheLastThreeSecondsCounted)
{
    // Child's pose: two holds of 30–60 s (45 s, the middle), 15 s rest.
    const SessionPlan plan =
        planOf({item("childs-pose", "Child's pose", Category::Stretch,
                     {.sets = 2, .reps = 1, .holdSeconds = 30, .holdSecondsMax = 60, .rest = 15})});
    EXPECT_EQ(describe(runWhole(plan)), (QStringList{
                                            "0 get-ready Child's pose. Get ready.",
                                            "2000 countdown 3",
                                            "3000 countdown 2",
                                            "4000 countdown 1",
                                            "5000 go Go",
                                            "5000 hold Hold",
                                            "27500 halfway Halfway",
                                            "47000 hold-countdown 3",
                                            "48000 hold-countdown 2",
                                            "49000 hold-countdown 1",
                                            "50000 rest Rest",
                                            "62000 countdown 3",
                                            "63000 countdown 2",
                                            "64000 countdown 1",
                                            "65000 go Go",
                                            "65000 hold Hold",
                                            "87500 halfway Halfway",
                                            "107000 hold-countdown 3",
                                            "108000 hold-countdown 2",
                                            "109000 hold-countdown 1",
                                            "110000 session-done Done. Well done.",
                                        }));
}

TEST(SessionCues, ShortHoldsInsideRepsAreCalledButNotCountedDown)
{
    // Double chins: 1–2 s holds (1.5 s) between a calm 2 s out and 2 s back.
    const SessionPlan plan = planOf({item("double-chins", "Double chins", Category::Strength,
                                          {.reps = 2, .holdSeconds = 1, .holdSecondsMax = 2})});
    EXPECT_EQ(describe(runWhole(plan)), (QStringList{
                                            "0 get-ready Double chins. Get ready.",
                                            "2000 countdown 3",
                                            "3000 countdown 2",
                                            "4000 countdown 1",
                                            "5000 go Go",
                                            "5000 out Out",
                                            "7000 hold Hold",
                                            "8500 back Back",
                                            "10500 rep-count Last one",
                                            "10500 out Out",
                                            "12500 hold Hold",
                                            "14000 back Back",
                                            "16000 session-done Done. Well done.",
                                        }));
}

TEST(SessionCues, APerSideExerciseDoesLeftThenRightInEverySet)
{
    const SessionPlan plan = planOf({item("clamshells", "Clamshells", Category::Strength,
                                          {.sets = 2, .reps = 2, .perSide = true, .rest = 30})});
    const QList<Cue> cues = runWhole(plan);
    EXPECT_EQ(describe(cues), (QStringList{
                                  "0 get-ready Clamshells, left side. Get ready.",
                                  "2000 countdown 3",
                                  "3000 countdown 2",
                                  "4000 countdown 1",
                                  "5000 go Go",
                                  "5000 out Out",
                                  "7000 back Back",
                                  "9000 rep-count Last one",
                                  "9000 out Out",
                                  "11000 back Back",
                                  "13000 switch-sides Switch sides",
                                  "15000 countdown 3",
                                  "16000 countdown 2",
                                  "17000 countdown 1",
                                  "18000 go Go",
                                  "18000 out Out",
                                  "20000 back Back",
                                  "22000 rep-count Last one",
                                  "22000 out Out",
                                  "24000 back Back",
                                  "26000 rest Rest",
                                  "53000 countdown 3",
                                  "54000 countdown 2",
                                  "55000 countdown 1",
                                  "56000 go Go",
                                  "56000 out Out",
                                  "58000 back Back",
                                  "60000 rep-count Last one",
                                  "60000 out Out",
                                  "62000 back Back",
                                  "64000 switch-sides Switch sides",
                                  "66000 countdown 3",
                                  "67000 countdown 2",
                                  "68000 countdown 1",
                                  "69000 go Go",
                                  "69000 out Out",
                                  "71000 back Back",
                                  "73000 rep-count Last one",
                                  "73000 out Out",
                                  "75000 back Back",
                                  "77000 session-done Done. Well done.",
                              }));
    QStringList sides;
    for (const Cue& cue : cues) {
        if (cue.kind == CueKind::Go)
            sides.append(toId(cue.side) + QString::number(cue.set));
    }
    EXPECT_EQ(sides, (QStringList{"left1", "right1", "left2", "right2"}));
}

TEST(SessionCues, ARoutineRestsAndAnnouncesTheNextExerciseBetweenExercises)
{
    const SessionPlan plan = planOf({
        bandedAs(1, 1),
        item("breathing-360", "360-degree breathing", Category::Breathing,
             {.reps = 2, .out = 4, .back = 6}),
        item("couch-stretch", "Couch stretch", Category::Stretch,
             {.reps = 1, .holdSeconds = 20, .holdSecondsMax = 30}),
    });
    EXPECT_EQ(describe(runWhole(plan)), (QStringList{
                                            "0 get-ready Banded A's. Get ready.",
                                            "2000 countdown 3",
                                            "3000 countdown 2",
                                            "4000 countdown 1",
                                            "5000 go Go",
                                            "5000 out Out",
                                            "10000 back Back",
                                            "15000 exercise-done Done",
                                            "15000 rest Rest",
                                            "15000 next-up Next: 360-degree breathing",
                                            "30000 get-ready 360-degree breathing. Get ready.",
                                            "32000 countdown 3",
                                            "33000 countdown 2",
                                            "34000 countdown 1",
                                            "35000 go Go",
                                            "35000 breathe-in Breathe in",
                                            "39000 breathe-out Breathe out",
                                            "45000 rep-count Last one",
                                            "45000 breathe-in Breathe in",
                                            "49000 breathe-out Breathe out",
                                            "55000 exercise-done Done",
                                            "55000 rest Rest",
                                            "55000 next-up Next: Couch stretch",
                                            "70000 get-ready Couch stretch. Get ready.",
                                            "72000 countdown 3",
                                            "73000 countdown 2",
                                            "74000 countdown 1",
                                            "75000 go Go",
                                            "75000 hold Hold",
                                            "87500 halfway Halfway",
                                            "97000 hold-countdown 3",
                                            "98000 hold-countdown 2",
                                            "99000 hold-countdown 1",
                                            "100000 session-done Done. Well done.",
                                        }));
    const Cue& nextUp = plan.cues()[9];
    EXPECT_EQ(nextUp.kind, CueKind::NextUp);
    EXPECT_EQ(nextUp.exerciseId, QStringLiteral("breathing-360"));
    EXPECT_EQ(nextUp.exerciseIndex, 1);
}

TEST(SessionCues, TimedWorkGetsHalfwayAndAFinalCount)
{
    const SessionPlan plan = planOf(
        {item("thoracic-foam-roll", "Thoracic foam roll", Category::Mobility, {.duration = 180})});
    EXPECT_EQ(describe(runWhole(plan)), (QStringList{
                                            "0 get-ready Thoracic foam roll. Get ready.",
                                            "2000 countdown 3",
                                            "3000 countdown 2",
                                            "4000 countdown 1",
                                            "5000 go Go",
                                            "95000 halfway Halfway",
                                            "182000 hold-countdown 3",
                                            "183000 hold-countdown 2",
                                            "184000 hold-countdown 1",
                                            "185000 session-done Done. Well done.",
                                        }));
}
