#pragma once

#include "core/figure/FigureGeometry.h"
#include "core/vocabulary/Vocabulary.h"
#include "ui/figure/FigureStyle.h"

class QPainter;

namespace carrywell::ui {

/// Draws the posed figure in scene coordinates (centimetres, y up): limbs
/// with joints, a torso, a head with hair and a nose that shows which way
/// the figure faces, and a glow over the body regions being worked.
class FigurePainter
{
public:
    explicit FigurePainter(const FigureStyle& style) : m_style(style) {}

    void paintFigure(QPainter& painter, const core::FigureGeometry& figure,
                     const QList<core::Region>& highlight) const;
    /// The same figure, faded, to show where a movement starts.
    void paintGhost(QPainter& painter, const core::FigureGeometry& figure) const;
    /// A curved arrow from the joint that moves most between two poses.
    void paintMotionArrow(QPainter& painter, const core::FigureGeometry& from,
                          const core::FigureGeometry& to) const;

private:
    void paintLimb(QPainter& painter, QPointF a, QPointF b, double radius,
                   const QColor& fill) const;
    void paintTorso(QPainter& painter, const core::FigureGeometry& figure,
                    const QColor& fill) const;
    void paintHead(QPainter& painter, const core::FigureGeometry& figure, const QColor& fill) const;
    void paintHighlight(QPainter& painter, const core::FigureGeometry& figure,
                        const QList<core::Region>& regions) const;
    void paintBody(QPainter& painter, const core::FigureGeometry& figure, bool ghost) const;
    static QPointF spinePoint(const core::FigureGeometry& figure, double t);

    FigureStyle m_style;
};

} // namespace carrywell::ui
