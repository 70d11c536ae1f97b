#include "SessionTestSupport.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class SessionEngineTest : public ::testing::Test
{
protected:
    SessionEngineTest() : m_engine(threeExercises(), m_clock), m_log(m_engine, m_clock) {}

    void runTo(qint64 steadyMs) { runUntil(m_engine, m_clock, steadyMs); }
    QStringList linesSince(qsizetype first) const { return m_log.lines().mid(first); }

    ManualClock m_clock;
    SessionEngine m_engine;
    CueLog m_log;
};

} // namespace

TEST_F(SessionEngineTest, NothingHappensBeforeStartAndTheFirstCueComesAtOnce)
{
    m_clock.advance(10000);
    EXPECT_TRUE(m_engine.update().isEmpty());
    EXPECT_EQ(m_engine.status(), SessionStatus::NotStarted);
    QSignalSpy status(&m_engine, &SessionEngine::statusChanged);
    m_engine.start();
    EXPECT_EQ(m_engine.status(), SessionStatus::Running);
    EXPECT_EQ(status.count(), 1);
    EXPECT_EQ(m_log.lines(), QStringList{"0 get-ready Banded A's. Get ready."});
    EXPECT_EQ(m_engine.summary().startedAt, m_clock.now());
    // update() returns what it signals, once.
    m_clock.advance(2000);
    EXPECT_EQ(describe(m_engine.update()), QStringList{"2000 countdown 3"});
    EXPECT_TRUE(m_engine.update().isEmpty());
}

TEST_F(SessionEngineTest, PausedTimeGivesNoCuesAndDoesNotCountAsActive)
{
    m_engine.start();
    runTo(12000); // coming back from the first "out"
    const qsizetype before = m_log.entries().size();
    m_engine.pause();
    EXPECT_EQ(m_engine.status(), SessionStatus::Paused);
    runTo(72000); // a minute paused
    EXPECT_EQ(m_log.entries().size(), before);
    EXPECT_EQ(m_engine.positionMs(), 12000);
    EXPECT_EQ(m_engine.activeMs(), 12000);
    EXPECT_EQ(m_engine.view().segment.kind, SegmentKind::Back);

    m_engine.resume();
    runTo(75000);
    // Three seconds of running after the pause: the exercise ends at 15 s of session time.
    EXPECT_EQ(linesSince(before), (QStringList{"15000 exercise-done Done", "15000 rest Rest",
                                               "15000 next-up Next: 360-degree breathing"}));
    EXPECT_EQ(m_log.entries().last().atMs, 75000);
    EXPECT_EQ(m_engine.activeMs(), 15000);

    runTo(200000);
    EXPECT_EQ(m_engine.status(), SessionStatus::Finished);
    const SessionSummary summary = m_engine.summary();
    EXPECT_EQ(summary.activeSeconds, 100);
    EXPECT_TRUE(summary.completed);
    EXPECT_EQ(summary.exercisesDone(),
              (QStringList{"banded-as", "breathing-360", "couch-stretch"}));
    EXPECT_TRUE(summary.exercisesSkipped().isEmpty());
    EXPECT_EQ(summary.routineId, QStringLiteral("test-routine"));
    EXPECT_EQ(summary.routineName, QStringLiteral("Test routine"));
}

