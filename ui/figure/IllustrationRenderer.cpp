#include "ui/figure/IllustrationRenderer.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "ui/figure/FigurePainter.h"
#include "ui/figure/PaintedBounds.h"
#include "ui/figure/PropPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::ui::IllustrationRenderer);

namespace carrywell::ui {
namespace {

constexpr double kSceneMargin = 6; // cm of air around everything drawn
constexpr double kFloorMargin = 4; // cm of floor shown below the lowest thing drawn
// Poses measured along the repeated movement, for framing its animation.
constexpr int kMovementSamples = 8;

core::BodyPose firstPose(const core::Illustration& illustration)
{
    const core::BodyPose* first = illustration.steps.isEmpty()
                                      ? nullptr
                                      : illustration.pose(illustration.steps.first().fromPose);
    if (!first && !illustration.poses.isEmpty())
        first = &illustration.poses.first().second;
    return first ? *first : core::BodyPose{};
}

QList<core::Region> highlightOf(const core::Exercise& exercise,
                                const core::Illustration& illustration)
{
    return illustration.highlight.isEmpty() ? exercise.regions : illustration.highlight;
}

} // namespace

IllustrationRenderer::IllustrationRenderer(const core::Exercise& exercise,
                                           const core::Illustration& illustration,
                                           const FigureStyle& style)
    : m_exercise(exercise), m_illustration(illustration), m_style(style),
      m_first(projection(firstPose(illustration)))
{
    // Frame what is really painted, props, hair, glow and arrows included.
    // Walls and doorways count only across: they run up out of the picture
    // as a room's walls do.
    QList<core::PropSpec> architecture = illustration.props;
    architecture.removeIf([](const core::PropSpec& prop) { return !isArchitecture(prop); });
    QList<core::PropSpec> props = illustration.props;
    props.removeIf(isArchitecture);
    QRectF scene = paintedBounds(props);
    scene.setTop(std::min(scene.top(), 0.0)); // y up: the floor is always in the picture
    if (!architecture.isEmpty()) {
        const QRectF walls = paintedBounds(architecture, false);
        scene.setLeft(std::min(scene.left(), walls.left()));
        scene.setRight(std::max(scene.right(), walls.right()));
        // Seen from above, a wall's foot can reach below the figure's feet.
        scene.setTop(std::min(scene.top(), walls.top()));
    }
    // Keep the picture from getting very tall or very flat.
    const double minWidth = scene.height() * 1.0;
    if (scene.width() < minWidth)
        scene.adjust(-(minWidth - scene.width()) / 2, 0, (minWidth - scene.width()) / 2, 0);
    const double minHeight = scene.width() * 0.45;
    if (scene.height() < minHeight)
        scene.setBottom(scene.top() + minHeight);
    m_scene = scene.adjusted(-kSceneMargin, -kFloorMargin, kSceneMargin, kSceneMargin);
    m_wholeScene = m_scene;
    if (illustration.focus) {
        // A close-up around one body point, keeping the scene's proportions.
        const QPointF centre = m_first.point(*illustration.focus);
        const double size = illustration.focusSize;
        m_scene = QRectF(centre.x() - size * 0.7, std::max(-kFloorMargin, centre.y() - size * 0.5),
                         size * 1.4, size);
    }
    if (illustration.secondCamera) {
        m_secondIllustration = std::make_unique<core::Illustration>(illustration);
        m_secondIllustration->camera = *illustration.secondCamera;
        m_secondIllustration->secondCamera.reset();
        m_second = std::make_unique<IllustrationRenderer>(exercise, *m_secondIllustration, style);
    }
}

IllustrationRenderer::~IllustrationRenderer() = default;

qreal IllustrationRenderer::aspectRatio() const
{
    const qreal own = m_scene.width() / m_scene.height();
    return m_second ? own + m_second->aspectRatio() : own;
}

bool IllustrationRenderer::isArchitecture(const core::PropSpec& prop)
{
    return prop.type == core::PropType::Wall || prop.type == core::PropType::Doorway;
}

QRectF IllustrationRenderer::paintedBounds(const QList<core::PropSpec>& props,
                                           bool withFigure) const
{
    PaintedBounds bounds;
    QPainter painter(&bounds);
    const auto measure = [&](const core::BodyPose& pose, const QString& name,
                             const core::BodyPose* ghost, const QString& ghostName) {
        const core::Projection figure = projection(pose);
        if (ghost) {
            const core::Projection start = projection(*ghost);
            paintContent(painter, props, figure, name, &start, ghostName, withFigure);
        } else {
            paintContent(painter, props, figure, name, nullptr, {}, withFigure);
        }
    };
    // Every pose alone, every step with its faded start and arrow, and the
    // repeated movement on its way (a limb sweeping round can reach past
    // both ends).
    for (const auto& entry : m_illustration.poses)
        measure(entry.second, entry.first, nullptr, {});
    for (const core::IllustrationStep& step : m_illustration.steps) {
        const core::BodyPose* from = m_illustration.pose(step.fromPose);
        const core::BodyPose* to = m_illustration.pose(step.finalPose());
        if (to && step.isMovement() && from)
            measure(*to, step.finalPose(), from, step.fromPose);
    }
    const core::IllustrationStep& movement = m_illustration.movement;
    const core::BodyPose* from = m_illustration.pose(movement.fromPose);
    const core::BodyPose* to = m_illustration.pose(movement.finalPose());
    if (from && to) {
        for (int i = 1; i < kMovementSamples; ++i) {
            const double t = double(i) / kMovementSamples;
            measure(core::BodyPose::interpolate(*from, *to, t),
                    t < 0.5 ? movement.fromPose : movement.finalPose(), nullptr, {});
        }
        measure(*to, movement.finalPose(), from, movement.fromPose);
    }
    painter.end();
    return bounds.rect();
}

core::Projection IllustrationRenderer::projection(const core::BodyPose& pose) const
{
    return core::Projection(core::Body::pose(pose), m_illustration.camera);
}

void IllustrationRenderer::paintScene(QPainter& painter, const QRectF& target, const QRectF& scene,
                                      const core::Projection& figure, const QString& poseName,
                                      const core::Projection* ghost, const QString& ghostName) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target);
    const double scale = std::min(target.width() / scene.width(), target.height() / scene.height());
    // Scene y runs up from the floor; the scene's lowest y (the floor margin)
    // sits at the bottom of the target.
    QTransform transform;
    transform.translate(target.center().x(),
                        target.bottom() - (target.height() - scene.height() * scale) / 2);
    transform.scale(scale, -scale);
    transform.translate(-scene.center().x(), -scene.top());
    painter.setTransform(transform, true);

    if (m_illustration.camera.pitch() == 0) {
        painter.setPen(QPen(m_style.floor, 1.5));
        painter.drawLine(QPointF(scene.left() - 500, 0), QPointF(scene.right() + 500, 0));
    }
    paintContent(painter, m_illustration.props, figure, poseName, ghost, ghostName, true);
    painter.restore();
}

