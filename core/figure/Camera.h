#pragma once

#include "core/figure/Skeleton.h"
#include "core/figure/Vec3.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// An orthographic view of the figure's space. `yaw` is where the viewer
/// stands around the figure, in degrees from straight in front, towards the
/// figure's left (90 looks at her left side, -90 at her right side, 180 at
/// her back); `pitch` raises the viewer (90 looks straight down).
/// Pictures have x to the right and y up, in centimetres.
class Camera
{
public:
    Camera() = default;
    Camera(double yaw, double pitch);

    /// A named view: side-right, side-left, front, back, top, front-right,
    /// front-left, back-right, back-left; nullopt for any other name.
    static std::optional<Camera> named(const QString& name);
    static QStringList viewNames();

    double yaw() const { return m_yaw; }
    double pitch() const { return m_pitch; }
    /// The view's name when it is a named view, else empty.
    QString name() const;

    Vec3 right() const { return m_right; }
    Vec3 up() const { return m_up; }
    /// From the figure towards the viewer.
    Vec3 towardViewer() const { return m_toward; }

    QPointF project(const Vec3& p) const { return {p.dot(m_right), p.dot(m_up)}; }
    /// How near the viewer a point is: larger is nearer, drawn later.
    double depth(const Vec3& p) const { return p.dot(m_toward); }
    /// The side of an unturned figure that faces the viewer.
    Side nearSide() const;

    bool operator==(const Camera& o) const { return m_yaw == o.m_yaw && m_pitch == o.m_pitch; }

private:
    double m_yaw = -90;
    double m_pitch = 0;
    Vec3 m_right{1, 0, 0};
    Vec3 m_up{0, 1, 0};
    Vec3 m_toward{0, 0, -1};
};

} // namespace carrywell::core