TEST_F(SessionEngineTest, SkipGoesToTheNextExercisesGetReadyAndCountsItSkipped)
{
    m_engine.start();
    runTo(7000);
    const qsizetype before = m_log.entries().size();
    m_engine.skip();
    EXPECT_EQ(linesSince(before), QStringList{"30000 get-ready 360-degree breathing. Get ready."});
    EXPECT_EQ(m_engine.positionMs(), 30000);
    EXPECT_EQ(m_engine.progress(0), ExerciseProgress::Skipped);
    EXPECT_EQ(m_engine.view().exerciseIndex, 1);
    runTo(9000);
    EXPECT_EQ(linesSince(before).last(), QStringLiteral("32000 countdown 3"));

    // Skipping in the rest after a finished exercise keeps it done.
    runTo(7000 + 26000); // session time 56 s: resting after the breathing
    EXPECT_EQ(m_engine.progress(1), ExerciseProgress::Done);
    m_engine.skip();
    EXPECT_EQ(m_engine.progress(1), ExerciseProgress::Done);
    EXPECT_EQ(m_engine.positionMs(), 70000);

    // Skipping the last exercise ends the session.
    QSignalSpy ended(&m_engine, &SessionEngine::ended);
    runTo(7000 + 26000 + 10000);
    m_engine.skip();
    EXPECT_EQ(m_engine.status(), SessionStatus::Finished);
    EXPECT_EQ(m_log.entries().last().cue.kind, CueKind::SessionDone);
    ASSERT_EQ(ended.count(), 1);
    const SessionSummary summary = ended.at(0).at(0).value<SessionSummary>();
    EXPECT_EQ(summary.exercisesDone(), QStringList{"breathing-360"});
    EXPECT_EQ(summary.exercisesSkipped(), (QStringList{"banded-as", "couch-stretch"}));
    EXPECT_TRUE(summary.completed);
    EXPECT_EQ(summary.activeSeconds, 43);
    // Nothing more once it has ended.
    runTo(400000);
    EXPECT_EQ(m_log.entries().last().cue.kind, CueKind::SessionDone);
    EXPECT_EQ(ended.count(), 1);
}

TEST_F(SessionEngineTest, BackRestartsTheExerciseOrGoesToThePreviousNearItsStart)
{
    m_engine.start();
    runTo(42000); // 7 s into the breathing drill's work
    qsizetype before = m_log.entries().size();
    m_engine.back();
    EXPECT_EQ(m_engine.positionMs(), 30000);
    EXPECT_EQ(linesSince(before), QStringList{"30000 get-ready 360-degree breathing. Get ready."});

    // Pressed again during the get-ready: to the exercise before.
    runTo(44000);
    m_engine.back();
    EXPECT_EQ(m_engine.positionMs(), 0);
    EXPECT_EQ(m_engine.view().exerciseIndex, 0);
    EXPECT_EQ(m_log.lines().last(), QStringLiteral("0 get-ready Banded A's. Get ready."));

    // On the first exercise, back stays at its start.
    runTo(45000);
    m_engine.back();
    EXPECT_EQ(m_engine.positionMs(), 0);

    // In the rest after an exercise, back redoes that exercise, which stays done.
    runTo(45000 + 20000);
    EXPECT_EQ(m_engine.progress(0), ExerciseProgress::Done);
    m_engine.back();
    EXPECT_EQ(m_engine.positionMs(), 0);
    EXPECT_EQ(m_engine.progress(0), ExerciseProgress::Done);

    // The cues replay from the new place in order, with nothing skipped.
    before = m_log.entries().size();
    runTo(65000 + 15000);
    EXPECT_EQ(linesSince(before),
              (QStringList{"2000 countdown 3", "3000 countdown 2", "4000 countdown 1", "5000 go Go",
                           "5000 out Out", "10000 back Back", "15000 exercise-done Done",
                           "15000 rest Rest", "15000 next-up Next: 360-degree breathing"}));
}

TEST_F(SessionEngineTest, RestartExerciseGoesBackToItsGetReady)
{
    m_engine.start();
    runTo(90000); // in the couch stretch hold
    m_engine.restartExercise();
    EXPECT_EQ(m_engine.positionMs(), 70000);
    EXPECT_EQ(m_log.lines().last(), QStringLiteral("70000 get-ready Couch stretch. Get ready."));
    EXPECT_EQ(m_engine.view().segment.kind, SegmentKind::GetReady);
}

TEST_F(SessionEngineTest, SkippingWhilePausedGivesTheNextGetReadyOnResume)
{
    m_engine.start();
    runTo(8000);
    m_engine.pause();
    const qsizetype before = m_log.entries().size();
    m_engine.skip();
    EXPECT_EQ(m_log.entries().size(), before);
    EXPECT_EQ(m_engine.status(), SessionStatus::Paused);
    EXPECT_EQ(m_engine.positionMs(), 30000);
    runTo(20000);
    m_engine.resume();
    EXPECT_EQ(linesSince(before), QStringList{"30000 get-ready 360-degree breathing. Get ready."});
}

