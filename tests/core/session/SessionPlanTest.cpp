#include "SessionTestSupport.h"
#include "core/content/ContentLoader.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

const ContentLibrary& shippedLibrary()
{
    static const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    return report.library;
}

QStringList kinds(const SessionPlan& plan)
{
    QStringList result;
    for (const SessionSegment& segment : plan.segments())
        result.append(QStringLiteral("%1:%2").arg(toId(segment.kind)).arg(segment.durationMs));
    return result;
}

} // namespace

TEST(SessionPlan, SegmentsFollowOneAnotherWithoutGaps)
{
    const SessionPlan plan =
        SessionPlan::forItems("r", "R", {bandedAs(2, 3), bandedAs(1, 2)}).value();
    qint64 expectedStart = 0;
    for (const SessionSegment& segment : plan.segments()) {
        EXPECT_EQ(segment.startMs, expectedStart);
        EXPECT_GT(segment.durationMs, 0);
        expectedStart = segment.endMs();
    }
    EXPECT_EQ(plan.totalMs(), expectedStart);
    EXPECT_EQ(plan.exerciseStartMs(0), 0);
    EXPECT_EQ(plan.exerciseStartMs(1), 110000 + 15000);
    EXPECT_EQ(plan.exerciseWorkStartMs(1), 110000 + 15000 + 5000);
}

TEST(SessionPlan, RepsWithoutATempoTakeACalmTwoSecondsEachWay)
{
    const SessionPlan plan =
        SessionPlan::forItems(
            "r", "R", {item("pelvic-tilts", "Pelvic tilts", Category::Mobility, {.reps = 2})})
            .value();
    EXPECT_EQ(kinds(plan),
              (QStringList{"get-ready:5000", "out:2000", "back:2000", "out:2000", "back:2000"}));
    EXPECT_EQ(plan.segments()[3].rep, 2);
    EXPECT_EQ(plan.segments()[3].set, 1);
}

TEST(SessionPlan, BreathingDrillsPaceTheBreathFromTheTempoOrASlowDefault)
{
    const SessionPlan withTempo =
        SessionPlan::forItems(
            "r", "R", {item("b", "B", Category::Breathing, {.reps = 1, .out = 3, .back = 5})})
            .value();
    EXPECT_EQ(kinds(withTempo),
              (QStringList{"get-ready:5000", "breathe-in:3000", "breathe-out:5000"}));
    const SessionPlan withoutTempo =
        SessionPlan::forItems("r", "R", {item("b", "B", Category::Breathing, {.reps = 1})}).value();
    EXPECT_EQ(kinds(withoutTempo),
              (QStringList{"get-ready:5000", "breathe-in:4000", "breathe-out:6000"}));
}

TEST(SessionPlan, PerSideSetsSwitchSidesAndRestAtLeastLongEnoughToSwitchBack)
{
    // Figure-four: 2 holds of 30–45 s each side, no rest given.
    const SessionPlan plan =
        SessionPlan::forItems(
            "r", "R",
            {item(
                "figure-four-stretch", "Figure-four stretch", Category::Stretch,
                {.sets = 2, .reps = 1, .holdSeconds = 30, .holdSecondsMax = 45, .perSide = true})})
            .value();
    EXPECT_EQ(kinds(plan),
              (QStringList{"get-ready:5000", "hold:37500", "switch-sides:5000", "hold:37500",
                           "rest:5000", "hold:37500", "switch-sides:5000", "hold:37500"}));
    QStringList sides;
    for (const SessionSegment& segment : plan.segments())
        sides.append(toId(segment.side));
    EXPECT_EQ(sides,
              (QStringList{"left", "left", "right", "right", "none", "left", "right", "right"}));
}

TEST(SessionPlan, OptionsChangeTheGapsAndAreKeptSensible)
{
    SessionOptions options;
    options.getReadySeconds = 10;
    options.restBetweenExercisesSeconds = 30;
    options.switchSidesSeconds = 0; // too short to count down: becomes 3
    const SessionPlan plan =
        SessionPlan::forItems(
            "r", "R",
            {bandedAs(1, 1), item("c", "C", Category::Strength, {.reps = 1, .perSide = true})},
            options)
            .value();
    EXPECT_EQ(kinds(plan),
              (QStringList{"get-ready:10000", "out:5000", "back:5000", "between-exercises:30000",
                           "get-ready:10000", "out:2000", "back:2000", "switch-sides:3000",
                           "out:2000", "back:2000"}));
    EXPECT_EQ(plan.options().switchSidesSeconds, 3);
}

