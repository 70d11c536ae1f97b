#include "core/content/Dosage.h"
#include "core/figure/FigureGeometry.h"
#include "core/figure/MovementCycle.h"
#include "core/figure/Pose.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

Pose base(const char* name, FigureView view = FigureView::Side)
{
    const std::optional<Pose> pose = Pose::base(QString::fromLatin1(name), view);
    EXPECT_TRUE(pose.has_value()) << name;
    return pose.value_or(Pose{});
}

} // namespace

TEST(Pose, EveryBasePoseIsHumanAndRestsOnItsContacts)
{
    for (const QString& name : Pose::baseNames()) {
        for (const FigureView view : {FigureView::Side, FigureView::Front}) {
            const std::optional<Pose> pose = Pose::base(name, view);
            if (!pose)
                continue;
            EXPECT_EQ(checkPose(*pose, view), QStringList{}) << name.toStdString();
            EXPECT_FALSE(pose->contacts.isEmpty()) << name.toStdString();
        }
    }
    // Every base exists in at least one view.
    for (const QString& name : Pose::baseNames()) {
        EXPECT_TRUE(Pose::base(name, FigureView::Side) || Pose::base(name, FigureView::Front))
            << name.toStdString();
    }
}

TEST(Pose, InterpolationTakesTheShortWayRound)
{
    Pose a = base("standing");
    Pose b = a;
    a.angle(Segment::UpperArmNear) = 170;
    b.angle(Segment::UpperArmNear) = -170; // 20° apart across "straight up"
    b.spineCurve = 6;
    const Pose half = Pose::interpolate(a, b, 0.5);
    EXPECT_NEAR(std::fmod(half.angle(Segment::UpperArmNear) + 360, 360), 180, 1e-9);
    EXPECT_DOUBLE_EQ(half.spineCurve, 3);
    EXPECT_EQ(Pose::interpolate(a, b, 0).angles, a.angles);
}

TEST(FigureGeometry, StandingFigureHasFeetOnTheFloorAndHeadOnTop)
{
    const FigureGeometry g = FigureGeometry::compute(base("standing"), FigureView::Side, false);
    EXPECT_NEAR(g.bounds().top(), 0, 1e-6); // y up: the rect's "top" is its lowest y
    EXPECT_NEAR(g.floorGap(BodyPoint::FootNear), 0, 0.5);
    EXPECT_GT(g.joint(Joint::HeadCentre).y(), 140);
    EXPECT_LT(g.bounds().height(), 175);
    // The first contact (the near foot) is placed at x = 0.
    EXPECT_NEAR(g.point(BodyPoint::FootNear).x(), 0, 1e-6);
}

TEST(FigureGeometry, MirroringFlipsLeftAndRight)
{
    Pose reach = base("standing");
    reach.angle(Segment::UpperArmNear) = 90;
    reach.angle(Segment::ForearmNear) = 90;
    const FigureGeometry right = FigureGeometry::compute(reach, FigureView::Side, false);
    const FigureGeometry left = FigureGeometry::compute(reach, FigureView::Side, true);
    EXPECT_GT(right.joint(Joint::HandNear).x(), right.joint(Joint::Neck).x() + 40);
    EXPECT_LT(left.joint(Joint::HandNear).x(), left.joint(Joint::Neck).x() - 40);
}

TEST(FigureGeometry, LyingFiguresRestOnTheirBack)
{
    const FigureGeometry g = FigureGeometry::compute(base("lying-back"), FigureView::Side, false);
    EXPECT_LT(g.floorGap(BodyPoint::Pelvis), 1.0);
    EXPECT_LT(g.floorGap(BodyPoint::UpperBack), 1.0);
    EXPECT_GT(g.joint(Joint::KneeNear).y(), 35); // knees bent up
}

TEST(CheckPose, ABackwardKneeIsOutsideTheHumanRange)
{
    Pose pose = base("standing");
    pose.angle(Segment::ShinNear) = 40; // shin swings forward past the thigh
    const QStringList problems = checkPose(pose, FigureView::Side);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems[0].contains("the near knee is at -40°")) << problems[0].toStdString();
}

TEST(CheckPose, AContactInTheAirIsReported)
{
    Pose pose = base("standing");
    pose.angle(Segment::ThighNear) = 80; // near leg lifted, yet listed as on the floor
    pose.angle(Segment::ShinNear) = 0;
    const QStringList problems = checkPose(pose, FigureView::Side);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains("footNear should rest on the floor"))
        << problems[0].toStdString();
}

TEST(MovementCycle, FollowsTheTempoOutHoldBackAndPause)
{
    const MovementCycle cycle(5, 2, 5, 1);
    EXPECT_DOUBLE_EQ(cycle.period(), 13);
    EXPECT_DOUBLE_EQ(cycle.positionAt(0), 0);
    EXPECT_DOUBLE_EQ(cycle.positionAt(2.5), 0.5);
    EXPECT_DOUBLE_EQ(cycle.positionAt(5), 1);
    EXPECT_EQ(cycle.phaseAt(6), MovementCycle::Phase::Hold);
    EXPECT_DOUBLE_EQ(cycle.positionAt(6), 1);
    EXPECT_DOUBLE_EQ(cycle.positionAt(9.5), 0.5);
    EXPECT_EQ(cycle.phaseAt(12.5), MovementCycle::Phase::Pause);
    EXPECT_DOUBLE_EQ(cycle.positionAt(12.5), 0);
    EXPECT_DOUBLE_EQ(cycle.positionAt(13 + 2.5), 0.5); // repeats
    // Eased: slow at the ends, quick in the middle.
    EXPECT_LT(cycle.positionAt(0.5), 0.1);
}

TEST(MovementCycle, TakesTheTempoAndHoldFromTheDosage)
{
    Dosage banded;
    banded.reps = 8;
    banded.tempoOutSeconds = 5;
    banded.tempoBackSeconds = 5;
    const MovementCycle a = banded.movementCycle();
    EXPECT_DOUBLE_EQ(a.outSeconds(), 5);
    EXPECT_DOUBLE_EQ(a.backSeconds(), 5);
    EXPECT_DOUBLE_EQ(a.holdSeconds(), 0);

    Dosage stretch;
    stretch.reps = 1;
    stretch.holdSeconds = 20;
    stretch.holdSecondsMax = 30;
    const MovementCycle b = stretch.movementCycle();
    EXPECT_DOUBLE_EQ(b.outSeconds(), 2);
    EXPECT_DOUBLE_EQ(b.holdSeconds(), 10); // shown shortened
}