TEST_F(SessionEngineTest, StopEndsEarlyAndCountsWhatWasNotDoneAsSkipped)
{
    QSignalSpy ended(&m_engine, &SessionEngine::ended);
    m_engine.start();
    runTo(40000);
    m_engine.pause();
    runTo(100000);
    m_engine.stop();
    EXPECT_EQ(m_engine.status(), SessionStatus::Stopped);
    ASSERT_EQ(ended.count(), 1);
    const SessionSummary summary = ended.at(0).at(0).value<SessionSummary>();
    EXPECT_FALSE(summary.completed);
    EXPECT_EQ(summary.activeSeconds, 40);
    EXPECT_EQ(summary.exercisesDone(), QStringList{"banded-as"});
    EXPECT_EQ(summary.exercisesSkipped(), (QStringList{"breathing-360", "couch-stretch"}));
    // A stopped session ignores further controls.
    m_engine.resume();
    m_engine.skip();
    EXPECT_EQ(m_engine.status(), SessionStatus::Stopped);
    EXPECT_EQ(ended.count(), 1);
}

TEST_F(SessionEngineTest, TheSummaryWhileRunningListsOnlyWhatIsDecided)
{
    m_engine.start();
    runTo(20000);
    const SessionSummary summary = m_engine.summary();
    EXPECT_EQ(summary.exercisesDone(), QStringList{"banded-as"});
    EXPECT_TRUE(summary.exercisesSkipped().isEmpty());
    EXPECT_FALSE(summary.completed);
    EXPECT_EQ(summary.activeSeconds, 20);
}

TEST_F(SessionEngineTest, TellsHowLongUntilTheNextCueInRunningTime)
{
    EXPECT_FALSE(m_engine.msUntilNextCue()) << "not started";
    m_engine.start();
    // The get-ready is given at 0; the next cue is the countdown at 2 s.
    EXPECT_EQ(m_engine.msUntilNextCue(), 2000);
    m_clock.advance(1500);
    EXPECT_EQ(m_engine.msUntilNextCue(), 500) << "counted before update() runs";
    m_engine.pause();
    EXPECT_FALSE(m_engine.msUntilNextCue()) << "nothing comes while paused";
    m_clock.advance(60000);
    m_engine.resume();
    EXPECT_EQ(m_engine.msUntilNextCue(), 500) << "the pause moved the cue with it";
    m_clock.advance(700);
    EXPECT_EQ(m_engine.msUntilNextCue(), 0) << "overdue until update() gives it";
    EXPECT_EQ(describe(m_engine.update()), QStringList{"2000 countdown 3"});
    ASSERT_TRUE(m_engine.msUntilNextCue());
    EXPECT_GT(*m_engine.msUntilNextCue(), 0);
    m_engine.stop();
    EXPECT_FALSE(m_engine.msUntilNextCue());
}

TEST_F(SessionEngineTest, PausingOftenLosesAndGainsNoTime)
{
    // 50 runs of 1000.3 ms, each followed by a pause of 500.2 ms: a clock
    // read in whole milliseconds would lose 0.3 ms at every pause.
    m_engine.start();
    for (int i = 0; i < 50; ++i) {
        m_clock.advanceMicroseconds(1'000'300);
        m_engine.update();
        m_engine.pause();
        m_clock.advanceMicroseconds(500'200);
        m_engine.resume();
    }
    EXPECT_EQ(m_engine.status(), SessionStatus::Running);
    EXPECT_EQ(m_engine.positionMs(), 50'015);
    EXPECT_EQ(m_engine.activeMs(), 50'015);
    // The next cue is due at a whole second of session time, so the wait is
    // rounded up, never down.
    ASSERT_TRUE(m_engine.msUntilNextCue());
    m_clock.advanceMicroseconds(*m_engine.msUntilNextCue() * 1000);
    EXPECT_FALSE(m_engine.update().isEmpty()) << "a timer set for the wait finds the cue due";
}