TEST(SessionPlan, AnEmptyListOrADosageWithNothingToDoIsRefused)
{
    const Result<SessionPlan> empty = SessionPlan::forItems("r", "Monday", {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error(),
              QStringLiteral("“Monday” has no exercises, so there is no session to run."));
    const Result<SessionPlan> nothing =
        SessionPlan::forItems("r", "R", {item("x", "Wall sit", Category::Strength, {.sets = 2})});
    ASSERT_FALSE(nothing.ok());
    EXPECT_TRUE(nothing.error().contains("“Wall sit” says nothing to do"))
        << nothing.error().toStdString();
    const Result<SessionPlan> absurd = SessionPlan::forItems(
        "r", "R", {item("x", "X", Category::Strength, {.sets = 0, .reps = 5})});
    EXPECT_FALSE(absurd.ok());
}

TEST(SessionPlan, ARoutineWithAMissingExerciseCannotStart)
{
    Routine routine;
    routine.id = "broken";
    routine.name = "Broken routine";
    routine.items = {{"banded-as", std::nullopt}, {"no-such-exercise", std::nullopt}};
    const Result<SessionPlan> plan = SessionPlan::forRoutine(routine, shippedLibrary());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().startsWith("The routine “Broken routine” uses the exercise "
                                        "“no-such-exercise”, which is not in the library"))
        << plan.error().toStdString();
}

TEST(SessionPlan, AShippedExerciseRunsWithItsOwnDosage)
{
    const Exercise* exercise = shippedLibrary().exercise("banded-as");
    ASSERT_NE(exercise, nullptr);
    const SessionPlan plan = SessionPlan::forExercise(*exercise);
    // 2 sets of 8 reps at 5 s out and 5 s back, 45 s between sets, 5 s to get ready.
    EXPECT_EQ(plan.totalMs(), (5 + 2 * 8 * 10 + 45) * 1000);
    EXPECT_EQ(plan.name(), exercise->name);
    // Recorded in the journal under the exercise's id (an empty id was refused there).
    EXPECT_EQ(plan.routineId(), QStringLiteral("banded-as"));
    Dosage once = exercise->dosage;
    once.sets = 1;
    EXPECT_EQ(SessionPlan::forExercise(*exercise, once).totalMs(), (5 + 8 * 10) * 1000);
}