void IllustrationRenderer::paintContent(QPainter& painter, const QList<core::PropSpec>& props,
                                        const core::Projection& figure, const QString& poseName,
                                        const core::Projection* ghost, const QString& ghostName,
                                        bool withFigure) const
{
    const PropPainter propPainter(m_style, m_first);
    const FigurePainter figures(m_style);
    propPainter.paintBehind(painter, props, figure, poseName);
    if (ghost) {
        if (withFigure)
            figures.paintGhost(painter, *ghost);
        // Held props move with the ghost too, faded like it.
        painter.save();
        painter.setOpacity(m_style.ghostOpacity);
        propPainter.paintInFront(painter, props, *ghost, ghostName);
        painter.restore();
    }
    if (withFigure)
        figures.paintFigure(painter, figure, highlightOf(m_exercise, m_illustration));
    propPainter.paintInFront(painter, props, figure, poseName);
    if (ghost && withFigure)
        figures.paintMotionArrow(painter, *ghost, figure);
}

void IllustrationRenderer::paintPose(QPainter& painter, const QRectF& target,
                                     const core::BodyPose& pose, const QString& poseName,
                                     const core::BodyPose* ghost, const QString& ghostName) const
{
    if (!m_second) {
        paintPoseIn(painter, target, m_scene, pose, poseName, ghost, ghostName);
        return;
    }
    // Two views side by side, each as wide as its own scene needs, in the
    // largest picture of their joint proportions that the target holds.
    const qreal aspect = aspectRatio();
    QSizeF size(target.width(), target.width() / aspect);
    if (size.height() > target.height())
        size = QSizeF(target.height() * aspect, target.height());
    const QRectF fitted(target.center() - QPointF(size.width(), size.height()) / 2, size);
    const qreal share = (m_scene.width() / m_scene.height()) / aspect;
    const QRectF first(fitted.topLeft(), QSizeF(fitted.width() * share, fitted.height()));
    const QRectF second(first.topRight(), fitted.bottomRight());
    paintPoseIn(painter, first, m_scene, pose, poseName, ghost, ghostName);
    m_second->paintPose(painter, second, pose, poseName, ghost, ghostName);
    painter.save();
    painter.setPen(QPen(m_style.floor, 1, Qt::DotLine));
    painter.drawLine(QPointF(second.left(), second.top() + second.height() * 0.1),
                     QPointF(second.left(), second.bottom() - second.height() * 0.1));
    painter.restore();
}

