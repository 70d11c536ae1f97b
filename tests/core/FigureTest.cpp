#include "core/content/Dosage.h"
#include "core/figure/BasePoses.h"
#include "core/figure/Camera.h"
#include "core/figure/JointLimits.h"
#include "core/figure/Kinematics.h"
#include "core/figure/LegacyPose.h"
#include "core/figure/MovementCycle.h"
#include "core/figure/Projection.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

BodyPose base(const char* name)
{
    const std::optional<BodyPose> pose = basePose(QString::fromLatin1(name));
    EXPECT_TRUE(pose.has_value()) << name;
    return pose.value_or(BodyPose{});
}

Camera view(const char* name)
{
    const std::optional<Camera> camera = Camera::named(QString::fromLatin1(name));
    EXPECT_TRUE(camera.has_value()) << name;
    return camera.value_or(Camera{});
}

double distance(const Vec3& a, const Vec3& b)
{
    return (a - b).length();
}

} // namespace

TEST(BodyPose, EveryBasePoseIsHumanAndRestsOnItsContacts)
{
    for (const QString& name : basePoseNames()) {
        const std::optional<BodyPose> pose = basePose(name);
        ASSERT_TRUE(pose.has_value()) << name.toStdString();
        EXPECT_EQ(checkBodyPose(*pose), QStringList{}) << name.toStdString();
        EXPECT_FALSE(pose->contacts.isEmpty()) << name.toStdString();
    }
}

TEST(BodyPose, InterpolationBlendsEveryAngleAndTheBreath)
{
    BodyPose a = base("standing");
    BodyPose b = a;
    b[Angle::ShoulderFlexionLeft] = 170;
    b.breath = 1;
    const BodyPose half = BodyPose::interpolate(a, b, 0.5);
    EXPECT_NEAR(half[Angle::ShoulderFlexionLeft], (a[Angle::ShoulderFlexionLeft] + 170) / 2, 1e-9);
    EXPECT_DOUBLE_EQ(half.breath, 0.5);
    EXPECT_EQ(BodyPose::interpolate(a, b, 0), a);
}

TEST(BodyPose, ASpineBendIsSharedOverItsThreeSegments)
{
    BodyPose pose;
    pose.bendSpine(40, 0, 20);
    EXPECT_GT(pose[Angle::LumbarFlexion], 0);
    EXPECT_GT(pose[Angle::ThoracicFlexion], 0);
    EXPECT_GT(pose[Angle::UpperThoracicFlexion], 0);
    EXPECT_NEAR(pose[Angle::LumbarFlexion] + pose[Angle::ThoracicFlexion] +
                    pose[Angle::UpperThoracicFlexion],
                40, 1e-9);
    EXPECT_NEAR(pose[Angle::LumbarRotation] + pose[Angle::ThoracicRotation] +
                    pose[Angle::UpperThoracicRotation],
                20, 1e-9);
}

TEST(Body, StandingFigureHasFeetOnTheFloorAndHeadOnTop)
{
    const Body body = Body::pose(base("standing"));
    EXPECT_NEAR(body.minimum().y, 0, 1e-6);
    EXPECT_NEAR(body.floorGap(BodyPoint::FootRight), 0, 0.5);
    EXPECT_NEAR(body.floorGap(BodyPoint::FootLeft), 0, 0.5);
    EXPECT_GT(body.joint(Joint::HeadCentre).y, 140);
    EXPECT_LT(body.maximum().y, 175);
    // The first contact (the right foot) is placed at the origin of the floor.
    EXPECT_NEAR(body.point(BodyPoint::FootRight).x, 0, 1e-6);
    EXPECT_NEAR(body.point(BodyPoint::FootRight).z, 0, 1e-6);
    // She faces forward (+x), her left is +z.
    EXPECT_GT(body.faceDirection().x, 0.9);
    EXPECT_GT(body.joint(Joint::HipLeft).z, body.joint(Joint::HipRight).z);
}

