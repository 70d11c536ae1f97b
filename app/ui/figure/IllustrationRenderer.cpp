#include "figure/IllustrationRenderer.h"

#include "common/LocaleFormat.h"
#include "figure/FigurePainter.h"
#include "figure/PropPainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::IllustrationRenderer)
};

constexpr double kSceneMargin = 10; // cm around the body and props

QList<core::Region> highlightOf(const core::Exercise& exercise,
                                const core::Illustration& illustration)
{
    return illustration.highlight.isEmpty() ? exercise.regions : illustration.highlight;
}

} // namespace

IllustrationRenderer::IllustrationRenderer(const core::Exercise& exercise,
                                           const core::Illustration& illustration,
                                           const FigureStyle& style)
    : m_exercise(exercise), m_illustration(illustration), m_style(style)
{
    const core::Pose* first = illustration.steps.isEmpty()
                                  ? nullptr
                                  : illustration.pose(illustration.steps.first().fromPose);
    if (!first && !illustration.poses.isEmpty())
        first = &illustration.poses.first().second;
    m_first = geometry(first ? *first : core::Pose{});

    const PropPainter props(m_style, m_first);
    QRectF scene;
    for (const auto& entry : illustration.poses) {
        const core::FigureGeometry g = geometry(entry.second);
        scene |= g.bounds();
        for (const core::PropSpec& prop : illustration.props)
            scene |= props.bounds(prop, g);
    }
    scene.setBottom(std::max(scene.bottom(), 0.0)); // y up: "bottom" is the larger y in Qt terms
    scene.setTop(std::min(scene.top(), 0.0));
    // Keep the picture from getting very tall or very flat.
    const double minWidth = scene.height() * 1.0;
    if (scene.width() < minWidth)
        scene.adjust(-(minWidth - scene.width()) / 2, 0, (minWidth - scene.width()) / 2, 0);
    const double minHeight = scene.width() * 0.45;
    if (scene.height() < minHeight)
        scene.setBottom(scene.top() + minHeight);
    m_scene = scene.adjusted(-kSceneMargin, -4, kSceneMargin, kSceneMargin);
    m_wholeScene = m_scene;
    if (illustration.focus) {
        // A close-up around one body point, keeping the scene's proportions.
        const QPointF centre = m_first.point(*illustration.focus);
        const double size = illustration.focusSize;
        m_scene = QRectF(centre.x() - size * 0.7, std::max(-4.0, centre.y() - size * 0.5),
                         size * 1.4, size);
    }
}

core::FigureGeometry IllustrationRenderer::geometry(const core::Pose& pose) const
{
    return core::FigureGeometry::compute(pose, m_illustration.view, m_illustration.mirrored);
}

void IllustrationRenderer::paintScene(QPainter& painter, const QRectF& target,
                                      const QRectF& scene, const core::FigureGeometry& figure,
                                      const QString& poseName, const core::FigureGeometry* ghost,
                                      const QString& ghostName) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target);
    const double scale = std::min(target.width() / scene.width(),
                                  target.height() / scene.height());
    // Scene y runs up from the floor; the scene's lowest y (the floor margin)
    // sits at the bottom of the target.
    QTransform transform;
    transform.translate(target.center().x(),
                        target.bottom() - (target.height() - scene.height() * scale) / 2);
    transform.scale(scale, -scale);
    transform.translate(-scene.center().x(), -scene.top());
    painter.setTransform(transform, true);

    painter.setPen(QPen(m_style.floor, 1.5));
    painter.drawLine(QPointF(scene.left() - 500, 0), QPointF(scene.right() + 500, 0));

    const PropPainter props(m_style, m_first);
    const FigurePainter figures(m_style);
    props.paintBehind(painter, m_illustration.props, figure, poseName);
    if (ghost) {
        figures.paintGhost(painter, *ghost);
        // Held props move with the ghost too, faded like it.
        painter.save();
        painter.setOpacity(m_style.ghostOpacity);
        props.paintInFront(painter, m_illustration.props, *ghost, ghostName);
        painter.restore();
    }
    figures.paintFigure(painter, figure, highlightOf(m_exercise, m_illustration));
    props.paintInFront(painter, m_illustration.props, figure, poseName);
    if (ghost)
        figures.paintMotionArrow(painter, *ghost, figure);
    painter.restore();
}

