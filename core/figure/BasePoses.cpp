#include "core/figure/BasePoses.h"

#include "core/figure/LegacyPose.h"

namespace carrywell::core {
namespace {

using A = Angle;

// The postures of the first format, carried over: the drawings built on them
// keep their look.
std::optional<BodyPose> carriedOver(const QString& name)
{
    if (const auto old = LegacyPose::base(name, LegacyPose::View::Side))
        return old->toBodyPose(LegacyPose::View::Side, false);
    return std::nullopt;
}

// On her right side ("lying-side-left" is the mirror image), knees and hips bent, arms resting in
// front, her waist lifted a little off the floor as a real waist is.
BodyPose lyingSide()
{
    BodyPose pose;
    pose[A::PelvisRoll] = -90;
    pose.bendSpine(0, 8, 0);
    for (const Side side : {Side::Left, Side::Right}) {
        pose[sided(A::HipFlexionLeft, side)] = 45;
        pose[sided(A::KneeLeft, side)] = 90;
        pose[sided(A::AnkleLeft, side)] = 20;
        pose[sided(A::ShoulderFlexionLeft, side)] = 80;
        pose[sided(A::ElbowLeft, side)] = 60;
    }
    pose[A::ShoulderFlexionRight] = 100;
    pose[A::NeckSideBend] = -10;
    pose.contacts = {BodyPoint::Pelvis, BodyPoint::Shoulders};
    return pose;
}

// On the floor, knees up and feet flat, leaning back on her hands.
BodyPose sittingOnTheFloor()
{
    BodyPose pose;
    pose[A::PelvisTilt] = -25;
    pose[A::NeckFlexion] = 15;
    for (const Side side : {Side::Left, Side::Right}) {
        pose[sided(A::HipFlexionLeft, side)] = 105;
        pose[sided(A::HipAbductionLeft, side)] = 12;
        pose[sided(A::KneeLeft, side)] = 93;
        pose[sided(A::AnkleLeft, side)] = 40;
        pose[sided(A::ShoulderFlexionLeft, side)] = -60;
        pose[sided(A::ShoulderAbductionLeft, side)] = 12;
    }
    pose.contacts = {BodyPoint::Pelvis, BodyPoint::FootRight, BodyPoint::FootLeft,
                     BodyPoint::HandRight, BodyPoint::HandLeft};
    return pose;
}

} // namespace

std::optional<BodyPose> basePose(const QString& name)
{
    if (name == QLatin1String("lying-side"))
        return lyingSide();
    if (name == QLatin1String("lying-side-left"))
        return lyingSide().mirrored();
    if (name == QLatin1String("sitting-floor"))
        return sittingOnTheFloor();
    if (name == QLatin1String("half-kneeling")) {
        // Kneeling on the left knee, the right foot flat in front.
        BodyPose pose = *carriedOver(QStringLiteral("kneeling"));
        pose[A::HipFlexionRight] = 85;
        pose[A::HipRotationRight] = 0;
        pose[A::KneeRight] = 85;
        pose[A::AnkleRight] = 0;
        pose.contacts = {BodyPoint::KneeLeft, BodyPoint::FootRight, BodyPoint::FootLeft};
        return pose;
    }
    if (name == QLatin1String("hook-lying"))
        return carriedOver(QStringLiteral("lying-back"));
    return carriedOver(name);
}

QStringList basePoseNames()
{
    return {QStringLiteral("standing"),        QStringLiteral("sitting"),
            QStringLiteral("kneeling"),        QStringLiteral("half-kneeling"),
            QStringLiteral("all-fours"),       QStringLiteral("lying-back"),
            QStringLiteral("hook-lying"),      QStringLiteral("lying-back-straight"),
            QStringLiteral("lying-front"),     QStringLiteral("lying-side"),
            QStringLiteral("lying-side-left"), QStringLiteral("sitting-floor")};
}

} // namespace carrywell::core
