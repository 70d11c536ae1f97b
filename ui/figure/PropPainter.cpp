#include "ui/figure/PropPainter.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace carrywell::ui {
namespace {

using core::PropType;
using core::Vec3;
using D = core::BodyDimensions;

constexpr double kRollerRadius = 7.5;
constexpr double kRollerHalfLength = 30;
constexpr double kBallRadius = 5;
constexpr double kTableHeight = 72;
constexpr double kDoorHeight = 205;
constexpr double kDoorHalfWidth = 45;

// The convex outline of points, for drawing a box from its eight corners.
QPolygonF hull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    const auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> h(points.size() * 2);
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], points[i]) <= 0)
            --k;
        h[k++] = points[i];
    }
    for (qsizetype i = points.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], points[i]) <= 0)
            --k;
        h[k++] = points[i];
    }
    h.resize(std::max<qsizetype>(k - 1, 0));
    return QPolygonF(h);
}

} // namespace

bool PropPainter::drawnInFront(const core::PropSpec& prop)
{
    const bool betweenKnees =
        prop.type == PropType::Pillow && prop.at &&
        (*prop.at == core::BodyPoint::KneeLeft || *prop.at == core::BodyPoint::KneeRight);
    return betweenKnees || prop.type == PropType::Band || prop.type == PropType::Weight ||
           prop.type == PropType::Baby || prop.type == PropType::CarSeat;
}

Vec3 PropPainter::anchor(const core::PropSpec& prop, const core::Projection& current) const
{
    const core::Body& body = prop.followsBody() ? current.body() : m_first.body();
    return body.point(prop.anchorPoint()) + Vec3{prop.x, prop.y, prop.z};
}

void PropPainter::paintBehind(QPainter& painter, const QList<core::PropSpec>& props,
                              const core::Projection& current, const QString& pose) const
{
    for (const core::PropSpec& prop : props) {
        if (!drawnInFront(prop) && prop.shownIn(pose))
            paint(painter, prop, current);
    }
}

void PropPainter::paintInFront(QPainter& painter, const QList<core::PropSpec>& props,
                               const core::Projection& current, const QString& pose) const
{
    for (const core::PropSpec& prop : props) {
        if (drawnInFront(prop) && prop.shownIn(pose))
            paint(painter, prop, current);
    }
}

