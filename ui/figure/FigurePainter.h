#pragma once

#include "core/figure/Projection.h"
#include "core/vocabulary/Vocabulary.h"
#include "ui/figure/FigureStyle.h"

class QPainter;

namespace carrywell::ui {

/// Draws the posed 3-D figure through its camera, in picture coordinates
/// (centimetres, y up): parts sorted by depth, far ones a shade darker, a
/// torso that follows the three bends of the spine, hands, feet, a head with
/// a face and hair so front and back read apart, and a glow over the body
/// regions being worked.
class FigurePainter
{
public:
    explicit FigurePainter(const FigureStyle& style) : m_style(style) {}

    void paintFigure(QPainter& painter, const core::Projection& figure,
                     const QList<core::Region>& highlight) const;
    /// The same figure, faded, to show where a movement starts.
    void paintGhost(QPainter& painter, const core::Projection& figure) const;
    /// A curved arrow from the joint that moves most between two poses.
    void paintMotionArrow(QPainter& painter, const core::Projection& from,
                          const core::Projection& to) const;

    /// A point along the spine, pelvis (0) to the base of the neck (1).
    static QPointF spinePoint(const core::Projection& figure, double t);

private:
    void paintLimb(QPainter& painter, QPointF a, QPointF b, double radius,
                   const QColor& fill) const;
    void paintTorso(QPainter& painter, const core::Projection& figure, const QColor& fill) const;
    void paintHead(QPainter& painter, const core::Projection& figure, const QColor& fill) const;
    void paintHand(QPainter& painter, const core::Projection& figure, core::Side side,
                   const QColor& fill) const;
    void paintFoot(QPainter& painter, const core::Projection& figure, core::Side side,
                   const QColor& fill) const;
    void paintHighlight(QPainter& painter, const core::Projection& figure,
                        const QList<core::Region>& regions) const;
    void paintBody(QPainter& painter, const core::Projection& figure, bool ghost) const;

    FigureStyle m_style;
};

} // namespace carrywell::ui