TEST(Body, BonesKeepTheirLengthInEveryPose)
{
    const auto check = [](const BodyPose& pose) {
        const Body b = Body::pose(pose);
        using D = BodyDimensions;
        for (const Side side : {Side::Left, Side::Right}) {
            const auto j = [&](Joint left) { return b.joint(sided(left, side)); };
            EXPECT_NEAR(distance(j(Joint::ShoulderLeft), j(Joint::ElbowLeft)), D::upperArm, 1e-6);
            EXPECT_NEAR(distance(j(Joint::ElbowLeft), j(Joint::WristLeft)), D::forearm, 1e-6);
            EXPECT_NEAR(distance(j(Joint::HipLeft), j(Joint::KneeLeft)), D::thigh, 1e-6);
            EXPECT_NEAR(distance(j(Joint::KneeLeft), j(Joint::AnkleLeft)), D::shin, 1e-6);
            EXPECT_NEAR(distance(j(Joint::AnkleLeft), j(Joint::ToeLeft)), D::foot, 1e-6);
        }
        EXPECT_NEAR(distance(b.joint(Joint::Pelvis), b.joint(Joint::Lumbar)), D::lumbar, 1e-6);
        EXPECT_NEAR(distance(b.joint(Joint::Thoracic), b.joint(Joint::Neck)), D::upperThoracic,
                    1e-6);
    };
    BodyPose twisted = base("all-fours");
    twisted.bendSpine(30, -20, 45);
    twisted[Angle::HipAbductionLeft] = 50;
    twisted[Angle::HipRotationLeft] = 30;
    twisted[Angle::ShoulderAbductionRight] = 120;
    twisted[Angle::ShoulderRotationRight] = 70;
    twisted[Angle::ElbowRight] = 80;
    check(twisted);
    for (const QString& name : basePoseNames())
        check(*basePose(name));
}

TEST(Body, AMirroredPoseIsTheMirrorImage)
{
    BodyPose pose = base("standing");
    pose[Angle::ShoulderAbductionLeft] = 90;
    pose[Angle::HipFlexionRight] = 60;
    pose[Angle::KneeRight] = 70;
    pose.bendSpine(0, 20, 30);
    pose.contacts = {BodyPoint::FootLeft};
    const Body a = Body::pose(pose);
    const Body b = Body::pose(pose.mirrored());
    const auto reflect = [](Vec3 v) { return Vec3{v.x, v.y, -v.z}; };
    for (const auto& [left, right] : {std::pair{Joint::HandLeft, Joint::HandRight},
                                      std::pair{Joint::KneeLeft, Joint::KneeRight},
                                      std::pair{Joint::ToeLeft, Joint::ToeRight}}) {
        EXPECT_LT(distance(a.joint(left), reflect(b.joint(right))), 1e-6);
        EXPECT_LT(distance(a.joint(right), reflect(b.joint(left))), 1e-6);
    }
    EXPECT_LT(distance(a.joint(Joint::HeadCentre), reflect(b.joint(Joint::HeadCentre))), 1e-6);
}

TEST(Body, LyingFiguresRestOnTheirBackWithKneesUp)
{
    const Body body = Body::pose(base("lying-back"));
    EXPECT_LT(body.floorGap(BodyPoint::Pelvis), 1.0);
    EXPECT_LT(body.floorGap(BodyPoint::UpperBack), 1.0);
    EXPECT_GT(body.joint(Joint::KneeRight).y, 35);
    EXPECT_GT(body.faceDirection().y, 0.8); // she looks at the ceiling
}

TEST(Body, ARoundedBackBowsUpAndAnArchedBackSagsOnAllFours)
{
    BodyPose cat = base("all-fours");
    cat.bendSpine(45, 0, 0);
    BodyPose cow = base("all-fours");
    cow.bendSpine(-35, 0, 0);
    const auto midBack = [](const BodyPose& pose) {
        const Body b = Body::pose(pose);
        const Vec3 chord = lerp(b.joint(Joint::Pelvis), b.joint(Joint::Neck), 0.5);
        return b.joint(Joint::Lumbar).y - chord.y;
    };
    EXPECT_GT(midBack(cat), midBack(base("all-fours")) + 3);
    EXPECT_LT(midBack(cow), midBack(base("all-fours")) - 3);
}

