#include "ui/figure/FigurePainter.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace carrywell::ui {
namespace {

using core::BodyDimensions;
using core::Joint;

QPointF lerp(QPointF a, QPointF b, double t)
{
    return a + (b - a) * t;
}

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(0, 1);
}

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

void FigurePainter::paintTorso(QPainter& painter, const core::FigureGeometry& g,
                               const QColor& fill) const
{
    const QPointF pelvis = g.joint(Joint::Pelvis);
    const QPointF neck = g.joint(Joint::Neck);
    const QPointF along = unit(neck - pelvis);
    const QPointF across(-along.y(), along.x());
    const bool front = g.view() == core::FigureView::Front;
    // A gently tapered trunk: wider chest, softer waist, rounded hips.
    const double hip = front ? 15 : 12.5;
    const double waist = front ? 12.5 : 11;
    const double chest = front ? 17 : 13;
    // Side view: the back is a quarter turn behind the spine direction.
    const QPointF dorsal = front ? QPointF() : (g.mirrored() ? -across : across);
    const double curve = g.pose().spineCurve;
    const QPointF waistPoint = lerp(pelvis, neck, 0.45) + dorsal * curve;
    const QPointF chestPoint = lerp(pelvis, neck, 0.8) + dorsal * (curve * 0.8);
    QPainterPath path;
    path.moveTo(pelvis + across * hip);
    path.cubicTo(waistPoint + across * waist, chestPoint + across * chest,
                 neck + across * (chest * 0.6) + along * 2);
    path.quadTo(neck + along * 6, neck - across * (chest * 0.6) + along * 2);
    path.cubicTo(chestPoint - across * chest, waistPoint - across * waist, pelvis - across * hip);
    path.quadTo(pelvis - along * (hip * 1.3), pelvis + across * hip);
    path.closeSubpath();
    painter.setPen(QPen(m_style.outline, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    painter.drawPath(path);
}

void FigurePainter::paintHead(QPainter& painter, const core::FigureGeometry& g,
                              const QColor& fill) const
{
    const QPointF neck = g.joint(Joint::Neck);
    const QPointF centre = g.joint(Joint::HeadCentre);
    const double r = BodyDimensions::headRadius;
    const QPointF up = unit(centre - neck);
    // The face looks a quarter turn forward from the neck line; mirrored
    // figures face left.
    const QPointF forward = g.mirrored() ? QPointF(-up.y(), up.x()) : QPointF(up.y(), -up.x());

    paintLimb(painter, neck, lerp(neck, centre, 0.55), 5, fill);
    painter.setPen(QPen(m_style.outline, 1.6));
    painter.setBrush(fill);
    painter.drawEllipse(centre, r, r);

    // Hair: a cap over the top and back of the head, with a small bun.
    // Angles here are as seen (y up); QPainterPath measures them with y down,
    // so they are negated when drawn.
    const bool front = g.view() == core::FigureView::Front;
    const QPointF back = front ? QPointF() : -forward;
    const double angleUp = std::atan2(up.y(), up.x()) * 180.0 / M_PI;
    double start = angleUp - 80;
    double span = 160;
    if (!front) {
        start = g.mirrored() ? angleUp + 45 : angleUp - 45;
        span = g.mirrored() ? -160 : 160;
    }
    QPainterPath hair;
    const QRectF box(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
    hair.arcMoveTo(box, -start);
    hair.arcTo(box, -start, -span);
    hair.closeSubpath();
    painter.setBrush(m_style.hair);
    painter.drawPath(hair);
    if (!front) {
        // The bun sits at the back of the head, a little up. Lying down it
        // moves round towards the crown, so it rests on the head instead of
        // poking through the floor or the pillow under it.
        const double bunRadius = 4.5;
        const double bunDistance = std::hypot(r + 1.5, 3.0);
        const double lowest = -r + 1 + bunRadius; // its underside just above the head's
        double turn = std::atan2(3.0, r + 1.5);
        QPointF bun = back * std::cos(turn) + up * std::sin(turn);
        while (bun.y() * bunDistance < lowest && turn < M_PI / 2) {
            turn = std::min(M_PI / 2, turn + M_PI / 36);
            bun = back * std::cos(turn) + up * std::sin(turn);
        }
        painter.drawEllipse(centre + bun * bunDistance, bunRadius, bunRadius);
        // Nose.
        const QPointF tip = centre + forward * (r + 2.2) - up * 1.5;
        QPainterPath nose;
        nose.moveTo(centre + forward * (r - 0.5) + up * 1.5);
        nose.lineTo(tip);
        nose.lineTo(centre + forward * (r - 0.5) - up * 3.5);
        painter.setBrush(fill);
        painter.drawPath(nose);
    }
}

QPointF FigurePainter::spinePoint(const core::FigureGeometry& g, double t)
{
    // Along the spine from pelvis (0) to neck (1), bowed like the drawn back.
    const QPointF pelvis = g.joint(Joint::Pelvis);
    const QPointF neck = g.joint(Joint::Neck);
    const QPointF along = unit(neck - pelvis);
    const QPointF across(-along.y(), along.x());
    const QPointF dorsal =
        g.view() == core::FigureView::Front ? QPointF() : (g.mirrored() ? -across : across);
    const double bow = 4 * t * (1 - t); // 1 in the middle, 0 at the ends
    return lerp(pelvis, neck, t) + dorsal * (g.pose().spineCurve * bow);
}

void FigurePainter::paintHighlight(QPainter& painter, const core::FigureGeometry& g,
                                   const QList<core::Region>& regions) const
{
    const QPointF pelvis = g.joint(Joint::Pelvis);
    const QPointF neck = g.joint(Joint::Neck);
    const auto spine = [&g](double t) { return spinePoint(g, t); };
    QPen pen(m_style.highlight, 34, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const auto glow = [&](QPointF a, QPointF b, double width) {
        pen.setWidthF(width);
        painter.setPen(pen);
        painter.drawLine(a, b);
    };
    for (const core::Region region : regions) {
        switch (region) {
        case core::Region::Neck:
            glow(spine(0.95), lerp(neck, g.joint(Joint::HeadCentre), 0.5), 20);
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
            glow(g.joint(Joint::ShoulderNear),
                 lerp(g.joint(Joint::ShoulderNear), g.joint(Joint::ElbowNear), 0.45), 18);
            break;
        case core::Region::HipsGlutes:
            glow(pelvis, lerp(g.joint(Joint::HipNear), g.joint(Joint::KneeNear), 0.4), 28);
            glow(pelvis, lerp(g.joint(Joint::HipFar), g.joint(Joint::KneeFar), 0.4), 24);
            break;
        case core::Region::PelvicFloor:
            break; // Drawn over the body, see paintPelvicFloor().
        }
    }
}

void FigurePainter::paintBody(QPainter& painter, const core::FigureGeometry& g, bool ghost) const
{
    using D = BodyDimensions;
    const QColor near = m_style.body;
    const QColor far = ghost ? m_style.body : m_style.bodyFar;
    const auto limb = [&](Joint a, Joint b, double r, const QColor& c) {
        paintLimb(painter, g.joint(a), g.joint(b), r, c);
    };
    const auto hand = [&](Joint wrist, Joint tip, const QColor& c) {
        paintLimb(painter, g.joint(wrist), lerp(g.joint(wrist), g.joint(tip), 0.7), 3.6, c);
    };
    // Far limbs sit behind the body.
    limb(Joint::HipFar, Joint::KneeFar, D::thighRadius, far);
    limb(Joint::KneeFar, Joint::AnkleFar, D::shinRadius, far);
    limb(Joint::AnkleFar, Joint::ToeFar, D::footRadius, far);
    limb(Joint::ShoulderFar, Joint::ElbowFar, D::upperArmRadius, far);
    limb(Joint::ElbowFar, Joint::WristFar, D::forearmRadius, far);
    hand(Joint::WristFar, Joint::HandFar, far);

    paintTorso(painter, g, near);
    paintHead(painter, g, near);

    limb(Joint::HipNear, Joint::KneeNear, D::thighRadius, near);
    limb(Joint::KneeNear, Joint::AnkleNear, D::shinRadius, near);
    limb(Joint::AnkleNear, Joint::ToeNear, D::footRadius, near);
    limb(Joint::ShoulderNear, Joint::ElbowNear, D::upperArmRadius, near);
    limb(Joint::ElbowNear, Joint::WristNear, D::forearmRadius, near);
    hand(Joint::WristNear, Joint::HandNear, near);
}

void FigurePainter::paintFigure(QPainter& painter, const core::FigureGeometry& figure,
                                const QList<core::Region>& highlight) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintHighlight(painter, figure, highlight);
    paintBody(painter, figure, false);
    if (highlight.contains(core::Region::PelvicFloor)) {
        // The pelvic floor sits deep between the legs, where thighs and arms
        // would hide a glow behind the body: show it as a soft disc on top.
        const QPointF pelvis = figure.joint(Joint::Pelvis);
        const QPointF down = -unit(figure.joint(Joint::Neck) - pelvis);
        QColor glow = m_style.highlight;
        glow.setAlpha(120);
        painter.setPen(QPen(m_style.highlight.darker(130), 1.2, Qt::DashLine));
        painter.setBrush(glow);
        painter.drawEllipse(pelvis + down * 6, 8.5, 8.5);
    }
    painter.restore();
}

void FigurePainter::paintGhost(QPainter& painter, const core::FigureGeometry& figure) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(m_style.ghostOpacity);
    paintBody(painter, figure, true);
    painter.restore();
}

void FigurePainter::paintMotionArrow(QPainter& painter, const core::FigureGeometry& from,
                                     const core::FigureGeometry& to) const
{
    const Joint candidates[] = {Joint::HandNear, Joint::HandFar,    Joint::ElbowNear,
                                Joint::KneeNear, Joint::KneeFar,    Joint::ToeNear,
                                Joint::ToeFar,   Joint::HeadCentre, Joint::Pelvis};
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
    // A back that rounds or arches moves most in the middle of the spine.
    const double spineMove = QLineF(spinePoint(from, 0.5), spinePoint(to, 0.5)).length();
    if (spineMove > bestDistance) {
        bestDistance = spineMove;
        a = spinePoint(from, 0.5);
        b = spinePoint(to, 0.5);
    }
    if (bestDistance < 2.5)
        return;

    // Start and end a little off the joint, bowing away from the body; short
    // moves get a short, still visible arrow just beside the joint.
    const QPointF dir = unit(b - a);
    const double inset = std::min(6.0, bestDistance * 0.15);
    a += dir * inset;
    b -= dir * inset;
    if (bestDistance < 12) {
        const QPointF offset = QPointF(-dir.y(), dir.x()) * 14;
        const QPointF centre = (from.bounds().center() + to.bounds().center()) / 2;
        const QPointF sideways =
            QPointF::dotProduct(offset, (a + b) / 2 - centre) < 0 ? -offset : offset;
        const double stretch = (12 - bestDistance) / 2;
        a += sideways - dir * stretch;
        b += sideways + dir * stretch;
    }
    QPointF normal(-dir.y(), dir.x());
    const QPointF centre = (from.bounds().center() + to.bounds().center()) / 2;
    const QPointF mid = (a + b) / 2;
    if (QPointF::dotProduct(normal, mid - centre) < 0)
        normal = -normal;
    const QPointF control = mid + normal * (QLineF(a, b).length() * 0.25);

    QPainterPath path;
    path.moveTo(a);
    path.quadTo(control, b);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_style.arrow, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Arrowhead along the curve's final direction.
    const QPointF tangent = unit(b - control);
    const QPointF side(-tangent.y(), tangent.x());
    QPolygonF head;
    head << b + tangent * 7 << b - tangent * 2 + side * 5.5 << b - tangent * 2 - side * 5.5;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.arrow);
    painter.drawPolygon(head);
    painter.restore();
}

} // namespace carrywell::ui