// What a page, a plan and a printout say an exercise takes is what the
// session takes, for every exercise, every alternative dose and every dose a
// routine sets.
TEST(SessionPlan, EveryEstimateOfTimeIsWhatTheSessionTakes)
{
    const SessionOptions options;
    const auto expectAgrees = [&options](const Exercise& exercise, const Dosage& dosage,
                                         const std::string& what) {
        const SessionPlan plan = SessionPlan::forExercise(exercise, dosage, options);
        EXPECT_EQ(plan.totalMs() - options.getReadySeconds * 1000,
                  dosage.estimatedMs(exercise.tempo()))
            << what;
        // Plans know the dose, not the kind of exercise: the estimate must not
        // depend on it (breathing drills give their breath's tempo).
        EXPECT_EQ(dosage.estimatedSeconds(), dosage.estimatedSeconds(exercise.tempo())) << what;
    };
    for (const Exercise& exercise : shippedLibrary().exercises()) {
        expectAgrees(exercise, exercise.dosage, exercise.id.toStdString());
        for (const Dosage& alternative : exercise.dosage.alternatives)
            expectAgrees(exercise, alternative,
                         (exercise.id + " / " + alternative.label).toStdString());
    }
    for (const Routine& routine : shippedLibrary().routines()) {
        for (const RoutineItem& item : routine.items) {
            const Exercise* exercise = shippedLibrary().exercise(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            expectAgrees(*exercise, item.dosageFor(*exercise),
                         (routine.id + " / " + item.exerciseId).toStdString());
        }
    }
    // And a per-side dose with holds in a range and no rest, which the
    // shipped content may not have.
    Dosage made;
    made.sets = 3;
    made.reps = 4;
    made.holdSeconds = 1;
    made.holdSecondsMax = 2;
    made.perSide = true;
    expectAgrees(*shippedLibrary().exercise("glute-bridge"), made, "made up");
    EXPECT_EQ(made.estimatedMs(), 3 * 2 * 4 * (2000 + 1500 + 2000) + 3 * 5000 + 2 * 5000);
}

TEST(SessionPlan, RoutineOverridesReplaceTheExerciseDosage)
{
    const Routine* routine = shippedLibrary().routine("mid-back-reset");
    ASSERT_NE(routine, nullptr);
    const SessionPlan plan = SessionPlan::forRoutine(*routine, shippedLibrary()).value();
    ASSERT_EQ(plan.items().size(), 5);
    EXPECT_EQ(plan.routineId(), QStringLiteral("mid-back-reset"));
    EXPECT_EQ(plan.items()[2].exerciseId, QStringLiteral("thread-the-needle"));
    EXPECT_EQ(plan.items()[2].dosage.sets, 1);
    EXPECT_EQ(shippedLibrary().exercise("thread-the-needle")->dosage.sets, 2);
    EXPECT_EQ(plan.items()[0].dosage.tempoOutSeconds, 5);
}

TEST(SessionPlan, EveryShippedRoutineRunsAndTheEveningOneTakesAboutTenMinutes)
{
    ASSERT_GE(shippedLibrary().routines().size(), 4u);
    for (const Routine& routine : shippedLibrary().routines()) {
        SCOPED_TRACE(routine.id.toStdString());
        const Result<SessionPlan> plan = SessionPlan::forRoutine(routine, shippedLibrary());
        ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
        EXPECT_EQ(plan->items().size(), routine.items.size());
        EXPECT_GT(plan->cues().size(), 10);
        EXPECT_LE(plan->totalMs(), 30 * 60 * 1000) << "a routine should fit a nap";
    }
    const SessionPlan evening =
        SessionPlan::forRoutine(*shippedLibrary().routine("evening-release-10"), shippedLibrary())
            .value();
    EXPECT_GE(evening.totalMs(), 9 * 60 * 1000);
    EXPECT_LE(evening.totalMs(), 11 * 60 * 1000);
}

TEST(SessionView, ShowsTheSegmentItsTimeLeftAndWhereInTheRoutineWeAre)
{
    const SessionPlan plan =
        SessionPlan::forItems("r", "R", {bandedAs(1, 2), bandedAs(1, 1)}).value();
    // 7.5 s: half way through the first "out" (5–10 s).
    const SessionView out = SessionView::at(plan, 7500);
    EXPECT_EQ(out.segment.kind, SegmentKind::Out);
    EXPECT_EQ(out.segment.rep, 1);
    EXPECT_EQ(out.segmentElapsedMs, 2500);
    EXPECT_EQ(out.segmentRemainingMs, 2500);
    EXPECT_EQ(out.exerciseIndex, 0);
    EXPECT_EQ(out.exerciseCount, 2);
    EXPECT_EQ(out.exerciseName, QStringLiteral("Banded A's"));
    EXPECT_EQ(out.nextExerciseIndex, 1);
    EXPECT_DOUBLE_EQ(out.movementPosition, 0.5);
    EXPECT_DOUBLE_EQ(SessionView::at(plan, 5000).movementPosition, 0.0);
    EXPECT_DOUBLE_EQ(SessionView::at(plan, 10000).movementPosition, 1.0);
    // Three quarters of the way back: eased, so past the linear 0.25.
    EXPECT_DOUBLE_EQ(SessionView::at(plan, 13750).movementPosition, 1.0 - 0.84375);
    EXPECT_EQ(SessionView::at(plan, 13750).segment.kind, SegmentKind::Back);

    // The rest after the first exercise still belongs to it; the next is named.
    const SessionView rest = SessionView::at(plan, 26000);
    EXPECT_EQ(rest.segment.kind, SegmentKind::BetweenExercises);
    EXPECT_EQ(rest.segmentRemainingMs, 14000);
    EXPECT_EQ(rest.exerciseIndex, 0);
    EXPECT_EQ(rest.nextExerciseName, QStringLiteral("Banded A's"));
    EXPECT_DOUBLE_EQ(rest.movementPosition, 0.0);

    const SessionView last = SessionView::at(plan, 42000);
    EXPECT_EQ(last.exerciseIndex, 1);
    EXPECT_EQ(last.nextExerciseIndex, -1);
    EXPECT_TRUE(last.nextExerciseName.isEmpty());
    const SessionView end = SessionView::at(plan, plan.totalMs() + 5000);
    EXPECT_EQ(end.positionMs, plan.totalMs());
    EXPECT_EQ(end.segmentRemainingMs, 0);
}

TEST(SessionView, HoldsKeepTheFigureOutAndTimedWorkKeepsItMoving)
{
    const SessionPlan plan =
        SessionPlan::forItems("r", "R",
                              {item("h", "H", Category::Stretch, {.reps = 1, .holdSeconds = 20}),
                               item("w", "W", Category::Release, {.duration = 60})})
            .value();
    EXPECT_DOUBLE_EQ(SessionView::at(plan, 15000).movementPosition, 1.0);
    // Over one movement cycle the figure goes all the way out and back.
    double lowest = 1.0;
    double highest = 0.0;
    for (qint64 t = 45000; t < 50000; t += 100) {
        const SessionView view = SessionView::at(plan, t);
        ASSERT_EQ(view.segment.kind, SegmentKind::Work);
        lowest = std::min(lowest, view.movementPosition);
        highest = std::max(highest, view.movementPosition);
    }
    EXPECT_DOUBLE_EQ(lowest, 0.0);
    EXPECT_DOUBLE_EQ(highest, 1.0);
}