void IllustrationRenderer::paintPoseIn(QPainter& painter, const QRectF& target, const QRectF& scene,
                                       const core::BodyPose& pose, const QString& poseName,
                                       const core::BodyPose* ghost, const QString& ghostName) const
{
    const core::Projection figure = projection(pose);
    if (ghost) {
        const core::Projection start = projection(*ghost);
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
    const core::BodyPose* end = m_illustration.pose(s.finalPose());
    if (!end)
        return;
    paintPose(painter, target, *end, s.finalPose(),
              s.isMovement() ? m_illustration.pose(s.fromPose) : nullptr, s.fromPose);
}

QString IllustrationRenderer::sideNote() const
{
    if (!m_exercise.dosage.perSide)
        return {};
    const core::Side shown = workingSide().value_or(m_illustration.camera.nearSide());
    return shown == core::Side::Left ? tr("Shown on the left side; then do the right.")
                                     : tr("Shown on the right side; then do the left.");
}

std::optional<core::Side> IllustrationRenderer::workingSide() const
{
    const core::BodyPose* from = m_illustration.pose(m_illustration.movement.fromPose);
    const core::BodyPose* to = m_illustration.pose(m_illustration.movement.finalPose());
    if (!from || !to)
        return std::nullopt;
    double left = 0;
    double right = 0;
    const int first = static_cast<int>(core::Angle::HipFlexionLeft);
    const int perSide = static_cast<int>(core::Angle::HipFlexionRight) - first;
    for (int i = first; i < first + perSide; ++i) {
        left += std::abs(to->angles[i] - from->angles[i]);
        right += std::abs(to->angles[i + perSide] - from->angles[i + perSide]);
    }
    if (std::abs(left - right) < 10)
        return std::nullopt;
    return left > right ? core::Side::Left : core::Side::Right;
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

    paintLegend(painter, QRectF(margin, margin, size.width() - 2 * margin, 30));

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
        painter.drawText(
            QRectF(panel.left() + 2, panel.bottom() + 8, panel.width() - 4, captionHeight - 10),
            m_exercise.steps.value(i), option);
    }
    return image;
}

void IllustrationRenderer::paintLegend(QPainter& painter, const QRectF& row) const
{
    // Right-aligned in the title row: what the glow and the arrow mean.
    painter.save();
    const QString worked = tr("Where you feel it");
    const QString moving = tr("How you move");
    const QFontMetricsF metrics(painter.font());
    const double swatch = 16;
    const double spacing = 6;
    const double movingWidth = swatch * 1.6 + spacing + metrics.horizontalAdvance(moving);
    const double workedWidth = swatch + spacing + metrics.horizontalAdvance(worked);
    double x = row.right() - movingWidth - 18 - workedWidth;
    const double y = row.center().y();
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.highlight);
    painter.drawEllipse(QPointF(x + swatch / 2, y), swatch / 2, swatch / 2);
    painter.setPen(m_style.mutedText);
    x += swatch + spacing;
    painter.drawText(QRectF(x, row.top(), workedWidth, row.height()), Qt::AlignVCenter, worked);
    x += metrics.horizontalAdvance(worked) + 18;
    painter.setPen(QPen(m_style.arrow, 3, Qt::SolidLine, Qt::RoundCap));
    const double end = x + swatch * 1.6;
    painter.drawLine(QPointF(x, y), QPointF(end - 5, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.arrow);
    painter.drawPolygon(
        QPolygonF({QPointF(end, y), QPointF(end - 7, y - 5), QPointF(end - 7, y + 5)}));
    painter.setPen(m_style.mutedText);
    painter.drawText(QRectF(end + spacing, row.top(), movingWidth, row.height()), Qt::AlignVCenter,
                     moving);
    painter.restore();
}

QImage IllustrationRenderer::renderThumbnail(const QSize& size, qreal dpr) const
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const core::IllustrationStep& movement = m_illustration.movement;
    const core::BodyPose* end = m_illustration.pose(movement.finalPose());
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
