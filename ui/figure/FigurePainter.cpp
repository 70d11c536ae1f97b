#include "ui/figure/FigurePainter.h"

#include "ui/figure/TorsoOutline.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace carrywell::ui {
namespace {

using core::BodyDimensions;
using core::Joint;
using core::Part;
using core::Side;
using core::Vec3;

QPointF lerp(QPointF a, QPointF b, double t)
{
    return a + (b - a) * t;
}

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(0, 1);
}

struct LimbPart
{
    Part part;
    Joint a;
    Joint b;
    double radius;
};

constexpr LimbPart kLimbs[] = {
    {Part::UpperArmLeft, Joint::ShoulderLeft, Joint::ElbowLeft, BodyDimensions::upperArmRadius},
    {Part::ForearmLeft, Joint::ElbowLeft, Joint::WristLeft, BodyDimensions::forearmRadius},
    {Part::UpperArmRight, Joint::ShoulderRight, Joint::ElbowRight, BodyDimensions::upperArmRadius},
    {Part::ForearmRight, Joint::ElbowRight, Joint::WristRight, BodyDimensions::forearmRadius},
    {Part::ThighLeft, Joint::HipLeft, Joint::KneeLeft, BodyDimensions::thighRadius},
    {Part::ShinLeft, Joint::KneeLeft, Joint::AnkleLeft, BodyDimensions::shinRadius},
    {Part::ThighRight, Joint::HipRight, Joint::KneeRight, BodyDimensions::thighRadius},
    {Part::ShinRight, Joint::KneeRight, Joint::AnkleRight, BodyDimensions::shinRadius},
    {Part::Neck, Joint::Neck, Joint::Skull, BodyDimensions::neckRadius},
};

} // namespace

