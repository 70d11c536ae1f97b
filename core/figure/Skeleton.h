#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

enum class Side
{
    Left,
    Right,
};

/// The joints of the 3-D figure, from the pelvis out.
enum class Joint
{
    Pelvis,     ///< Midway between the hip joints.
    Lumbar,     ///< Top of the lumbar spine.
    Thoracic,   ///< Middle of the thoracic spine.
    Neck,       ///< Base of the neck (top of the upper thoracic spine).
    Skull,      ///< Top of the neck, where the head nods.
    HeadCentre, ///< Centre of the head.
    ShoulderLeft,
    ElbowLeft,
    WristLeft,
    HandLeft, ///< Finger tips.
    ShoulderRight,
    ElbowRight,
    WristRight,
    HandRight,
    HipLeft,
    KneeLeft,
    AnkleLeft,
    ToeLeft,
    HipRight,
    KneeRight,
    AnkleRight,
    ToeRight,
};
constexpr int kJointCount = 22;

/// One limb joint on the given side.
Joint sided(Joint leftJoint, Side side);

/// Points of the body that can rest on the floor or carry a prop.
enum class BodyPoint
{
    Head,
    Shoulders, ///< The shoulder blades, as when lying on the back.
    UpperBack, ///< The middle of the upper back, where a foam roller goes.
    Pelvis,
    HandLeft,
    HandRight,
    ElbowLeft,
    ElbowRight,
    KneeLeft,
    KneeRight,
    FootLeft,
    FootRight,
};
constexpr int kBodyPointCount = 12;

/// The same point on the other side of the body (itself for the midline).
BodyPoint otherSide(BodyPoint point);
QString toId(BodyPoint point);
std::optional<BodyPoint> bodyPointFromId(const QString& id);
QStringList bodyPointIds();

/// Body proportions in centimetres of a woman about 165 cm tall.
struct BodyDimensions
{
    static constexpr double lumbar = 17;
    static constexpr double thoracic = 17;
    static constexpr double upperThoracic = 16;
    static constexpr double neck = 10;
    static constexpr double headLift = 10; ///< Skull joint to the centre of the head.
    static constexpr double headRadius = 11;
    static constexpr double shoulderHalfWidth = 16;
    static constexpr double shoulderDrop = 5; ///< Shoulder joints below the base of the neck.
    static constexpr double hipHalfWidth = 10;
    static constexpr double upperArm = 29;
    static constexpr double forearm = 24;
    static constexpr double hand = 8;
    static constexpr double thigh = 43;
    static constexpr double shin = 42;
    static constexpr double foot = 19;
    static constexpr double torsoRadius = 12;
    static constexpr double neckRadius = 5;
    static constexpr double upperArmRadius = 5;
    static constexpr double forearmRadius = 4;
    static constexpr double handRadius = 3.6;
    static constexpr double thighRadius = 8;
    static constexpr double shinRadius = 4.8;
    static constexpr double footRadius = 4.2;
};

} // namespace carrywell::core
