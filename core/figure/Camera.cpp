#include "core/figure/Camera.h"

#include <array>
#include <cmath>

namespace carrywell::core {
namespace {

struct NamedView
{
    const char* name;
    double yaw;
    double pitch;
};

// Three-quarter views look down a little, so a floor pose shows its depth.
constexpr double kThreeQuarterPitch = 15;

constexpr std::array kViews{
    NamedView{"side-right", -90, 0},
    NamedView{"side-left", 90, 0},
    NamedView{"front", 0, 0},
    NamedView{"back", 180, 0},
    NamedView{"top", -90, 90},
    NamedView{"front-right", -45, kThreeQuarterPitch},
    NamedView{"front-left", 45, kThreeQuarterPitch},
    NamedView{"back-right", -135, kThreeQuarterPitch},
    NamedView{"back-left", 135, kThreeQuarterPitch},
};

} // namespace

Camera::Camera(double yaw, double pitch) : m_yaw(yaw), m_pitch(pitch)
{
    const double cy = std::cos(radians(yaw));
    const double sy = std::sin(radians(yaw));
    const double cp = std::cos(radians(pitch));
    const double sp = std::sin(radians(pitch));
    m_toward = {cp * cy, sp, cp * sy};
    m_right = {-sy, 0, cy};
    m_up = m_right.cross(m_toward);
}

std::optional<Camera> Camera::named(const QString& name)
{
    for (const NamedView& view : kViews) {
        if (name == QLatin1String(view.name))
            return Camera(view.yaw, view.pitch);
    }
    return std::nullopt;
}

QStringList Camera::viewNames()
{
    QStringList names;
    for (const NamedView& view : kViews)
        names.append(QString::fromLatin1(view.name));
    return names;
}

QString Camera::name() const
{
    for (const NamedView& view : kViews) {
        if (view.yaw == m_yaw && view.pitch == m_pitch)
            return QString::fromLatin1(view.name);
    }
    return {};
}

Side Camera::nearSide() const
{
    return m_toward.z >= 0 ? Side::Left : Side::Right;
}

} // namespace carrywell::core
