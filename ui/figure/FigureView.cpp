#include "ui/figure/FigureView.h"

#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

namespace carrywell::ui {
namespace {

constexpr double kInset = 4; // px around the picture
// A little air around the fitted drawing, as a share of its size.
constexpr double kBreathing = 0.02;
// Beside the text the picture grows with the room it gets, between these
// heights: enough to see the body at 1024 × 600, not absurd on a large screen.
constexpr int kMinimumHeight = 160;
constexpr int kMaximumHeight = 520;
// Filling the space (a guided session), the page decides; this is only a floor.
constexpr int kSmallestFilling = 120;
constexpr int kHintHeight = 220;

} // namespace

FigureView::FigureView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("figureView"));
    setAccessibleName(tr("Exercise animation"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateHeightLimits();
    m_timer.setInterval(33);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FigureView::tick);
}

FigureView::~FigureView() = default;

void FigureView::setExercise(const core::Exercise* exercise, const core::Illustration* illustration)
{
    m_exercise = illustration ? exercise : nullptr;
    m_illustration = exercise ? illustration : nullptr;
    m_cycle.reset();
    if (m_exercise)
        m_cycle = m_exercise->dosage.movementCycle();
    setAccessibleDescription(m_exercise ? tr("%1, moving in its tempo").arg(m_exercise->name)
                                        : QString());
    rebuildRenderer();
    updateHeightLimits();
    setCycleTime(0);
    updateGeometry();
}

void FigureView::setFillsSpace(bool fills)
{
    if (fills == m_fillsSpace)
        return;
    m_fillsSpace = fills;
    rebuildRenderer();
    updateHeightLimits();
    updateGeometry();
}

void FigureView::rebuildRenderer()
{
    // The renderer keeps a reference to the illustration: it goes first.
    m_renderer.reset();
    m_wholeScene.reset();
    if (m_exercise && m_illustration) {
        const core::Illustration* drawn = m_illustration;
        if (m_fillsSpace && m_illustration->focus) {
            // A close-up (the head for neck drills) suits a small picture
            // beside the text; across the room she needs the whole body.
            m_wholeScene = *m_illustration;
            m_wholeScene->focus.reset();
            drawn = &*m_wholeScene;
        }
        m_renderer = std::make_unique<IllustrationRenderer>(*m_exercise, *drawn,
                                                            FigureStyle::forPalette(palette()));
        // Walls should run up out of the picture: room above and below for
        // them; else room to the sides, where the floor runs on.
        m_roomAcross = std::none_of(drawn->props.begin(), drawn->props.end(),
                                    IllustrationRenderer::isArchitecture);
    }
    update();
}

core::BodyPose FigureView::poseAt(double t, QString* name) const
{
    const core::IllustrationStep& movement = m_illustration->movement;
    const core::BodyPose* from = m_illustration->pose(movement.fromPose);
    const core::BodyPose* to = m_illustration->pose(movement.finalPose());
    if (!from || !to)
        return {};
    if (name)
        *name = t < 0.5 ? movement.fromPose : movement.finalPose();
    return core::BodyPose::interpolate(*from, *to, t);
}

QRectF FigureView::sceneTarget() const
{
    const QRectF area = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (!m_renderer || !m_fillsSpace)
        return area;
    // The scene holds everything drawn; with a little air around it, as
    // large as the area allows and centred in it.
    const QSizeF scene = m_renderer->sceneRect().size();
    const QSizeF padded = scene * (1 + 2 * kBreathing);
    const double scale = std::min(area.width() / padded.width(), area.height() / padded.height());
    return QRectF(area.center() - QPointF(scene.width(), scene.height()) * scale / 2,
                  scene * scale);
}

void FigureView::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing && m_renderer) {
        m_clockOffset = m_cycleTime;
        m_clock.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit playingChanged(isPlaying());
}

void FigureView::tick()
{
    setCycleTime(m_clockOffset + m_clock.elapsed() / 1000.0);
}

void FigureView::setCycleTime(double seconds)
{
    m_cycleTime = seconds;
    update();
}

double FigureView::position() const
{
    if (m_fixedPosition)
        return *m_fixedPosition;
    return m_cycle ? m_cycle->positionAt(m_cycleTime) : 0.0;
}

void FigureView::setPosition(double position)
{
    m_fixedPosition = qBound(0.0, position, 1.0);
    update();
}

int FigureView::pictureHeight(int width) const
{
    // The height at which the picture fills the width: more would only add
    // empty bands above and below it.
    const qreal aspect = m_renderer ? m_renderer->aspectRatio() : 1.6;
    return qRound((width - 2 * kInset) / aspect + 2 * kInset);
}

void FigureView::updateHeightLimits()
{
    if (m_fillsSpace) {
        setMinimumHeight(kSmallestFilling);
        setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        setMinimumHeight(kMinimumHeight);
        setMaximumHeight(qBound(kMinimumHeight, pictureHeight(width()), kMaximumHeight));
    }
}

QSize FigureView::sizeHint() const
{
    // A modest picture; a layout with room to spare gives it more (up to
    // the maximum height beside the text, without limit filling the space).
    const qreal aspect = m_renderer ? m_renderer->aspectRatio() : 1.6;
    return {360, qBound(kSmallestFilling, qRound(360 / aspect), kHintHeight)};
}

void FigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_renderer || !m_illustration)
        return;
    if (!m_illustration->pose(m_illustration->movement.fromPose) ||
        !m_illustration->pose(m_illustration->movement.finalPose()))
        return;
    QString name;
    const core::BodyPose pose = poseAt(position(), &name);
    QRectF target = sceneTarget();
    if (m_fillsSpace && !m_renderer->hasSecondView()) {
        // The renderer cuts off at its target: leave it room in the direction
        // the drawing reaches past the scene (both at once cannot be had).
        // Two views side by side each keep to their own half instead.
        if (m_roomAcross)
            target.adjust(-width(), 0, width(), 0);
        else
            target.adjust(0, -height(), 0, height());
    }
    m_renderer->paintPose(painter, target, pose, name);
}

void FigureView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateHeightLimits();
}

void FigureView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuildRenderer();
    QWidget::changeEvent(event);
}

} // namespace carrywell::ui
