#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace carrywell::core {

/// The body parts of the drawn figure. "Near" limbs face the viewer.
enum class Segment
{
    Torso, ///< Pelvis to the base of the neck.
    Head,  ///< Base of the neck to the centre of the head.
    UpperArmNear,
    ForearmNear,
    UpperArmFar,
    ForearmFar,
    ThighNear,
    ShinNear,
    FootNear,
    ThighFar,
    ShinFar,
    FootFar,
};
constexpr int kSegmentCount = 12;

/// Points of the body that can rest on the floor.
enum class BodyPoint
{
    Head,
    Shoulders, ///< The shoulder blades, as when lying on the back.
    UpperBack, ///< The middle of the upper back, where a foam roller goes.
    Pelvis,
    HandNear,
    HandFar,
    ElbowNear,
    ElbowFar,
    KneeNear,
    KneeFar,
    FootNear,
    FootFar,
};

/// How the figure is seen: from the side (facing right unless mirrored) or
/// from the front.
enum class FigureView
{
    Side,
    Front,
};

/// A posture of the figure: one direction per segment in the picture plane,
/// in degrees (0 points down, 90 right — forward in the side view — 180 up,
/// -90 left), an optional length factor for a segment that points towards
/// the viewer, and the points that rest on the floor. The first contact stays
/// in place between poses. "lying-side" is a front-view base; the others are
/// side-view bases, and "standing" and "sitting" exist in both.
struct Pose
{
    std::array<double, kSegmentCount> angles{};
    std::array<double, kSegmentCount> lengths{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QList<BodyPoint> contacts;
    /// How far the middle of the back bows out, in cm: positive rounds the
    /// back (as in "cat"), negative arches it.
    double spineCurve = 0;

    double angle(Segment s) const { return angles[static_cast<int>(s)]; }
    double& angle(Segment s) { return angles[static_cast<int>(s)]; }
    double length(Segment s) const { return lengths[static_cast<int>(s)]; }

    /// Blend of two poses; t = 0 gives `from`, 1 gives `to`. Angles take the
    /// short way round; contacts come from the nearer pose.
    static Pose interpolate(const Pose& from, const Pose& to, double t);

    /// A named starting posture ("standing", "all-fours", …) or nullopt.
    static std::optional<Pose> base(const QString& name, FigureView view);
    static QStringList baseNames();
};

QString toId(Segment segment);
QString toId(BodyPoint point);
std::optional<Segment> segmentFromId(const QString& id);
std::optional<BodyPoint> bodyPointFromId(const QString& id);
QStringList segmentIds();
QStringList bodyPointIds();

} // namespace carrywell::core
