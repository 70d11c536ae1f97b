#pragma once

#include "core/figure/FigureGeometry.h"
#include "core/figure/Illustration.h"
#include "ui/figure/FigureStyle.h"

#include <QRectF>

class QPainter;

namespace carrywell::ui {

/// Draws furniture and equipment around the figure in scene coordinates
/// (centimetres, y up, floor at 0). Furniture is placed from the scene's
/// first pose so it stays put; held or supporting props follow the body.
class PropPainter
{
public:
    PropPainter(const FigureStyle& style, const core::FigureGeometry& firstPose)
        : m_style(style), m_first(firstPose)
    {
    }

    /// Props drawn behind the figure (furniture, roller, ball, pillow).
    void paintBehind(QPainter& painter, const QList<core::PropSpec>& props,
                     const core::FigureGeometry& current, const QString& pose) const;
    /// Props drawn over the figure (band, weight, baby, a pillow between the knees).
    void paintInFront(QPainter& painter, const QList<core::PropSpec>& props,
                      const core::FigureGeometry& current, const QString& pose) const;
    static bool drawnInFront(const core::PropSpec& prop);

private:
    void paint(QPainter& painter, const core::PropSpec& prop,
               const core::FigureGeometry& current) const;
    QPointF anchor(const core::PropSpec& prop, const core::FigureGeometry& current) const;
    double forward(const core::FigureGeometry& g) const { return g.mirrored() ? -1 : 1; }
    /// A mat long enough for the body in the first and the current pose.
    QRectF matRect(const core::FigureGeometry& current) const;
    void box(QPainter& painter, const QRectF& rect, double radius = 2) const;

    FigureStyle m_style;
    core::FigureGeometry m_first;
};

} // namespace carrywell::ui