void PropPainter::paintBoxes(QPainter& painter, QList<Box> boxes, const QColor& fill,
                             double rounding) const
{
    const core::Camera& camera = m_first.camera();
    std::stable_sort(boxes.begin(), boxes.end(), [&camera](const Box& a, const Box& b) {
        return camera.depth((a.low + a.high) / 2) < camera.depth((b.low + b.high) / 2);
    });
    painter.setPen(QPen(m_style.propOutline, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    for (const Box& box : boxes) {
        QList<QPointF> corners;
        for (const double x : {box.low.x, box.high.x}) {
            for (const double y : {box.low.y, box.high.y}) {
                for (const double z : {box.low.z, box.high.z})
                    corners.append(camera.project(Vec3{x, y, z}));
            }
        }
        const QPolygonF outline = hull(corners);
        if (rounding > 0 && outline.boundingRect().width() > 2 * rounding &&
            outline.boundingRect().height() > 2 * rounding) {
            QPainterPath path;
            path.addPolygon(outline);
            path.closeSubpath();
            painter.drawPath(path);
        } else {
            painter.drawPolygon(outline);
        }
    }
}

void PropPainter::paintRod(QPainter& painter, const Vec3& a, const Vec3& b, double radius,
                           const QColor& fill, bool showCore) const
{
    const core::Camera& camera = m_first.camera();
    const QPointF pa = camera.project(a);
    const QPointF pb = camera.project(b);
    if (QLineF(pa, pb).length() < radius * 0.5) {
        // Seen end on: a circle, with the roller's hollow core.
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(fill);
        painter.drawEllipse(pa, radius, radius);
        if (showCore)
            painter.drawEllipse(pa, radius * 0.45, radius * 0.45);
        return;
    }
    QPen pen(m_style.propOutline, 2 * radius + 2.8, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(pa, pb);
    pen.setColor(fill);
    pen.setWidthF(2 * radius);
    painter.setPen(pen);
    painter.drawLine(pa, pb);
    // The near end as an oval face.
    painter.setPen(QPen(m_style.propOutline, 1.4));
    painter.setBrush(fill.darker(108));
    const QPointF nearEnd = camera.depth(a) > camera.depth(b) ? pa : pb;
    const QPointF along = (pb - pa) / QLineF(pa, pb).length();
    const double squash = std::max(0.15, 1 - QLineF(pa, pb).length() / (b - a).length());
    painter.save();
    painter.translate(nearEnd);
    painter.rotate(std::atan2(along.y(), along.x()) * 180 / M_PI);
    painter.drawEllipse(QPointF(), radius * squash, radius);
    painter.restore();
}

void PropPainter::paintMat(QPainter& painter, const core::Projection& current) const
{
    const Vec3 low = m_first.body().minimum();
    const Vec3 high = m_first.body().maximum();
    const Vec3 lowNow = current.body().minimum();
    const Vec3 highNow = current.body().maximum();
    const Box mat{{std::min(low.x, lowNow.x) - 12, 0, std::min(low.z, lowNow.z) - 12},
                  {std::max(high.x, highNow.x) + 12, 1.5, std::max(high.z, highNow.z) + 12}};
    painter.setPen(Qt::NoPen);
    paintBoxes(painter, {mat}, m_style.mat, 0);
}

void PropPainter::paintBand(QPainter& painter, const core::PropSpec& prop,
                            const core::Projection& current) const
{
    const core::Camera& camera = m_first.camera();
    const QPointF left = current.point(core::BodyPoint::HandLeft);
    const QPointF right = current.point(core::BodyPoint::HandRight);
    painter.setPen(QPen(m_style.band, 2.6, Qt::SolidLine, Qt::RoundCap));
    if (prop.betweenHands) {
        painter.drawLine(left, right);
        return;
    }
    // Tied round the leg of a table.
    const core::Body& first = m_first.body();
    const Vec3 base = first.point(first.bodyPose().contacts.value(0, core::BodyPoint::Pelvis));
    const Vec3 knot{base.x + prop.anchorX, prop.anchorY, base.z + prop.anchorZ};
    paintBoxes(painter,
               {Box{{knot.x - 2.5, 0, knot.z - 2.5}, {knot.x + 2.5, kTableHeight, knot.z + 2.5}},
                Box{{knot.x - 4, kTableHeight, knot.z - 40},
                    {knot.x + 60, kTableHeight + 4, knot.z + 40}}},
               m_style.prop);
    painter.setPen(QPen(m_style.band, 2.6, Qt::SolidLine, Qt::RoundCap));
    const QPointF k = camera.project(knot);
    painter.drawLine(left, k);
    painter.drawLine(right, k);
    painter.setBrush(m_style.band);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(k, 2.5, 2.5);
}

void PropPainter::paint(QPainter& painter, const core::PropSpec& prop,
                        const core::Projection& current) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Vec3 at = anchor(prop, current);
    const core::Camera& camera = m_first.camera();
    switch (prop.type) {
    case PropType::Mat:
        paintMat(painter, current);
        break;
    case PropType::Chair: {
        // Seat right under the thighs, legs to the floor, backrest behind.
        const double thighs = m_first.body().joint(core::Joint::Pelvis).y - D::thighRadius;
        const double seat = std::max(20.0, thighs) + prop.y;
        const double back = at.x - 16;
        const double z = at.z;
        QList<Box> parts{Box{{back, seat - 4, z - 22}, {back + 40, seat, z + 22}},
                         Box{{back - 5, seat, z - 22}, {back - 1, seat + 44, z + 22}}};
        for (const double x : {back, back + 36}) {
            for (const double side : {z - 21, z + 18})
                parts.append(Box{{x, 0, side}, {x + 3, seat - 4, side + 3}});
        }
        paintBoxes(painter, parts, m_style.prop);
        break;
    }
    case PropType::Couch: {
        // Seat top just under the forearms; the couch runs on away from her.
        const double seat = std::max(25.0, at.y - D::upperArmRadius);
        const double front = at.x - 8;
        const double z = at.z;
        paintBoxes(painter,
                   {Box{{front, 8, z - 70}, {front + 80, seat, z + 70}},
                    Box{{front + 62, seat - 2, z - 70}, {front + 82, seat + 36, z + 70}},
                    Box{{front + 4, 0, z - 66}, {front + 8, 8, z - 62}},
                    Box{{front + 4, 0, z + 62}, {front + 8, 8, z + 66}}},
                   m_style.prop, 4);
        break;
    }
    case PropType::Wall: {
        const double x = at.x - (D::torsoRadius + 0.5);
        paintBoxes(painter, {Box{{x - 7, 0, at.z - 60}, {x, 230, at.z + 60}}}, m_style.prop, 0);
        break;
    }
    case PropType::Doorway: {
        const double z = m_first.body().joint(core::Joint::Pelvis).z;
        paintBoxes(
            painter,
            {Box{{at.x, 0, z - kDoorHalfWidth - 7}, {at.x + 7, kDoorHeight, z - kDoorHalfWidth}},
             Box{{at.x, 0, z + kDoorHalfWidth}, {at.x + 7, kDoorHeight, z + kDoorHalfWidth + 7}},
             Box{{at.x - 2, kDoorHeight, z - kDoorHalfWidth - 7},
                 {at.x + 9, kDoorHeight + 6, z + kDoorHalfWidth + 7}}},
            m_style.prop, 1);
        break;
    }
    case PropType::FoamRoller: {
        const Vec3 centre{at.x, kRollerRadius, at.z};
        paintRod(painter, centre - Vec3{0, 0, kRollerHalfLength},
                 centre + Vec3{0, 0, kRollerHalfLength}, kRollerRadius, m_style.prop, true);
        break;
    }
    case PropType::ReleaseBall:
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(m_style.band.lighter(130));
        painter.drawEllipse(camera.project(at), kBallRadius, kBallRadius);
        break;
    case PropType::Band:
        paintBand(painter, prop, current);
        break;
    case PropType::Pillow:
        paintBoxes(painter, {Box{at - Vec3{16, 5.5, 14}, at + Vec3{16, 5.5, 14}}},
                   m_style.prop.lighter(108), 5);
        break;
    case PropType::Weight: {
        // A kettlebell hanging from the hand.
        const QPointF handle = camera.project(at - Vec3{0, 4, 0});
        painter.setPen(QPen(m_style.propOutline, 2.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(handle, 4.5, 4);
        painter.setBrush(m_style.propOutline);
        painter.drawEllipse(camera.project(at - Vec3{0, 13, 0}), 7.5, 7);
        break;
    }
    case PropType::Baby: {
        // A swaddled bundle held in the arms, head towards her elbow.
        paintRod(painter, at - Vec3{8, 0, 0}, at + Vec3{10, 0, 0}, 7, QColor(0xf4, 0xd9, 0xc6),
                 false);
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(QColor(0xf7, 0xe4, 0xd4));
        painter.drawEllipse(camera.project(at + Vec3{-15, 2, 0}), 6, 6);
        break;
    }
    case PropType::CarSeat: {
        // A baby's car seat carried by its handle.
        const Vec3 shell = at - Vec3{0, 26, 0};
        paintBoxes(painter, {Box{shell - Vec3{22, 12, 18}, shell + Vec3{22, 4, 18}}}, m_style.prop,
                   6);
        painter.setPen(QPen(m_style.propOutline, 3, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(camera.project(shell + Vec3{-18, 4, 0}), camera.project(at));
        painter.drawLine(camera.project(shell + Vec3{18, 4, 0}), camera.project(at));
        break;
    }
    }
    painter.restore();
}

} // namespace carrywell::ui
