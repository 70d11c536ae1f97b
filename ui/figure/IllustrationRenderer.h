#pragma once

#include "core/content/Exercise.h"
#include "core/figure/Illustration.h"
#include "core/figure/Projection.h"
#include "ui/figure/FigureStyle.h"

#include <QImage>
#include <QRectF>
#include <memory>

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
    ~IllustrationRenderer();

    /// The part of the scene step pictures show (cm, y up): everything any
    /// pose, step or frame of the movement paints, with a little air round
    /// it, or the close-up the illustration asks for.
    QRectF sceneRect() const { return m_scene; }

    /// Walls and doorways: they run up out of the picture, as a room's walls do.
    static bool isArchitecture(const core::PropSpec& prop);

    /// Width over height of a picture that fits the scene (both views, when
    /// the illustration has a second camera).
    qreal aspectRatio() const;
    /// Whether pictures show a second view beside the first.
    bool hasSecondView() const { return m_second != nullptr; }

    /// One step's picture: the pose, and for a movement the faded start pose
    /// with an arrow.
    void paintStep(QPainter& painter, const QRectF& target, int step) const;
    /// Any pose of the figure, e.g. a frame of the animated movement.
    /// `poseName` and `ghostName` decide which props show (see PropSpec::poses).
    void paintPose(QPainter& painter, const QRectF& target, const core::BodyPose& pose,
                   const QString& poseName, const core::BodyPose* ghost = nullptr,
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
    core::Projection projection(const core::BodyPose& pose) const;
    /// The side whose limbs move most in the repeated movement, if one does.
    std::optional<core::Side> workingSide() const;
    /// What every picture paints, in scene coordinates: the figure (unless
    /// `withFigure` is false), the props given and for a movement the faded
    /// start and the arrow. The floor is left to paintScene().
    void paintContent(QPainter& painter, const QList<core::PropSpec>& props,
                      const core::Projection& figure, const QString& poseName,
                      const core::Projection* ghost, const QString& ghostName,
                      bool withFigure) const;
    /// The area paintContent() covers over every pose, step and frame of the movement.
    QRectF paintedBounds(const QList<core::PropSpec>& props, bool withFigure = true) const;
    void paintScene(QPainter& painter, const QRectF& target, const QRectF& scene,
                    const core::Projection& figure, const QString& poseName,
                    const core::Projection* ghost, const QString& ghostName) const;
    /// What the glow and the arrow mean, in a row of the sheet.
    void paintLegend(QPainter& painter, const QRectF& row) const;
    void paintPoseIn(QPainter& painter, const QRectF& target, const QRectF& scene,
                     const core::BodyPose& pose, const QString& poseName,
                     const core::BodyPose* ghost, const QString& ghostName) const;

    const core::Exercise& m_exercise;
    const core::Illustration& m_illustration;
    FigureStyle m_style;
    core::Projection m_first;
    QRectF m_scene;      ///< What step pictures show (a close-up when the illustration asks).
    QRectF m_wholeScene; ///< The whole figure and props, for thumbnails.
    /// The same illustration through its second camera, drawn beside the first.
    std::unique_ptr<core::Illustration> m_secondIllustration;
    std::unique_ptr<IllustrationRenderer> m_second;
};

} // namespace carrywell::ui
