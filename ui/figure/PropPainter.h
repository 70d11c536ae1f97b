#pragma once

#include "core/figure/Illustration.h"
#include "core/figure/Projection.h"
#include "ui/figure/FigureStyle.h"

#include <QRectF>

class QPainter;

namespace carrywell::ui {

/// Draws furniture and equipment around the figure, built in the figure's
/// space at their real size and seen through the same camera. Furniture is
/// placed from the scene's first pose so it stays put; held or supporting
/// props follow the body.
class PropPainter
{
public:
    PropPainter(const FigureStyle& style, const core::Projection& firstPose)
        : m_style(style), m_first(firstPose)
    {
    }

    /// Props drawn behind the figure (furniture, roller, ball, pillow).
    void paintBehind(QPainter& painter, const QList<core::PropSpec>& props,
                     const core::Projection& current, const QString& pose) const;
    /// Props drawn over the figure (band, weight, baby, a pillow between the knees).
    void paintInFront(QPainter& painter, const QList<core::PropSpec>& props,
                      const core::Projection& current, const QString& pose) const;
    static bool drawnInFront(const core::PropSpec& prop);

private:
    struct Box
    {
        core::Vec3 low;
        core::Vec3 high;
    };

    void paint(QPainter& painter, const core::PropSpec& prop,
               const core::Projection& current) const;
    core::Vec3 anchor(const core::PropSpec& prop, const core::Projection& current) const;
    /// Boxes drawn far to near, each as the outline of its corners.
    void paintBoxes(QPainter& painter, QList<Box> boxes, const QColor& fill,
                    double rounding = 1.5) const;
    /// A cylinder or a capsule from `a` to `b`: a circle seen end on.
    void paintRod(QPainter& painter, const core::Vec3& a, const core::Vec3& b, double radius,
                  const QColor& fill, bool showCore) const;
    void paintBand(QPainter& painter, const core::PropSpec& prop,
                   const core::Projection& current) const;
    void paintMat(QPainter& painter, const core::Projection& current) const;

    FigureStyle m_style;
    const core::Projection& m_first;
};

} // namespace carrywell::ui
