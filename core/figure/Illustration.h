#pragma once

#include "core/figure/BodyPose.h"
#include "core/figure/Camera.h"
#include "core/vocabulary/ContentOrigin.h"
#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QPair>
#include <optional>

namespace carrywell::core {

/// Things drawn with the figure.
enum class PropType
{
    Mat,
    Chair,
    Couch,
    Wall,
    Doorway,
    FoamRoller,
    ReleaseBall,
    Band,
    Pillow,
    Weight,
    Baby,
    CarSeat,
};

QString toId(PropType type);
std::optional<PropType> propTypeFromId(const QString& id);
QStringList propTypeIds();

/// A prop and where it goes: at a body point (its default depends on the
/// prop), moved by (x, y, z) centimetres (forward, up, to the figure's left).
/// Furniture stays where the first pose puts it; hand-held and
/// body-supporting props follow the body. A band runs from both hands to a
/// fixed anchor on a table leg, (anchorX, anchorY, anchorZ) from the first
/// contact; with `betweenHands` it runs from hand to hand instead.
struct PropSpec
{
    PropType type = PropType::Mat;
    std::optional<BodyPoint> at;
    double x = 0;
    double y = 0;
    double z = 0;
    double anchorX = 0;
    double anchorY = 0;
    double anchorZ = 0;
    bool betweenHands = false;
    /// Placed from the first pose even if this kind of prop usually follows
    /// the body (a baby waiting on the couch before she is lifted).
    bool fixed = false;
    /// Drawn only in these poses; empty means in every pose.
    QStringList poses;

    bool followsBody() const;
    bool shownIn(const QString& pose) const { return poses.isEmpty() || poses.contains(pose); }
    BodyPoint anchorPoint() const;
};

/// What one instruction step shows: a still pose, or a move from one pose to
/// another (drawn as the end pose over a faded start, with an arrow).
struct IllustrationStep
{
    QString fromPose;
    QString toPose; ///< Empty for a still pose.

    bool isMovement() const { return !toPose.isEmpty(); }
    QString finalPose() const { return isMovement() ? toPose : fromPose; }
};

/// The drawings of one exercise: named poses, one picture per instruction
/// step, and the repeated movement that guided sessions animate in tempo.
struct Illustration
{
    QString exerciseId;
    /// How the pictures look at the figure, and a second view for movements
    /// one view cannot show.
    Camera camera;
    std::optional<Camera> secondCamera;
    QList<PropSpec> props;
    QList<QPair<QString, BodyPose>> poses;
    QList<IllustrationStep> steps;
    IllustrationStep movement;
    QList<Region> highlight;
    /// Frame the pictures around one body point (e.g. the head for neck
    /// drills), `focusSize` cm across; unset frames the whole scene.
    std::optional<BodyPoint> focus;
    double focusSize = 0;
    ContentOrigin origin;

    const BodyPose* pose(const QString& name) const;
};

} // namespace carrywell::core
