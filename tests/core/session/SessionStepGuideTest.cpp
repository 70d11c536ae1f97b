// Which written step of an exercise goes with what a guided session is doing.
#include "core/session/SessionStepGuide.h"

#include "ShippedContent.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using carrywell::test::shipped;

namespace {

const ContentLibrary& library()
{
    return shipped().library;
}

SessionSegment segment(SegmentKind kind, qint64 durationMs = 5000, int rep = 0)
{
    SessionSegment result;
    result.kind = kind;
    result.durationMs = durationMs;
    result.rep = rep;
    return result;
}

} // namespace

TEST(SessionStepGuide, ALongHoldFirstShowsHowToGetIntoItThenHowToStay)
{
    const Exercise* exercise = library().exercise("childs-pose");
    ASSERT_NE(exercise, nullptr);
    const SessionStepGuide guide(*exercise, library().illustration("childs-pose"));
    const SessionSegment hold = segment(SegmentKind::Hold, 45000);
    EXPECT_TRUE(exercise->steps.at(guide.stepFor(hold, 0)).contains("Walk your hands forward"));
    EXPECT_TRUE(exercise->steps.at(guide.stepFor(hold, 30000)).contains("Breathe slowly"));
    EXPECT_EQ(guide.stepFor(SessionSegment()), 0) << "getting ready shows the position";
    EXPECT_EQ(guide.stepFor(segment(SegmentKind::Rest)), -1);
}

TEST(SessionStepGuide, EveryShippedExerciseHasAStepForEveryPartOfItsMovement)
{
    for (const Exercise& exercise : library().exercises()) {
        const SessionStepGuide guide(exercise, library().illustration(exercise.id));
        for (const int step : {guide.outStep(), guide.holdStep(), guide.backStep()}) {
            EXPECT_GE(step, 0) << exercise.id.toStdString();
            EXPECT_LT(step, exercise.steps.size()) << exercise.id.toStdString();
        }
        EXPECT_GT(guide.outStep(), 0)
            << exercise.id.toStdString() << ": the movement is never the position to start from";
    }
}

TEST(SessionStepGuide, WithoutDrawingsOnlyTheFirstStepIsKnown)
{
    const Exercise* exercise = library().exercise("childs-pose");
    ASSERT_NE(exercise, nullptr);
    const SessionStepGuide guide(*exercise, nullptr);
    EXPECT_EQ(guide.stepFor(SessionSegment()), 0);
    EXPECT_EQ(guide.stepFor(segment(SegmentKind::Out)), -1);
    EXPECT_EQ(guide.stepFor(segment(SegmentKind::Hold, 45000)), -1);
    EXPECT_EQ(SessionStepGuide().stepFor(SessionSegment()), -1) << "no exercise, no step";
}
