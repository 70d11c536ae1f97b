#pragma once

#include "core/figure/Skeleton.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace carrywell::core {

/// Every angle that poses the figure, in degrees, in anatomical terms. Zero
/// everywhere is standing upright with the arms hanging and the feet forward.
/// Positive values: flexion bends forward (for the knee: the heel towards the
/// buttock; for the ankle: toes pointed), abduction moves a limb out to the
/// side, rotation turns a limb outwards (external), side-bends lean and
/// rotations turn towards the figure's left. The pelvis angles place the
/// whole body: yaw turns it on the floor (towards its left), tilt tips it
/// forwards (90 is face down, -90 on the back), roll tips it onto its left side.
enum class Angle
{
    PelvisYaw,
    PelvisTilt,
    PelvisRoll,
    LumbarFlexion,
    LumbarSideBend,
    LumbarRotation,
    ThoracicFlexion,
    ThoracicSideBend,
    ThoracicRotation,
    UpperThoracicFlexion,
    UpperThoracicSideBend,
    UpperThoracicRotation,
    NeckFlexion,
    NeckSideBend,
    NeckRotation,
    HeadNod, ///< Chin towards the throat, at the top of the neck.
    HipFlexionLeft,
    HipAbductionLeft,
    HipRotationLeft,
    KneeLeft,
    AnkleLeft,
    ShoulderBladeLeft, ///< Drawn back towards the spine (retraction); negative reaches forward.
    ShoulderFlexionLeft,
    ShoulderAbductionLeft,
    ShoulderRotationLeft,
    ElbowLeft,
    WristLeft,
    HipFlexionRight,
    HipAbductionRight,
    HipRotationRight,
    KneeRight,
    AnkleRight,
    ShoulderBladeRight,
    ShoulderFlexionRight,
    ShoulderAbductionRight,
    ShoulderRotationRight,
    ElbowRight,
    WristRight,
};
constexpr int kAngleCount = 38;

/// The same limb angle on the given side (`leftAngle` names the left one).
Angle sided(Angle leftAngle, Side side);
QString toId(Angle angle);
std::optional<Angle> angleFromId(const QString& id);
QStringList angleIds();

/// A posture of the 3-D figure: its joint angles, how full the breath is, and
/// the body points resting on the floor. The lowest part of the body rests
/// on the floor; the first contact stays in place between poses.
struct BodyPose
{
    std::array<double, kAngleCount> angles{};
    /// 0 after breathing out, 1 with the ribcage widened and the belly risen.
    double breath = 0;
    QList<BodyPoint> contacts;

    double operator[](Angle a) const { return angles[static_cast<int>(a)]; }
    double& operator[](Angle a) { return angles[static_cast<int>(a)]; }

    /// Blend of two poses; t = 0 gives `from`, 1 gives `to`. Contacts come
    /// from the nearer pose.
    static BodyPose interpolate(const BodyPose& from, const BodyPose& to, double t);
    /// The mirror image: left and right swapped.
    BodyPose mirrored() const;
    /// Adds flexion, side-bend and rotation of the whole spine, shared over
    /// its three parts as a real back bends: most in the lumbar and thoracic parts.
    void bendSpine(double flexion, double sideBend, double rotation);

    bool operator==(const BodyPose&) const = default;
};

} // namespace carrywell::core