void FigurePainter::paintLimb(QPainter& painter, QPointF a, QPointF b, double radius,
                              const QColor& fill) const
{
    const double outline = 1.6;
    QPen pen(m_style.outline, 2 * radius + 2 * outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawLine(a, b);
    pen.setColor(fill);
    pen.setWidthF(2 * radius);
    painter.setPen(pen);
    painter.drawLine(a, b);
}

void FigurePainter::paintTorso(QPainter& painter, const core::Projection& figure,
                               const QColor& fill) const
{
    painter.setPen(QPen(m_style.outline, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    painter.drawPath(torsoOutline(figure));
}

void FigurePainter::paintHead(QPainter& painter, const core::Projection& figure,
                              const QColor& fill) const
{
    const core::Body& body = figure.body();
    const core::Camera& camera = figure.camera();
    const core::Mat3& head = body.frame(Joint::HeadCentre);
    const Vec3 centre3 = body.joint(Joint::HeadCentre);
    const QPointF centre = figure.joint(Joint::HeadCentre);
    const double r = BodyDimensions::headRadius;
    const QPointF forward = camera.project(head.x); // shorter the more she faces the viewer
    const QPointF up = camera.project(head.y);
    const double facing = camera.depth(head.x); // 1 looking at the viewer, -1 away

    // A bun at the back of the head, behind it when she faces the viewer.
    const Vec3 bun3 = centre3 - head.x * (r + 0.5) + head.y * (0.45 * r);
    const auto paintBun = [&] {
        painter.setPen(QPen(m_style.outline, 1.6));
        painter.setBrush(m_style.hair);
        painter.drawEllipse(camera.project(bun3), 4.5, 4.5);
    };
    const bool bunBehind = camera.depth(bun3) < camera.depth(centre3);
    if (bunBehind)
        paintBun();

    painter.setPen(QPen(m_style.outline, 1.6));
    painter.setBrush(fill);
    painter.drawEllipse(centre, r, r);

    // Hair everywhere but the face: a disc on the front of the head, seen
    // from wherever the camera is.
    QPainterPath hair;
    hair.addEllipse(centre, r, r);
    if (facing > -0.25) {
        QPainterPath face;
        face.addEllipse(centre + forward * (0.6 * r) - up * (0.18 * r), 0.86 * r, 0.86 * r);
        hair = hair.subtracted(face);
    }
    painter.setBrush(m_style.hair);
    painter.drawPath(hair);
    if (!bunBehind)
        paintBun();

    // Eyes where they face the viewer, and a nose in profile.
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.outline);
    for (const double side : {-1.0, 1.0}) {
        const Vec3 eye = head.x * (0.82 * r) + head.z * (side * 0.36 * r) + head.y * (0.12 * r);
        if (camera.depth(eye) > 0.5 && facing > -0.1)
            painter.drawEllipse(centre + camera.project(eye), 1.2, 1.2);
    }
    const double profile = std::hypot(forward.x(), forward.y());
    if (profile > 0.35) {
        const QPointF f = unit(forward);
        const QPointF u = unit(up - f * QPointF::dotProduct(up, f));
        const QPointF rim = centre + f * (r * profile - 0.5);
        QPainterPath nose;
        nose.moveTo(rim + u * 1.5);
        nose.lineTo(rim + f * 2.6 - u * 1.5);
        nose.lineTo(rim - u * 3.5);
        painter.setPen(QPen(m_style.outline, 1.6));
        painter.setBrush(fill);
        painter.drawPath(nose);
    }
}

void FigurePainter::paintHand(QPainter& painter, const core::Projection& figure, Side side,
                              const QColor& fill) const
{
    // A mitten: a broad palm and the fingers together.
    const QPointF wrist = figure.joint(core::sided(Joint::WristLeft, side));
    const QPointF tips = figure.joint(core::sided(Joint::HandLeft, side));
    paintLimb(painter, wrist, lerp(wrist, tips, 0.45), BodyDimensions::handRadius, fill);
    paintLimb(painter, lerp(wrist, tips, 0.4), lerp(wrist, tips, 0.8), 3.0, fill);
}

void FigurePainter::paintFoot(QPainter& painter, const core::Projection& figure, Side side,
                              const QColor& fill) const
{
    // Heel behind and below the ankle, tapering to the toes.
    const core::Body& body = figure.body();
    const Joint ankle = core::sided(Joint::AnkleLeft, side);
    const Joint toe = core::sided(Joint::ToeLeft, side);
    const core::Mat3& foot = body.frame(toe);
    const QPointF heel = figure.project(body.joint(ankle) - foot.x * 4 - foot.y * 1.5);
    const QPointF ball = figure.project(lerp(body.joint(ankle), body.joint(toe), 0.7) - foot.y);
    const QPointF tip = figure.project(body.joint(toe) - foot.y * 1.5);
    paintLimb(painter, heel, ball, BodyDimensions::footRadius, fill);
    paintLimb(painter, ball, tip, 3.2, fill);
}

QPointF FigurePainter::spinePoint(const core::Projection& g, double t)
{
    const Joint spine[] = {Joint::Pelvis, Joint::Lumbar, Joint::Thoracic, Joint::Neck};
    const double scaled = std::clamp(t, 0.0, 1.0) * 3;
    const int i = std::min(2, static_cast<int>(scaled));
    return lerp(g.joint(spine[i]), g.joint(spine[i + 1]), scaled - i);
}

void FigurePainter::paintHighlight(QPainter& painter, const core::Projection& g,
                                   const QList<core::Region>& regions) const
{
    const auto spine = [&g](double t) { return spinePoint(g, t); };
    QPen pen(m_style.highlight, 34, Qt::SolidLine, Qt::RoundCap);
    const auto glow = [&](QPointF a, QPointF b, double width) {
        pen.setWidthF(width);
        painter.setPen(pen);
        painter.drawLine(a, b);
    };
    for (const core::Region region : regions) {
        switch (region) {
        case core::Region::Neck:
            glow(spine(0.95), lerp(g.joint(Joint::Neck), g.joint(Joint::HeadCentre), 0.5), 20);
            break;
        case core::Region::UpperBack:
            glow(spine(0.55), spine(0.75), 34);
            glow(spine(0.75), spine(0.92), 34);
            break;
        case core::Region::LowerBack:
            glow(spine(0.1), spine(0.3), 32);
            glow(spine(0.3), spine(0.5), 32);
            break;
        case core::Region::Core:
            glow(spine(0.2), spine(0.4), 32);
            glow(spine(0.4), spine(0.6), 32);
            break;
        case core::Region::ChestShoulders:
            glow(spine(0.72), spine(0.95), 36);
            for (const Side side : {Side::Left, Side::Right}) {
                const QPointF shoulder = g.joint(core::sided(Joint::ShoulderLeft, side));
                const QPointF elbow = g.joint(core::sided(Joint::ElbowLeft, side));
                glow(shoulder, lerp(shoulder, elbow, 0.45), 18);
            }
            break;
        case core::Region::HipsGlutes:
            for (const Side side : {Side::Left, Side::Right}) {
                const QPointF hip = g.joint(core::sided(Joint::HipLeft, side));
                const QPointF knee = g.joint(core::sided(Joint::KneeLeft, side));
                glow(g.joint(Joint::Pelvis), lerp(hip, knee, 0.4), 26);
            }
            break;
        case core::Region::PelvicFloor:
            break; // Drawn over the body, see paintFigure().
        }
    }
}

void FigurePainter::paintBody(QPainter& painter, const core::Projection& g, bool ghost) const
{
    for (const Part part : g.drawingOrder()) {
        const QColor& fill = !ghost && g.isFar(part) ? m_style.bodyFar : m_style.body;
        switch (part) {
        case Part::Torso:
            paintTorso(painter, g, fill);
            continue;
        case Part::Head:
            paintHead(painter, g, fill);
            continue;
        case Part::HandLeft:
        case Part::HandRight:
            paintHand(painter, g, part == Part::HandLeft ? Side::Left : Side::Right, fill);
            continue;
        case Part::FootLeft:
        case Part::FootRight:
            paintFoot(painter, g, part == Part::FootLeft ? Side::Left : Side::Right, fill);
            continue;
        default:
            break;
        }
        for (const LimbPart& limb : kLimbs) {
            if (limb.part == part)
                paintLimb(painter, g.joint(limb.a), g.joint(limb.b), limb.radius, fill);
        }
    }
}

void FigurePainter::paintFigure(QPainter& painter, const core::Projection& figure,
                                const QList<core::Region>& highlight) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintHighlight(painter, figure, highlight);
    paintBody(painter, figure, false);
    if (highlight.contains(core::Region::PelvicFloor)) {
        // The pelvic floor sits deep between the legs, where thighs and arms
        // would hide a glow behind the body: show it as a soft disc on top.
        const core::Body& body = figure.body();
        const QPointF pelvis =
            figure.project(body.joint(Joint::Pelvis) - body.frame(Joint::Pelvis).y * 6);
        QColor glow = m_style.highlight;
        glow.setAlpha(120);
        painter.setPen(QPen(m_style.highlight.darker(130), 1.2, Qt::DashLine));
        painter.setBrush(glow);
        painter.drawEllipse(pelvis, 8.5, 8.5);
    }
    painter.restore();
}

void FigurePainter::paintGhost(QPainter& painter, const core::Projection& figure) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(m_style.ghostOpacity);
    paintBody(painter, figure, true);
    painter.restore();
}

