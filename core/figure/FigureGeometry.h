#pragma once

#include "core/figure/Pose.h"

#include <QPointF>
#include <QRectF>
#include <array>
#include <initializer_list>
#include <utility>

namespace carrywell::core {

/// Joints of the figure, computed from a Pose.
enum class Joint
{
    Pelvis,
    Neck,
    HeadCentre,
    ShoulderNear,
    ElbowNear,
    WristNear,
    HandNear,
    ShoulderFar,
    ElbowFar,
    WristFar,
    HandFar,
    HipNear,
    KneeNear,
    AnkleNear,
    ToeNear,
    HipFar,
    KneeFar,
    AnkleFar,
    ToeFar,
};
constexpr int kJointCount = 19;

/// Body proportions in centimetres of a figure about 165 cm tall.
struct BodyDimensions
{
    static constexpr double torso = 50;
    static constexpr double neck = 9;
    static constexpr double headRadius = 11;
    static constexpr double upperArm = 29;
    static constexpr double forearm = 24;
    static constexpr double hand = 8;
    static constexpr double thigh = 43;
    static constexpr double shin = 42;
    static constexpr double foot = 19;
    static constexpr double shoulderHalfWidth = 15; ///< Front view only.
    static constexpr double hipHalfWidth = 10;      ///< Front view only.
    static constexpr double torsoRadius = 12;
    static constexpr double upperArmRadius = 5;
    static constexpr double forearmRadius = 4;
    static constexpr double thighRadius = 8;
    static constexpr double shinRadius = 4.8;
    static constexpr double footRadius = 4.2;
};

/// Where every joint of a posed figure is, in centimetres with y up and the
/// floor at y = 0. The lowest part of the body rests on the floor; the first
/// contact point is placed at `anchorX` so poses of one exercise line up.
class FigureGeometry
{
public:
    static FigureGeometry compute(const Pose& pose, FigureView view, bool mirrored,
                                  double anchorX = 0);

    QPointF joint(Joint j) const { return m_joints[static_cast<int>(j)]; }
    /// The centre of a body point and the radius of the body around it.
    QPointF point(BodyPoint p) const;
    static double radius(BodyPoint p);
    /// Height of the underside of a body point above the floor.
    double floorGap(BodyPoint p) const;
    /// Everything the body covers, radii included.
    QRectF bounds() const;

    FigureView view() const { return m_view; }
    bool mirrored() const { return m_mirrored; }
    const Pose& pose() const { return m_pose; }

private:
    void translate(QPointF offset);
    QPointF lowestSurface(BodyPoint p,
                          std::initializer_list<std::pair<QPointF, double>> parts) const;

    std::array<QPointF, kJointCount> m_joints{};
    Pose m_pose;
    FigureView m_view = FigureView::Side;
    bool m_mirrored = false;
};

/// Checks that a pose is one a human body can take: side-view joints within
/// their usual ranges, and the contact points resting on the floor.
/// Returns one message per problem.
QStringList checkPose(const Pose& pose, FigureView view);

} // namespace carrywell::core
