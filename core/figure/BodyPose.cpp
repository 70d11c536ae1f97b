#include "core/figure/BodyPose.h"

#include <array>

namespace carrywell::core {
namespace {

constexpr std::array kAngleIds{
    "pelvisYaw",
    "pelvisTilt",
    "pelvisRoll",
    "lumbarFlexion",
    "lumbarSideBend",
    "lumbarRotation",
    "thoracicFlexion",
    "thoracicSideBend",
    "thoracicRotation",
    "upperThoracicFlexion",
    "upperThoracicSideBend",
    "upperThoracicRotation",
    "neckFlexion",
    "neckSideBend",
    "neckRotation",
    "headNod",
    "hipFlexionLeft",
    "hipAbductionLeft",
    "hipRotationLeft",
    "kneeLeft",
    "ankleLeft",
    "shoulderBladeLeft",
    "shoulderFlexionLeft",
    "shoulderAbductionLeft",
    "shoulderRotationLeft",
    "elbowLeft",
    "wristLeft",
    "hipFlexionRight",
    "hipAbductionRight",
    "hipRotationRight",
    "kneeRight",
    "ankleRight",
    "shoulderBladeRight",
    "shoulderFlexionRight",
    "shoulderAbductionRight",
    "shoulderRotationRight",
    "elbowRight",
    "wristRight",
};
static_assert(kAngleIds.size() == kAngleCount);

constexpr int kSideOffset =
    static_cast<int>(Angle::HipFlexionRight) - static_cast<int>(Angle::HipFlexionLeft);

// Angles that change sign in a mirror: everything turning or leaning sideways
// about the body's own midline.
constexpr std::array kMirrorNegated{Angle::PelvisYaw,
                                    Angle::PelvisRoll,
                                    Angle::LumbarSideBend,
                                    Angle::LumbarRotation,
                                    Angle::ThoracicSideBend,
                                    Angle::ThoracicRotation,
                                    Angle::UpperThoracicSideBend,
                                    Angle::UpperThoracicRotation,
                                    Angle::NeckSideBend,
                                    Angle::NeckRotation};

// How a bend of the whole spine is shared over lumbar, thoracic and upper thoracic.
constexpr std::array kSpineShare{0.4, 0.35, 0.25};

} // namespace

Angle sided(Angle leftAngle, Side side)
{
    return side == Side::Left ? leftAngle
                              : static_cast<Angle>(static_cast<int>(leftAngle) + kSideOffset);
}

QString toId(Angle angle)
{
    return QString::fromLatin1(kAngleIds[static_cast<int>(angle)]);
}

std::optional<Angle> angleFromId(const QString& id)
{
    for (int i = 0; i < kAngleCount; ++i) {
        if (id == QLatin1String(kAngleIds[i]))
            return static_cast<Angle>(i);
    }
    return std::nullopt;
}

QStringList angleIds()
{
    QStringList ids;
    for (const char* id : kAngleIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

BodyPose BodyPose::interpolate(const BodyPose& from, const BodyPose& to, double t)
{
    BodyPose result;
    for (int i = 0; i < kAngleCount; ++i)
        result.angles[i] = from.angles[i] + (to.angles[i] - from.angles[i]) * t;
    result.breath = from.breath + (to.breath - from.breath) * t;
    result.contacts = t < 0.5 ? from.contacts : to.contacts;
    return result;
}

BodyPose BodyPose::mirrored() const
{
    BodyPose result = *this;
    const int firstLeft = static_cast<int>(Angle::HipFlexionLeft);
    for (int i = firstLeft; i < firstLeft + kSideOffset; ++i)
        std::swap(result.angles[i], result.angles[i + kSideOffset]);
    for (const Angle a : kMirrorNegated)
        result[a] = -result[a];
    for (BodyPoint& p : result.contacts)
        p = otherSide(p);
    return result;
}

void BodyPose::bendSpine(double flexion, double sideBend, double rotation)
{
    const std::array<Angle, 3> flex{Angle::LumbarFlexion, Angle::ThoracicFlexion,
                                    Angle::UpperThoracicFlexion};
    for (int i = 0; i < 3; ++i) {
        const int base = static_cast<int>(flex[i]);
        angles[base] += flexion * kSpineShare[i];
        angles[base + 1] += sideBend * kSpineShare[i];
        angles[base + 2] += rotation * kSpineShare[i];
    }
}

} // namespace carrywell::core
