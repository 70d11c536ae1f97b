#include "SessionTestSupport.h"
#include "core/content/ContentLoader.h"

#include <gtest/gtest.h>
#include <random>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

constexpr qint64 kThirtyMinutesMs = 30 * 60 * 1000;

// Every shipped routine back to back: far more than half an hour of cues.
SessionPlan longPlan()
{
    const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    QList<SessionItem> items;
    for (const Routine& routine : report.library.routines()) {
        for (const RoutineItem& entry : routine.items) {
            const Exercise* exercise = report.library.exercise(entry.exerciseId);
            if (exercise)
                items.append(SessionPlan::itemFor(*exercise, entry.dosage));
        }
    }
    return SessionPlan::forItems("all", "All routines", items).value();
}

struct Emission
{
    Cue cue;
    qint64 previousTickMs;
    qint64 atMs;
};

// Ticks with intervals from `nextInterval` until `untilMs`, recording each cue
// with the tick that gave it and the tick before.
QList<Emission> run(const SessionPlan& plan, qint64 untilMs,
                    const std::function<qint64()>& nextInterval)
{
    ManualClock clock;
    SessionEngine engine(plan, clock);
    QList<Emission> emissions;
    qint64 previousTick = -1;
    QObject::connect(&engine, &SessionEngine::cueDue, &engine, [&](const Cue& cue) {
        emissions.append({cue, previousTick, clock.steadyMilliseconds()});
    });
    engine.start();
    previousTick = 0;
    while (clock.steadyMilliseconds() < untilMs) {
        clock.advance(std::min(nextInterval(), untilMs - clock.steadyMilliseconds()));
        engine.update();
        previousTick = clock.steadyMilliseconds();
    }
    EXPECT_EQ(engine.positionMs(), untilMs) << "the session clock drifted";
    return emissions;
}

} // namespace

TEST(SessionTiming, ThirtyMinutesOfAJitteryTimerGiveEveryCueOnceWithinOneTick)
{
    const SessionPlan plan = longPlan();
    ASSERT_GT(plan.totalMs(), kThirtyMinutesMs);

    std::mt19937 random(20260105);
    std::uniform_int_distribution<int> jitter(5, 250);
    std::uniform_int_distribution<int> stall(1000, 4000);
    std::uniform_int_distribution<int> percent(0, 99);
    const QList<Emission> emissions = run(plan, kThirtyMinutesMs, [&]() -> qint64 {
        // Now and then the UI thread is busy for seconds.
        return percent(random) == 0 ? stall(random) : jitter(random);
    });

    QList<Cue> expected;
    for (const Cue& cue : plan.cues()) {
        if (cue.plannedMs <= kThirtyMinutesMs)
            expected.append(cue);
    }
    ASSERT_GT(expected.size(), 500);
    QList<Cue> given;
    for (const Emission& e : emissions) {
        given.append(e.cue);
        // Never early, and given by the first tick at or after its time.
        EXPECT_LE(e.cue.plannedMs, e.atMs) << describe(e.cue).toStdString();
        EXPECT_GT(e.cue.plannedMs, e.previousTickMs) << describe(e.cue).toStdString();
    }
    // None missed, none twice, in order.
    EXPECT_EQ(given.size(), expected.size());
    EXPECT_TRUE(given == expected);
}

TEST(SessionTiming, TheCuesDoNotDependOnHowOftenTheTimerFires)
{
    const SessionPlan plan = threeExercises();
    QList<QList<Cue>> runs;
    for (const qint64 interval : {16, 100, 333, 1000, 7000}) {
        QList<Cue> cues;
        for (const Emission& e : run(plan, plan.totalMs(), [interval] { return interval; }))
            cues.append(e.cue);
        runs.append(cues);
    }
    for (const QList<Cue>& cues : runs)
        EXPECT_EQ(describe(cues), describe(plan.cues()));
}