TEST(Body, ContactsStayOnTheFloorThroughoutAMovement)
{
    // Bird-dog: from all-fours, reach the left arm forward and the right leg back.
    const BodyPose table = base("all-fours");
    BodyPose reach = table;
    reach[Angle::ShoulderFlexionLeft] = 170;
    reach[Angle::HipFlexionRight] = -15;
    reach[Angle::KneeRight] = 0;
    reach.contacts = {BodyPoint::HandRight, BodyPoint::KneeLeft};
    ASSERT_EQ(checkBodyPose(reach), QStringList{});
    const Vec3 start = Body::pose(table).point(BodyPoint::HandRight);
    for (int i = 0; i <= 10; ++i) {
        const BodyPose pose = BodyPose::interpolate(table, reach, i / 10.0);
        const Body body = Body::pose(pose);
        EXPECT_LT(body.floorGap(BodyPoint::HandRight), 3.0) << i;
        EXPECT_LT(body.floorGap(BodyPoint::KneeLeft), 3.0) << i;
        EXPECT_GE(body.minimum().y, -1e-6) << i; // nothing sinks into the floor
        // The first contact stays put.
        EXPECT_NEAR(body.point(BodyPoint::HandRight).x, start.x, 1e-6) << i;
        EXPECT_NEAR(body.point(BodyPoint::HandRight).z, start.z, 1e-6) << i;
    }
}

TEST(JointLimits, ABackwardKneeIsOutsideTheHumanRange)
{
    BodyPose pose = base("standing");
    pose[Angle::KneeRight] = -40;
    const QStringList problems = checkBodyPose(pose);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems[0].contains("kneeRight is at -40°, outside the human range -5° to 165°"))
        << problems[0].toStdString();
}

TEST(JointLimits, AContactInTheAirIsReported)
{
    BodyPose pose = base("standing");
    pose[Angle::HipFlexionRight] = 80; // right leg lifted, yet listed as on the floor
    const QStringList problems = checkBodyPose(pose);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains("footRight should rest on the floor"))
        << problems[0].toStdString();
}

TEST(JointLimits, ThePelvisPlacesTheBodyFreely)
{
    EXPECT_FALSE(jointRange(Angle::PelvisTilt).has_value());
    EXPECT_TRUE(jointRange(Angle::ElbowRight).has_value());
    EXPECT_EQ(jointRange(Angle::ElbowRight)->max, jointRange(Angle::ElbowLeft)->max);
}

TEST(Camera, APointOnTheForwardAxisSeenFromEveryView)
{
    const Vec3 ahead{10, 0, 0};
    // From her right side she faces right.
    EXPECT_NEAR(view("side-right").project(ahead).x(), 10, 1e-9);
    EXPECT_NEAR(view("side-left").project(ahead).x(), -10, 1e-9);
    // From the front the point comes straight at the viewer.
    EXPECT_NEAR(view("front").project(ahead).x(), 0, 1e-9);
    EXPECT_NEAR(view("front").project(ahead).y(), 0, 1e-9);
    EXPECT_NEAR(view("front").depth(ahead), 10, 1e-9);
    EXPECT_NEAR(view("back").depth(ahead), -10, 1e-9);
    // From above, forward is to the right and her left is up the picture.
    EXPECT_NEAR(view("top").project(ahead).x(), 10, 1e-9);
    EXPECT_NEAR(view("top").project(Vec3{0, 0, 10}).y(), 10, 1e-9);
    EXPECT_NEAR(view("top").depth(Vec3{0, 10, 0}), 10, 1e-9);
    // Her left is on the viewer's right when she faces the viewer.
    EXPECT_NEAR(view("front").project(Vec3{0, 0, 10}).x(), 10, 1e-9);
    // A three-quarter view shows some of both.
    const QPointF quarter = view("front-left").project(Vec3{10, 0, 10});
    EXPECT_NEAR(quarter.x(), 0, 1e-9);
    EXPECT_GT(view("front-left").depth(Vec3{10, 0, 10}), 10);
}

TEST(Camera, FreeAnglesMatchTheNamedViews)
{
    EXPECT_EQ(Camera(0, 0), view("front"));
    EXPECT_EQ(Camera(0, 0).name(), QStringLiteral("front"));
    EXPECT_EQ(Camera(-30, 10).name(), QString());
    EXPECT_EQ(view("side-right").nearSide(), Side::Right);
    EXPECT_EQ(view("side-left").nearSide(), Side::Left);
    EXPECT_FALSE(Camera::named(QStringLiteral("sideways")).has_value());
    // The picture's axes stay square to each other and to the view.
    for (const Camera& c : {Camera(37, 20), Camera(-120, 60), Camera(10, 90)}) {
        EXPECT_NEAR(c.right().dot(c.up()), 0, 1e-9);
        EXPECT_NEAR(c.right().dot(c.towardViewer()), 0, 1e-9);
        EXPECT_NEAR(c.up().length(), 1, 1e-9);
    }
}

