#pragma once

#include "core/content/Exercise.h"
#include "core/figure/FigureGeometry.h"
#include "core/figure/Illustration.h"
#include "ui/figure/FigureStyle.h"

#include <QImage>
#include <QRectF>

class QPainter;

namespace carrywell::ui {

/// Draws an exercise's illustration: one picture per step, any pose in
/// between (for animation), or a titled sheet of all steps side by side.
/// Painting goes through QPainter only, so the same drawing works on
/// screen, in PNG files and as vectors in PDF or SVG.
class IllustrationRenderer
{
public:
    IllustrationRenderer(const core::Exercise& exercise, const core::Illustration& illustration,
                         const FigureStyle& style);

    /// The part of the scene step pictures show (cm, y up): everything any
    /// pose, step or frame of the movement paints, with a little air round
    /// it, or the close-up the illustration asks for.
    QRectF sceneRect() const { return m_scene; }

    /// Walls and doorways: they run up out of the picture, as a room's walls do.
    static bool isArchitecture(const core::PropSpec& prop);

    /// Width over height of a picture that fits the scene.
    qreal aspectRatio() const { return m_scene.width() / m_scene.height(); }

    /// One step's picture: the pose, and for a movement the faded start pose
    /// with an arrow.
    void paintStep(QPainter& painter, const QRectF& target, int step) const;
    /// Any pose of the figure, e.g. a frame of the animated movement.
    /// `poseName` and `ghostName` decide which props show (see PropSpec::poses).
    void paintPose(QPainter& painter, const QRectF& target, const core::Pose& pose,
                   const QString& poseName, const core::Pose* ghost = nullptr,
                   const QString& ghostName = {}) const;

    /// Title, side note and every step with its caption, side by side.
    QImage renderSheet(qreal devicePixelRatio = 1.0) const;
    /// A small picture of the exercise's movement for lists and overviews.
    QImage renderThumbnail(const QSize& size, qreal devicePixelRatio = 1.0) const;

    /// "Left side shown; then the right" for per-side exercises, else empty.
    QString sideNote() const;

    static constexpr int kSheetPanelWidth = 260;
    static constexpr int kSheetPanelHeight = 200;

private:
    core::FigureGeometry geometry(const core::Pose& pose) const;
    /// What every picture paints, in scene coordinates: the figure (unless
    /// `withFigure` is false), the props given and for a movement the faded
    /// start and the arrow. The floor is left to paintScene().
    void paintContent(QPainter& painter, const QList<core::PropSpec>& props,
                      const core::FigureGeometry& figure, const QString& poseName,
                      const core::FigureGeometry* ghost, const QString& ghostName,
                      bool withFigure) const;
    /// The area paintContent() covers over every pose, step and frame of the movement.
    QRectF paintedBounds(const QList<core::PropSpec>& props, bool withFigure = true) const;
    void paintScene(QPainter& painter, const QRectF& target, const QRectF& scene,
                    const core::FigureGeometry& figure, const QString& poseName,
                    const core::FigureGeometry* ghost, const QString& ghostName) const;
    void paintPoseIn(QPainter& painter, const QRectF& target, const QRectF& scene,
                     const core::Pose& pose, const QString& poseName, const core::Pose* ghost,
                     const QString& ghostName) const;

    const core::Exercise& m_exercise;
    const core::Illustration& m_illustration;
    FigureStyle m_style;
    core::FigureGeometry m_first;
    QRectF m_scene;      ///< What step pictures show (a close-up when the illustration asks).
    QRectF m_wholeScene; ///< The whole figure and props, for thumbnails.
};

} // namespace carrywell::ui