void FigurePainter::paintMotionArrow(QPainter& painter, const core::Projection& from,
                                     const core::Projection& to) const
{
    const Joint candidates[] = {Joint::HandLeft,   Joint::HandRight, Joint::ElbowLeft,
                                Joint::ElbowRight, Joint::KneeLeft,  Joint::KneeRight,
                                Joint::ToeLeft,    Joint::ToeRight,  Joint::HeadCentre,
                                Joint::Pelvis,     Joint::Thoracic};
    QPointF a;
    QPointF b;
    double bestDistance = -1;
    for (const Joint j : candidates) {
        const double d = QLineF(from.joint(j), to.joint(j)).length();
        if (d > bestDistance) {
            bestDistance = d;
            a = from.joint(j);
            b = to.joint(j);
        }
    }
    if (bestDistance < 2.5)
        return;

    // Start and end a little off the joint, bowing away from the body; short
    // moves get a short, still visible arrow just beside the joint.
    const QPointF dir = unit(b - a);
    const double inset = std::min(6.0, bestDistance * 0.15);
    a += dir * inset;
    b -= dir * inset;
    const QPointF centre = (from.bounds().center() + to.bounds().center()) / 2;
    if (bestDistance < 12) {
        const QPointF offset = QPointF(-dir.y(), dir.x()) * 14;
        const QPointF sideways =
            QPointF::dotProduct(offset, (a + b) / 2 - centre) < 0 ? -offset : offset;
        const double stretch = (12 - bestDistance) / 2;
        a += sideways - dir * stretch;
        b += sideways + dir * stretch;
    }
    QPointF normal(-dir.y(), dir.x());
    const QPointF middle = (a + b) / 2;
    if (QPointF::dotProduct(normal, middle - centre) < 0)
        normal = -normal;
    const QPointF control = middle + normal * (QLineF(a, b).length() * 0.25);

    QPainterPath path;
    path.moveTo(a);
    path.quadTo(control, b);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_style.arrow, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Arrowhead along the curve's final direction.
    const QPointF tangent = unit(b - control);
    const QPointF side(-tangent.y(), tangent.x());
    QPolygonF head;
    head << b + tangent * 10 << b - tangent * 3 + side * 7.5 << b - tangent * 3 - side * 7.5;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.arrow);
    painter.drawPolygon(head);
    painter.restore();
}

} // namespace carrywell::ui
