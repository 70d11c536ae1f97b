#include "core/figure/JointLimits.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/figure/Kinematics.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::JointLimits);

namespace carrywell::core {
namespace {

using A = Angle;

// A contact this far above the floor, in cm, is not resting on it.
constexpr double kContactTolerance = 3.0;

JointRange limbRange(A leftAngle)
{
    switch (leftAngle) {
    case A::HipFlexionLeft:
        return {-40, 165};
    case A::HipAbductionLeft:
        return {-35, 90};
    case A::HipRotationLeft:
        return {-60, 75};
    case A::KneeLeft:
        return {-5, 165};
    case A::AnkleLeft:
        return {-40, 80};
    case A::ShoulderBladeLeft:
        return {-30, 30};
    case A::ShoulderFlexionLeft:
        return {-70, 200};
    case A::ShoulderAbductionLeft:
        return {-45, 185};
    case A::ShoulderRotationLeft:
        return {-95, 100};
    case A::ElbowLeft:
        return {-5, 160};
    case A::WristLeft:
        return {-80, 80};
    default:
        return {-180, 180};
    }
}

} // namespace

std::optional<JointRange> jointRange(Angle angle)
{
    switch (angle) {
    case A::PelvisYaw:
    case A::PelvisTilt:
    case A::PelvisRoll:
        return std::nullopt;
    case A::LumbarFlexion:
    case A::ThoracicFlexion:
    case A::UpperThoracicFlexion:
        return JointRange{-45, 60};
    case A::LumbarSideBend:
    case A::ThoracicSideBend:
    case A::UpperThoracicSideBend:
        return JointRange{-40, 40};
    case A::LumbarRotation:
    case A::ThoracicRotation:
    case A::UpperThoracicRotation:
        return JointRange{-50, 50};
    case A::NeckFlexion:
        return JointRange{-75, 80};
    case A::NeckSideBend:
        return JointRange{-45, 45};
    case A::NeckRotation:
        return JointRange{-80, 80};
    case A::HeadNod:
        return JointRange{-30, 40};
    default:
        break;
    }
    const int index = static_cast<int>(angle);
    const int right = static_cast<int>(A::HipFlexionRight);
    const int left = static_cast<int>(A::HipFlexionLeft);
    return limbRange(static_cast<A>(index >= right ? index - right + left : index));
}

QStringList checkBodyPose(const BodyPose& pose)
{
    QStringList problems;
    for (int i = 0; i < kAngleCount; ++i) {
        const auto angle = static_cast<Angle>(i);
        const std::optional<JointRange> range = jointRange(angle);
        if (!range || (pose.angles[i] >= range->min && pose.angles[i] <= range->max))
            continue;
        problems.append(tr("%1 is at %2°, outside the human range %3° to %4°")
                            .arg(toId(angle), LocaleFormat::number(qRound(pose.angles[i])),
                                 LocaleFormat::number(qRound(range->min)),
                                 LocaleFormat::number(qRound(range->max))));
    }
    const Body body = Body::pose(pose);
    for (const BodyPoint contact : pose.contacts) {
        const double gap = body.floorGap(contact);
        if (gap > kContactTolerance) {
            problems.append(tr("the %1 should rest on the floor but is %2 cm above it")
                                .arg(toId(contact), LocaleFormat::number(qRound(gap))));
        }
    }
    return problems;
}

} // namespace carrywell::core
