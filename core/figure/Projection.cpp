#include "core/figure/Projection.h"

#include <algorithm>

namespace carrywell::core {
namespace {

// On a tie the torso goes first, so limbs beside it are not hidden under it.
constexpr double kTorsoBias = 2.0;

} // namespace

Projection::Projection(const Body& body, const Camera& camera) : m_body(body), m_camera(camera)
{
    for (int i = 0; i < kJointCount; ++i) {
        const Vec3 p = body.joint(static_cast<Joint>(i));
        m_joints[i] = camera.project(p);
        m_depths[i] = camera.depth(p);
    }
    std::array<int, kPartCount> pieces{};
    m_partDepths.fill(0);
    for (const Capsule& c : bodyCapsules()) {
        const int i = static_cast<int>(c.part);
        m_partDepths[i] += (depth(c.a) + depth(c.b)) / 2;
        ++pieces[i];
    }
    for (int i = 0; i < kPartCount; ++i) {
        m_partDepths[i] /= std::max(1, pieces[i]);
        m_order.append(static_cast<Part>(i));
    }
    m_partDepths[static_cast<int>(Part::Torso)] -= kTorsoBias;
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](Part a, Part b) { return depth(a) < depth(b); });
}

bool Projection::isFar(Part part) const
{
    return depth(part) < depth(Part::Torso) - 4;
}

QRectF Projection::bounds() const
{
    QRectF box;
    for (const Capsule& c : bodyCapsules()) {
        for (const Joint end : {c.a, c.b}) {
            const QPointF p = joint(end);
            box |= QRectF(p.x() - c.radius, p.y() - c.radius, 2 * c.radius, 2 * c.radius);
        }
    }
    return box;
}

} // namespace carrywell::core