void IllustrationRenderer::paintPose(QPainter& painter, const QRectF& target,
                                     const core::Pose& pose, const QString& poseName,
                                     const core::Pose* ghost, const QString& ghostName) const
{
    paintPoseIn(painter, target, m_scene, pose, poseName, ghost, ghostName);
}

void IllustrationRenderer::paintPoseIn(QPainter& painter, const QRectF& target,
                                       const QRectF& scene, const core::Pose& pose,
                                       const QString& poseName, const core::Pose* ghost,
                                       const QString& ghostName) const
{
    const core::FigureGeometry figure = geometry(pose);
    if (ghost) {
        const core::FigureGeometry start = geometry(*ghost);
        paintScene(painter, target, scene, figure, poseName, &start, ghostName);
    } else {
        paintScene(painter, target, scene, figure, poseName, nullptr, {});
    }
}

void IllustrationRenderer::paintStep(QPainter& painter, const QRectF& target, int step) const
{
    if (step < 0 || step >= m_illustration.steps.size())
        return;
    const core::IllustrationStep& s = m_illustration.steps.at(step);
    const core::Pose* end = m_illustration.pose(s.finalPose());
    if (!end)
        return;
    paintPose(painter, target, *end, s.finalPose(),
              s.isMovement() ? m_illustration.pose(s.fromPose) : nullptr, s.fromPose);
}

QString IllustrationRenderer::sideNote() const
{
    if (!m_exercise.dosage.perSide)
        return {};
    // Seen from the side facing right, the viewer sees the figure's left side.
    const bool leftShown = m_illustration.view == core::FigureView::Side && !m_illustration.mirrored;
    return leftShown ? Tr::tr("Shown on the left side; then do the right.")
                     : Tr::tr("Shown on the right side; then do the left.");
}

QImage IllustrationRenderer::renderSheet(qreal dpr) const
{
    const int steps = static_cast<int>(m_illustration.steps.size());
    const int gap = 16;
    const int margin = 20;
    const int titleHeight = 64;
    const int captionHeight = 96;
    const QSize size(margin * 2 + steps * kSheetPanelWidth + (steps - 1) * gap,
                     margin * 2 + titleHeight + kSheetPanelHeight + captionHeight);
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(m_style.background);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont title = painter.font();
    title.setPixelSize(22);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(m_style.text);
    painter.drawText(QRectF(margin, margin, size.width() - 2 * margin, 30),
                     Qt::AlignLeft | Qt::AlignVCenter, m_exercise.name);
    QFont small = painter.font();
    small.setPixelSize(13);
    small.setBold(false);
    painter.setFont(small);
    painter.setPen(m_style.mutedText);
    QString subtitle = m_exercise.dosage.describe(m_exercise.tempo());
    if (!sideNote().isEmpty())
        subtitle += QStringLiteral("  ·  ") + sideNote();
    painter.drawText(QRectF(margin, margin + 32, size.width() - 2 * margin, 22),
                     Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    for (int i = 0; i < steps; ++i) {
        const QRectF panel(margin + i * (kSheetPanelWidth + gap), margin + titleHeight,
                           kSheetPanelWidth, kSheetPanelHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.background.lightness() > 128 ? QColor(255, 255, 255)
                                                              : m_style.background.lighter(115));
        painter.drawRoundedRect(panel, 10, 10);
        paintStep(painter, panel.adjusted(6, 6, -6, -6), i);

        // Step number badge.
        const QRectF badge(panel.left() + 8, panel.top() + 8, 24, 24);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.body);
        painter.drawEllipse(badge);
        QFont number = small;
        number.setBold(true);
        painter.setFont(number);
        painter.setPen(m_style.background);
        painter.drawText(badge, Qt::AlignCenter, core::LocaleFormat::number(i + 1));

        painter.setFont(small);
        painter.setPen(m_style.text);
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(QRectF(panel.left() + 2, panel.bottom() + 8, panel.width() - 4,
                                captionHeight - 10),
                         m_exercise.steps.value(i), option);
    }
    return image;
}

QImage IllustrationRenderer::renderThumbnail(const QSize& size, qreal dpr) const
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const core::IllustrationStep& movement = m_illustration.movement;
    const core::Pose* end = m_illustration.pose(movement.finalPose());
    if (end) {
        // Thumbnails show the whole figure even when the steps are close-ups.
        paintPoseIn(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_wholeScene, *end,
                    movement.finalPose(),
                    movement.isMovement() ? m_illustration.pose(movement.fromPose) : nullptr,
                    movement.fromPose);
    }
    return image;
}

} // namespace carrywell::ui