TEST(Projection, TheNearArmIsDrawnAfterTheTorsoAndTheFarArmBefore)
{
    const Body body = Body::pose(base("standing"));
    const auto index = [](const Projection& p, Part part) {
        return p.drawingOrder().indexOf(part);
    };
    const Projection right(body, view("side-right"));
    EXPECT_GT(index(right, Part::UpperArmRight), index(right, Part::Torso));
    EXPECT_LT(index(right, Part::UpperArmLeft), index(right, Part::Torso));
    EXPECT_TRUE(right.isFar(Part::ThighLeft));
    EXPECT_FALSE(right.isFar(Part::ThighRight));
    const Projection left(body, view("side-left"));
    EXPECT_LT(index(left, Part::UpperArmRight), index(left, Part::Torso));
    EXPECT_GT(index(left, Part::UpperArmLeft), index(left, Part::Torso));
    EXPECT_EQ(right.drawingOrder().size(), kPartCount);
}

TEST(Projection, FramesTheWholeBody)
{
    const Projection p(Body::pose(base("standing")), view("front"));
    EXPECT_NEAR(p.bounds().top(), 0, 1e-6); // y up: the rect's "top" is its lowest y
    EXPECT_GT(p.bounds().height(), 150);
    EXPECT_GT(p.bounds().width(), 40); // shoulders across
    const Projection side(Body::pose(base("standing")), view("side-right"));
    EXPECT_LT(side.bounds().width(), p.bounds().width());
}

TEST(LegacyPose, OldSideViewAnglesBecomeSagittalFlexion)
{
    std::optional<LegacyPose> old =
        LegacyPose::base(QStringLiteral("standing"), LegacyPose::View::Side);
    ASSERT_TRUE(old.has_value());
    old->angles[LegacyPose::UpperArmNear] = 90; // near arm reaching forward
    old->angles[LegacyPose::ForearmNear] = 90;
    const BodyPose pose = old->toBodyPose(LegacyPose::View::Side, false);
    EXPECT_NEAR(pose[Angle::ShoulderFlexionRight], 90, 1e-6);
    EXPECT_NEAR(pose[Angle::ShoulderAbductionRight], 0, 1e-6);
    EXPECT_NEAR(pose[Angle::ElbowRight], 0, 1e-6);
    const Projection seen(Body::pose(pose), LegacyPose::camera(LegacyPose::View::Side, false));
    EXPECT_GT(seen.joint(Joint::HandRight).x(), seen.joint(Joint::Neck).x() + 40);
    // Mirrored, the same arm is her left and she faces left.
    const BodyPose mirrored = old->toBodyPose(LegacyPose::View::Side, true);
    EXPECT_NEAR(mirrored[Angle::ShoulderFlexionLeft], 90, 1e-6);
    const Projection left(Body::pose(mirrored), LegacyPose::camera(LegacyPose::View::Side, true));
    EXPECT_LT(left.joint(Joint::HandLeft).x(), left.joint(Joint::Neck).x() - 40);
}

TEST(LegacyPose, ShortenedSegmentsPointAtTheViewer)
{
    // Sitting seen from the front: the thighs come towards the viewer.
    const std::optional<LegacyPose> old =
        LegacyPose::base(QStringLiteral("sitting"), LegacyPose::View::Front);
    ASSERT_TRUE(old.has_value());
    const BodyPose pose = old->toBodyPose(LegacyPose::View::Front, false);
    EXPECT_GT(pose[Angle::HipFlexionLeft], 60);
    const Body body = Body::pose(pose);
    EXPECT_GT(body.joint(Joint::KneeLeft).x, body.joint(Joint::HipLeft).x + 30);
    EXPECT_EQ(checkBodyPose(pose), QStringList{});
}

TEST(LegacyPose, OldBodyPointsNameTheSideTheViewerSaw)
{
    EXPECT_EQ(LegacyPose::bodyPoint(QStringLiteral("handNear"), false), BodyPoint::HandRight);
    EXPECT_EQ(LegacyPose::bodyPoint(QStringLiteral("handNear"), true), BodyPoint::HandLeft);
    EXPECT_EQ(LegacyPose::bodyPoint(QStringLiteral("kneeFar"), false), BodyPoint::KneeLeft);
    EXPECT_EQ(LegacyPose::bodyPoint(QStringLiteral("pelvis"), true), BodyPoint::Pelvis);
    EXPECT_FALSE(LegacyPose::bodyPoint(QStringLiteral("handLeft"), false).has_value());
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
