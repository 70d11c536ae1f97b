#pragma once

#include "core/figure/Camera.h"
#include "core/figure/Kinematics.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <array>

namespace carrywell::core {

/// A posed body seen through a camera: every joint in the picture (cm, x
/// right, y up) with its depth, and the parts in the order a painter draws
/// them, farthest first.
class Projection
{
public:
    Projection(const Body& body, const Camera& camera);

    QPointF joint(Joint j) const { return m_joints[static_cast<int>(j)]; }
    double depth(Joint j) const { return m_depths[static_cast<int>(j)]; }
    QPointF point(BodyPoint p) const { return m_camera.project(m_body.point(p)); }
    QPointF project(const Vec3& p) const { return m_camera.project(p); }

    /// The parts, farthest from the viewer first.
    const QList<Part>& drawingOrder() const { return m_order; }
    /// How near the viewer a part is (its middle); larger is nearer.
    double depth(Part part) const { return m_partDepths[static_cast<int>(part)]; }
    /// Whether a part is on the far half of the body, drawn a shade darker.
    bool isFar(Part part) const;
    /// Everything the body covers in the picture, radii included.
    QRectF bounds() const;

    const Body& body() const { return m_body; }
    const Camera& camera() const { return m_camera; }

private:
    Body m_body;
    Camera m_camera;
    std::array<QPointF, kJointCount> m_joints{};
    std::array<double, kJointCount> m_depths{};
    std::array<double, kPartCount> m_partDepths{};
    QList<Part> m_order;
};

} // namespace carrywell::core
