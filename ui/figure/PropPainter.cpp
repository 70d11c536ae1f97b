#include "ui/figure/PropPainter.h"

#include <QPainter>
#include <QPainterPath>

namespace carrywell::ui {
namespace {

using core::PropType;

constexpr double kRollerRadius = 7.5;
constexpr double kBallRadius = 5;
constexpr double kTableHeight = 72;
constexpr double kDoorHeight = 205;

QRectF around(QPointF centre, double halfWidth, double halfHeight)
{
    return {centre.x() - halfWidth, centre.y() - halfHeight, 2 * halfWidth, 2 * halfHeight};
}

} // namespace

bool PropPainter::drawnInFront(const core::PropSpec& prop)
{
    const bool betweenKnees =
        prop.type == PropType::Pillow && prop.at &&
        (*prop.at == core::BodyPoint::KneeNear || *prop.at == core::BodyPoint::KneeFar);
    return betweenKnees || prop.type == PropType::Band || prop.type == PropType::Weight ||
           prop.type == PropType::Baby;
}

QPointF PropPainter::anchor(const core::PropSpec& prop, const core::FigureGeometry& current) const
{
    const core::FigureGeometry& g = prop.followsBody() ? current : m_first;
    return g.point(prop.anchorPoint()) + QPointF(prop.x * forward(g), prop.y);
}

void PropPainter::box(QPainter& painter, const QRectF& rect, double radius) const
{
    painter.setPen(QPen(m_style.propOutline, 1.4));
    painter.setBrush(m_style.prop);
    painter.drawRoundedRect(rect.normalized(), radius, radius);
}

QRectF PropPainter::matRect(const core::FigureGeometry& current) const
{
    const QRectF body = m_first.bounds() | current.bounds();
    return {body.left() - 12, 0, body.width() + 24, 2};
}

void PropPainter::paintBehind(QPainter& painter, const QList<core::PropSpec>& props,
                              const core::FigureGeometry& current, const QString& pose) const
{
    for (const core::PropSpec& prop : props) {
        if (!drawnInFront(prop) && prop.shownIn(pose))
            paint(painter, prop, current);
    }
}

void PropPainter::paintInFront(QPainter& painter, const QList<core::PropSpec>& props,
                               const core::FigureGeometry& current, const QString& pose) const
{
    for (const core::PropSpec& prop : props) {
        if (drawnInFront(prop) && prop.shownIn(pose))
            paint(painter, prop, current);
    }
}

void PropPainter::paint(QPainter& painter, const core::PropSpec& prop,
                        const core::FigureGeometry& current) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF at = anchor(prop, current);
    const double f = forward(m_first);
    switch (prop.type) {
    case PropType::Mat: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.mat);
        painter.drawRoundedRect(matRect(current).adjusted(0, -0.5, 0, 0), 1, 1);
        break;
    }
    case PropType::Chair: {
        // Seat right under the thighs (she sits on it, not above it), legs to
        // the floor, backrest behind.
        const double thighs =
            m_first.joint(core::Joint::Pelvis).y() - core::BodyDimensions::thighRadius;
        const double seat = std::max(20.0, thighs) + prop.y;
        const double back = at.x() - 16 * f;
        if (m_first.view() == core::FigureView::Front) {
            box(painter, QRectF(at.x() - 24, seat - 4, 48, 4));
            box(painter, QRectF(at.x() - 22, 0, 3, seat - 4), 1);
            box(painter, QRectF(at.x() + 19, 0, 3, seat - 4), 1);
            break;
        }
        box(painter, QRectF(back, seat - 4, 40 * f, 4));
        box(painter, QRectF(back + 1 * f, 0, 3 * f, seat - 4), 1);
        box(painter, QRectF(back + 36 * f, 0, 3 * f, seat - 4), 1);
        box(painter, QRectF(back - 1 * f, seat, -4 * f, 44), 1.5);
        break;
    }
    case PropType::Couch: {
        // Seat top just under the forearms; the couch extends away from the figure.
        const double seat = std::max(25.0, at.y() - core::BodyDimensions::upperArmRadius);
        const double front = at.x() - 8 * f;
        box(painter, QRectF(front, 8, 80 * f, seat - 8), 5);
        box(painter, QRectF(front + 62 * f, seat - 2, 20 * f, 38), 5);
        box(painter, QRectF(front + 4 * f, 0, 4 * f, 8), 1);
        box(painter, QRectF(front + 72 * f, 0, 4 * f, 8), 1);
        break;
    }
    case PropType::Wall: {
        const double x = at.x() - (core::BodyDimensions::torsoRadius + 0.5) * f;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.prop);
        painter.drawRect(QRectF(x, 0, -7 * f, 230).normalized());
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.drawLine(QPointF(x, 0), QPointF(x, 230));
        break;
    }
    case PropType::Doorway: {
        box(painter, QRectF(at.x(), 0, 7 * f, kDoorHeight), 1);
        box(painter, QRectF(at.x() - 2 * f, kDoorHeight, 30 * f, 6), 1);
        break;
    }
    case PropType::FoamRoller: {
        const QPointF centre(at.x(), kRollerRadius);
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(m_style.prop);
        painter.drawEllipse(centre, kRollerRadius, kRollerRadius);
        painter.drawEllipse(centre, kRollerRadius * 0.45, kRollerRadius * 0.45);
        break;
    }
    case PropType::ReleaseBall: {
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(m_style.band.lighter(130));
        painter.drawEllipse(at, kBallRadius, kBallRadius);
        break;
    }
    case PropType::Band: {
        const double anchorX =
            prop.anchorX * f + m_first.point(m_first.pose().contacts.value(0)).x();
        // The band is tied round a table leg.
        box(painter, QRectF(anchorX - 2.5, 0, 5, kTableHeight), 1);
        box(painter, QRectF(anchorX - 4 * f, kTableHeight, 60 * f, 4), 1);
        painter.setPen(QPen(m_style.band, 2.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(current.point(core::BodyPoint::HandNear), QPointF(anchorX, prop.anchorY));
        painter.drawLine(current.point(core::BodyPoint::HandFar), QPointF(anchorX, prop.anchorY));
        painter.setBrush(m_style.band);
        painter.drawEllipse(QPointF(anchorX, prop.anchorY), 2.5, 2.5);
        break;
    }
    case PropType::Pillow: {
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(m_style.prop.lighter(108));
        painter.drawRoundedRect(around(at, 16, 5.5), 5, 5);
        break;
    }
    case PropType::Weight: {
        const QPointF top = at - QPointF(0, 3);
        painter.setPen(QPen(m_style.propOutline, 2.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(around(top - QPointF(0, 2), 4.5, 4));
        painter.setBrush(m_style.propOutline);
        painter.drawEllipse(around(top - QPointF(0, 11), 7.5, 7));
        break;
    }
    case PropType::Baby: {
        // A swaddled bundle held in the arms, head towards the figure's elbow.
        painter.setPen(QPen(m_style.propOutline, 1.4));
        painter.setBrush(QColor(0xf4, 0xd9, 0xc6));
        painter.drawRoundedRect(around(at, 15, 7), 7, 7);
        painter.setBrush(QColor(0xf7, 0xe4, 0xd4));
        painter.drawEllipse(at + QPointF(-15 * f, 2), 6, 6);
        break;
    }
    }
    painter.restore();
}

} // namespace carrywell::ui
