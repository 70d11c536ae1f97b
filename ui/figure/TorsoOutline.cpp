#include "ui/figure/TorsoOutline.h"

#include <QLineF>
#include <cmath>

namespace carrywell::ui {
namespace {

using core::Joint;
using core::Vec3;

struct Station
{
    Vec3 centre;
    const core::Mat3* frame;
    double across; ///< Half width, side to side.
    double deep;   ///< Half depth, front to back.
};

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(0, 1);
}

QPointF mid(QPointF a, QPointF b)
{
    return (a + b) / 2;
}

} // namespace

QPainterPath torsoOutline(const core::Projection& figure)
{
    const core::Body& body = figure.body();
    const core::Camera& camera = figure.camera();
    const double breath = body.bodyPose().breath;
    const core::Mat3& pelvis = body.frame(Joint::Pelvis);
    const core::Mat3& lumbar = body.frame(Joint::Lumbar);
    const core::Mat3& thoracic = body.frame(Joint::Thoracic);
    const core::Mat3& chest = body.frame(Joint::Neck);
    const Vec3 neck = body.joint(Joint::Neck);
    // A full breath lifts the belly and widens the ribs.
    const Vec3 belly = lumbar.x * (2.5 * breath);
    const Station stations[] = {
        {body.joint(Joint::Pelvis) - pelvis.y * 7, &pelvis, 15, 11},
        {body.joint(Joint::Pelvis), &pelvis, 17, 12.5},
        {lerp(body.joint(Joint::Pelvis), body.joint(Joint::Lumbar), 0.8) + belly, &lumbar, 14,
         11.5 + 2 * breath},
        {body.joint(Joint::Thoracic), &thoracic, 15.5 + 1.5 * breath, 12.5 + 1.5 * breath},
        {neck - chest.y * 5, &chest, 17, 10.5},
        {neck + chest.y * 1.5, &chest, 8, 6},
    };
    constexpr int count = sizeof(stations) / sizeof(Station);

    QPointF centres[count];
    for (int i = 0; i < count; ++i)
        centres[i] = camera.project(stations[i].centre);
    QPainterPath path;
    const double spineLength = QLineF(centres[0], centres[count - 1]).length();
    if (spineLength < 12) {
        // The spine points at the viewer (seen from above her head, say): an oval.
        const QPointF c = camera.project(body.joint(Joint::Thoracic));
        const Vec3 across =
            camera.towardViewer().cross(pelvis.z).length() > 0.5 ? chest.z : chest.x;
        const QPointF side = camera.project(across * 16);
        path.addEllipse(c, std::max(12.0, std::abs(side.x())), std::max(12.0, std::abs(side.y())));
        return path;
    }
    QPointF left[count];
    QPointF right[count];
    for (int i = 0; i < count; ++i) {
        const QPointF tangent =
            unit(centres[std::min(i + 1, count - 1)] - centres[std::max(i - 1, 0)]);
        const QPointF normal(-tangent.y(), tangent.x());
        const Vec3 n = camera.right() * normal.x() + camera.up() * normal.y();
        const Station& s = stations[i];
        const double a = s.across * s.frame->z.dot(n);
        const double b = s.deep * s.frame->x.dot(n);
        const double half = std::sqrt(a * a + b * b);
        left[i] = centres[i] + normal * half;
        right[i] = centres[i] - normal * half;
    }
    // Smooth sides through the stations, rounded at both ends.
    path.moveTo(mid(left[0], right[0]));
    path.quadTo(left[0], mid(left[0], left[1]));
    for (int i = 1; i < count - 1; ++i)
        path.quadTo(left[i], mid(left[i], left[i + 1]));
    path.quadTo(left[count - 1], mid(left[count - 1], right[count - 1]));
    path.quadTo(right[count - 1], mid(right[count - 1], right[count - 2]));
    for (int i = count - 2; i > 0; --i)
        path.quadTo(right[i], mid(right[i], right[i - 1]));
    path.quadTo(right[0], mid(left[0], right[0]));
    path.closeSubpath();
    return path;
}

} // namespace carrywell::ui
