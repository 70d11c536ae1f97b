#include "core/figure/FigureGeometry.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

CARRYWELL_TR_CONTEXT(carrywell::core::FigureGeometry);

namespace carrywell::core {
namespace {

using D = BodyDimensions;

QPointF direction(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {std::sin(radians), -std::cos(radians)};
}

double normalized(double degrees)
{
    double d = std::fmod(degrees, 360.0);
    if (d > 180.0)
        d -= 360.0;
    if (d <= -180.0)
        d += 360.0;
    return d;
}

struct Capsule
{
    Joint a;
    Joint b;
    double radius;
};

constexpr std::array kCapsules{
    Capsule{Joint::Pelvis, Joint::Neck, D::torsoRadius},
    Capsule{Joint::HeadCentre, Joint::HeadCentre, D::headRadius},
    Capsule{Joint::ShoulderNear, Joint::ElbowNear, D::upperArmRadius},
    Capsule{Joint::ElbowNear, Joint::HandNear, D::forearmRadius},
    Capsule{Joint::ShoulderFar, Joint::ElbowFar, D::upperArmRadius},
    Capsule{Joint::ElbowFar, Joint::HandFar, D::forearmRadius},
    Capsule{Joint::HipNear, Joint::KneeNear, D::thighRadius},
    Capsule{Joint::KneeNear, Joint::AnkleNear, D::shinRadius},
    Capsule{Joint::AnkleNear, Joint::ToeNear, D::footRadius},
    Capsule{Joint::HipFar, Joint::KneeFar, D::thighRadius},
    Capsule{Joint::KneeFar, Joint::AnkleFar, D::shinRadius},
    Capsule{Joint::AnkleFar, Joint::ToeFar, D::footRadius},
};

} // namespace

FigureGeometry FigureGeometry::compute(const Pose& pose, FigureView view, bool mirrored,
                                       double anchorX)
{
    FigureGeometry g;
    g.m_pose = pose;
    g.m_view = view;
    g.m_mirrored = mirrored;
    auto& j = g.m_joints;
    const auto at = [&j](Joint joint) -> QPointF& { return j[static_cast<int>(joint)]; };
    const auto seg = [&pose](Segment s, double length) {
        return direction(pose.angle(s)) * length * pose.length(s);
    };

    at(Joint::Pelvis) = {0, 0};
    at(Joint::Neck) = seg(Segment::Torso, D::torso);
    at(Joint::HeadCentre) = at(Joint::Neck) + seg(Segment::Head, D::neck + D::headRadius);

    // Seen from the front, shoulders and hips sit either side of the spine;
    // the near (figure's right) side is on the viewer's left when upright.
    const QPointF spine = direction(pose.angle(Segment::Torso));
    const QPointF across(-spine.y(), spine.x()); // spine turned a quarter to the left
    const bool front = view == FigureView::Front;
    const QPointF shoulderOffset = front ? across * D::shoulderHalfWidth : QPointF();
    const QPointF hipOffset = front ? across * D::hipHalfWidth : QPointF();
    // Side view: the shoulder joint sits a little below the base of the neck.
    const QPointF shoulderBase = front ? at(Joint::Neck) - spine * 4 : at(Joint::Neck) - spine * 5;

    at(Joint::ShoulderNear) = shoulderBase + shoulderOffset;
    at(Joint::ShoulderFar) = shoulderBase - shoulderOffset;
    at(Joint::HipNear) = at(Joint::Pelvis) + hipOffset;
    at(Joint::HipFar) = at(Joint::Pelvis) - hipOffset;

    at(Joint::ElbowNear) = at(Joint::ShoulderNear) + seg(Segment::UpperArmNear, D::upperArm);
    at(Joint::WristNear) = at(Joint::ElbowNear) + seg(Segment::ForearmNear, D::forearm);
    at(Joint::HandNear) = at(Joint::WristNear) + seg(Segment::ForearmNear, D::hand);
    at(Joint::ElbowFar) = at(Joint::ShoulderFar) + seg(Segment::UpperArmFar, D::upperArm);
    at(Joint::WristFar) = at(Joint::ElbowFar) + seg(Segment::ForearmFar, D::forearm);
    at(Joint::HandFar) = at(Joint::WristFar) + seg(Segment::ForearmFar, D::hand);

    at(Joint::KneeNear) = at(Joint::HipNear) + seg(Segment::ThighNear, D::thigh);
    at(Joint::AnkleNear) = at(Joint::KneeNear) + seg(Segment::ShinNear, D::shin);
    at(Joint::ToeNear) = at(Joint::AnkleNear) + seg(Segment::FootNear, D::foot);
    at(Joint::KneeFar) = at(Joint::HipFar) + seg(Segment::ThighFar, D::thigh);
    at(Joint::AnkleFar) = at(Joint::KneeFar) + seg(Segment::ShinFar, D::shin);
    at(Joint::ToeFar) = at(Joint::AnkleFar) + seg(Segment::FootFar, D::foot);

    if (mirrored) {
        for (QPointF& p : j)
            p.setX(-p.x());
    }

    // Rest the lowest part of the body on the floor.
    double lowest = std::numeric_limits<double>::max();
    for (const Capsule& c : kCapsules) {
        lowest = std::min({lowest, at(c.a).y() - c.radius, at(c.b).y() - c.radius});
    }
    g.translate({0, -lowest});

    const BodyPoint first = pose.contacts.isEmpty() ? BodyPoint::Pelvis : pose.contacts.first();
    g.translate({anchorX - g.point(first).x(), 0});
    return g;
}

void FigureGeometry::translate(QPointF offset)
{
    for (QPointF& p : m_joints)
        p += offset;
}

QPointF FigureGeometry::lowestSurface(BodyPoint p,
                                      std::initializer_list<std::pair<QPointF, double>> parts) const
{
    // The part whose underside is lowest, expressed as a point whose
    // underside (y - radius(p)) is that same height.
    auto best = *parts.begin();
    for (const auto& part : parts) {
        if (part.first.y() - part.second < best.first.y() - best.second)
            best = part;
    }
    return {best.first.x(), best.first.y() - best.second + radius(p)};
}

QPointF FigureGeometry::point(BodyPoint p) const
{
    switch (p) {
    case BodyPoint::Head:
        return joint(Joint::HeadCentre);
    case BodyPoint::Shoulders: {
        const QPointF spine =
            joint(Joint::Pelvis) + (joint(Joint::Neck) - joint(Joint::Pelvis)) * 0.9;
        return lowestSurface(p, {{spine, D::torsoRadius},
                                 {joint(Joint::ShoulderNear), D::upperArmRadius},
                                 {joint(Joint::ShoulderFar), D::upperArmRadius}});
    }
    case BodyPoint::UpperBack:
        return joint(Joint::Pelvis) + (joint(Joint::Neck) - joint(Joint::Pelvis)) * 0.72;
    case BodyPoint::Pelvis:
        // Seen from the front, a hip may sit lower than the centre of the pelvis.
        return lowestSurface(p, {{joint(Joint::Pelvis), D::torsoRadius},
                                 {joint(Joint::HipNear), D::thighRadius},
                                 {joint(Joint::HipFar), D::thighRadius}});
    case BodyPoint::HandNear:
        return std::min(joint(Joint::WristNear), joint(Joint::HandNear),
                        [](QPointF a, QPointF b) { return a.y() < b.y(); });
    case BodyPoint::HandFar:
        return std::min(joint(Joint::WristFar), joint(Joint::HandFar),
                        [](QPointF a, QPointF b) { return a.y() < b.y(); });
    case BodyPoint::ElbowNear:
        return joint(Joint::ElbowNear);
    case BodyPoint::ElbowFar:
        return joint(Joint::ElbowFar);
    case BodyPoint::KneeNear:
        return joint(Joint::KneeNear);
    case BodyPoint::KneeFar:
        return joint(Joint::KneeFar);
    case BodyPoint::FootNear:
        return lowestSurface(
            p, {{joint(Joint::AnkleNear), D::shinRadius}, {joint(Joint::ToeNear), D::footRadius}});
    case BodyPoint::FootFar:
        return lowestSurface(
            p, {{joint(Joint::AnkleFar), D::shinRadius}, {joint(Joint::ToeFar), D::footRadius}});
    }
    return {};
}

double FigureGeometry::radius(BodyPoint p)
{
    switch (p) {
    case BodyPoint::Head:
        return D::headRadius;
    case BodyPoint::Shoulders:
    case BodyPoint::UpperBack:
    case BodyPoint::Pelvis:
        return D::torsoRadius;
    case BodyPoint::HandNear:
    case BodyPoint::HandFar:
        return D::forearmRadius;
    case BodyPoint::ElbowNear:
    case BodyPoint::ElbowFar:
        return D::upperArmRadius;
    case BodyPoint::KneeNear:
    case BodyPoint::KneeFar:
        return D::thighRadius; // the thigh is the wider end at the knee
    case BodyPoint::FootNear:
    case BodyPoint::FootFar:
        return D::footRadius;
    }
    return 0;
}

double FigureGeometry::floorGap(BodyPoint p) const
{
    return point(p).y() - radius(p);
}

QRectF FigureGeometry::bounds() const
{
    QRectF box;
    for (const Capsule& c : kCapsules) {
        for (const Joint end : {c.a, c.b}) {
            const QPointF p = joint(end);
            box |= QRectF(p.x() - c.radius, p.y() - c.radius, 2 * c.radius, 2 * c.radius);
        }
    }
    return box;
}

QStringList checkPose(const Pose& pose, FigureView view)
{
    QStringList problems;
    if (view == FigureView::Side) {
        const auto a = [&pose](Segment s) { return pose.angle(s); };
        const double torsoDown = a(Segment::Torso) - 180.0;
        struct Range
        {
            const char* joint;
            double value;
            double min;
            double max;
            Segment a;
            Segment b;
        };
        const Range ranges[] = {
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "neck"),
             normalized(a(Segment::Head) - a(Segment::Torso)), -60, 75, Segment::Head,
             Segment::Torso},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "near shoulder"),
             normalized(a(Segment::UpperArmNear) - torsoDown), -70, 185, Segment::UpperArmNear,
             Segment::Torso},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "far shoulder"),
             normalized(a(Segment::UpperArmFar) - torsoDown), -70, 185, Segment::UpperArmFar,
             Segment::Torso},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "near elbow"),
             normalized(a(Segment::ForearmNear) - a(Segment::UpperArmNear)), -5, 160,
             Segment::ForearmNear, Segment::UpperArmNear},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "far elbow"),
             normalized(a(Segment::ForearmFar) - a(Segment::UpperArmFar)), -5, 160,
             Segment::ForearmFar, Segment::UpperArmFar},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "near hip"),
             normalized(a(Segment::ThighNear) - torsoDown), -40, 165, Segment::ThighNear,
             Segment::Torso},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "far hip"),
             normalized(a(Segment::ThighFar) - torsoDown), -40, 165, Segment::ThighFar,
             Segment::Torso},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "near knee"),
             normalized(a(Segment::ThighNear) - a(Segment::ShinNear)), -5, 165, Segment::ThighNear,
             Segment::ShinNear},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "far knee"),
             normalized(a(Segment::ThighFar) - a(Segment::ShinFar)), -5, 165, Segment::ThighFar,
             Segment::ShinFar},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "near ankle"),
             normalized(a(Segment::FootNear) - a(Segment::ShinNear)), 10, 125, Segment::FootNear,
             Segment::ShinNear},
            {QT_TRANSLATE_NOOP("carrywell::core::FigureGeometry", "far ankle"),
             normalized(a(Segment::FootFar) - a(Segment::ShinFar)), 10, 125, Segment::FootFar,
             Segment::ShinFar},
        };
        for (const Range& r : ranges) {
            // A segment drawn short points out of the picture (an arm raised to
            // the side, a crossed leg); its angle in the picture says little
            // about the joint, so it is not range-checked.
            if (pose.length(r.a) < 0.75 || pose.length(r.b) < 0.75)
                continue;
            // The shoulder range wraps past straight up; allow its full circle there.
            const double value = (r.max > 180 && r.value < r.min) ? r.value + 360 : r.value;
            if (value < r.min || value > r.max) {
                problems.append(tr("the %1 is at %2°, outside the human range %3° to %4°")
                                    .arg(tr(r.joint), LocaleFormat::number(qRound(r.value)),
                                         LocaleFormat::number(qRound(r.min)),
                                         LocaleFormat::number(qRound(r.max))));
            }
        }
    }
    const FigureGeometry geometry = FigureGeometry::compute(pose, view, false);
    for (const BodyPoint contact : pose.contacts) {
        const double gap = geometry.floorGap(contact);
        if (gap > 3.0) {
            problems.append(tr("the %1 should rest on the floor but is %2 cm above it")
                                .arg(toId(contact), LocaleFormat::number(qRound(gap))));
        }
    }
    return problems;
}

} // namespace carrywell::core
