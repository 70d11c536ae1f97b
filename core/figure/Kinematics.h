#pragma once

#include "core/figure/BodyPose.h"
#include "core/figure/Vec3.h"

#include <array>
#include <initializer_list>
#include <utility>

namespace carrywell::core {

/// The drawn parts of the body, each a capsule between two joints.
enum class Part
{
    Torso, ///< Pelvis to the base of the neck, over the three spine segments.
    Neck,
    Head,
    UpperArmLeft,
    ForearmLeft,
    HandLeft,
    UpperArmRight,
    ForearmRight,
    HandRight,
    ThighLeft,
    ShinLeft,
    FootLeft,
    ThighRight,
    ShinRight,
    FootRight,
};
constexpr int kPartCount = 15;

/// One capsule of the body: from joint `a` to joint `b`, `radius` thick.
struct Capsule
{
    Part part;
    Joint a;
    Joint b;
    double radius;
};

/// Every capsule of the body; the torso is three of them, one per spine segment.
const std::array<Capsule, 17>& bodyCapsules();

/// A posed figure in space (forward kinematics): every joint in centimetres
/// with y up and the floor at y = 0. The lowest part of the body rests on the
/// floor, and the first contact sits at (anchorX, anchorZ) on the floor so
/// that the poses of one exercise line up.
class Body
{
public:
    static Body pose(const BodyPose& pose, double anchorX = 0, double anchorZ = 0);

    Vec3 joint(Joint j) const { return m_joints[static_cast<int>(j)]; }
    /// The orientation of the bone that ends at `j` (the pelvis for the
    /// pelvis and hips, the chest for the neck and shoulders): its forward,
    /// up (along the bone, away from `j` for limbs pointing down) and left axes.
    const Mat3& frame(Joint j) const { return m_frames[static_cast<int>(j)]; }
    /// Where the face looks.
    Vec3 faceDirection() const { return frame(Joint::HeadCentre).x; }

    /// The centre of a body point (for a contact: of its part nearest the
    /// floor) and the radius of the body around it.
    Vec3 point(BodyPoint p) const;
    static double radius(BodyPoint p);
    /// Height of the underside of a body point above the floor.
    double floorGap(BodyPoint p) const;
    /// The lowest and highest corners of the box round the body, radii included.
    Vec3 minimum() const;
    Vec3 maximum() const;

    const BodyPose& bodyPose() const { return m_pose; }

private:
    void translate(const Vec3& offset);
    static Vec3 lowestOf(BodyPoint p, std::initializer_list<std::pair<Vec3, double>> parts);

    std::array<Vec3, kJointCount> m_joints{};
    std::array<Mat3, kJointCount> m_frames{};
    BodyPose m_pose;
};

} // namespace carrywell::core
