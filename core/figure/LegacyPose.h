#pragma once

#include "core/figure/BodyPose.h"
#include "core/figure/Camera.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace carrywell::core {

/// The flat figure of the first illustration format, kept to read content
/// packs written for it: one direction per segment in the picture plane, in
/// degrees (0 points down, 90 right — forward in the side view — 180 up,
/// -90 left), a length factor for a segment that points towards the viewer,
/// and a bow of the back in cm (positive rounds it). "Near" limbs face the
/// viewer; the side view faces right unless mirrored.
struct LegacyPose
{
    enum class View
    {
        Side,
        Front,
    };
    enum Segment
    {
        Torso,
        Head,
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
    static constexpr int kSegmentCount = 12;

    std::array<double, kSegmentCount> angles{};
    std::array<double, kSegmentCount> lengths{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QList<BodyPoint> contacts; ///< Already turned into the 3-D body's points.
    double spineCurve = 0;

    /// A named starting posture of the old format, or nullopt.
    static std::optional<LegacyPose> base(const QString& name, View view);
    static QStringList segmentIds();

    /// The same posture on the 3-D figure, seen through `camera(view, mirrored)`.
    BodyPose toBodyPose(View view, bool mirrored) const;
    /// The camera that shows the converted figure as the old picture showed it.
    static Camera camera(View view, bool mirrored);
    /// An old body point name ("handNear", "pelvis") on the 3-D figure.
    static std::optional<BodyPoint> bodyPoint(const QString& id, bool mirrored);
    static QStringList bodyPointIds();
};

} // namespace carrywell::core
