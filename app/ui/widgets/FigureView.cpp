#include "widgets/FigureView.h"

#include "figure/FigureStyle.h"
#include "figure/IllustrationRenderer.h"

#include <QEvent>
#include <QPainter>

namespace carrywell::ui {

FigureView::FigureView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("figureView"));
    setAccessibleName(tr("Exercise animation"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(120);
    setMaximumHeight(220);
    m_timer.setInterval(33);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FigureView::tick);
}

FigureView::~FigureView() = default;

void FigureView::setExercise(const core::Exercise* exercise,
                             const core::Illustration* illustration)
{
    m_exercise = illustration ? exercise : nullptr;
    m_illustration = exercise ? illustration : nullptr;
    m_cycle.reset();
    if (m_exercise)
        m_cycle = core::MovementCycle::forDosage(m_exercise->dosage);
    setAccessibleDescription(m_exercise ? tr("%1, moving in its tempo").arg(m_exercise->name)
                                        : QString());
    rebuildRenderer();
    setCycleTime(0);
    updateGeometry();
}

void FigureView::rebuildRenderer()
{
    m_renderer.reset();
    if (m_exercise && m_illustration) {
        m_renderer = std::make_unique<IllustrationRenderer>(*m_exercise, *m_illustration,
                                                            FigureStyle::forPalette(palette()));
    }
    update();
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

int FigureView::heightForWidth(int width) const
{
    const qreal aspect = m_renderer ? m_renderer->aspectRatio() : 1.6;
    return qBound(120, qRound(width / aspect), 220);
}

QSize FigureView::sizeHint() const { return {360, heightForWidth(360)}; }

void FigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_renderer || !m_illustration)
        return;
    const core::Pose* from = m_illustration->pose(m_illustration->movement.fromPose);
    const core::Pose* to = m_illustration->pose(m_illustration->movement.finalPose());
    if (!from || !to)
        return;
    const double t = position();
    const core::Pose pose = core::Pose::interpolate(*from, *to, t);
    const core::IllustrationStep& movement = m_illustration->movement;
    m_renderer->paintPose(painter, QRectF(rect()).adjusted(4, 4, -4, -4), pose,
                          t < 0.5 ? movement.fromPose : movement.finalPose());
}

void FigureView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuildRenderer();
    QWidget::changeEvent(event);
}

} // namespace carrywell::ui
