#include "widgets/FigureView.h"

#include "figure/FigureStyle.h"
#include "figure/IllustrationRenderer.h"

#include <QEvent>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace carrywell::ui {
namespace {

constexpr double kInset = 4; // px around the picture
// Measuring what is drawn: pixels per centimetre, and the room left beside
// the scene for a drawing to reach into.
constexpr double kMeasureScale = 2.0;
constexpr double kMeasureRoomCm = 150;
// A little air around the fitted drawing, as a share of its size.
constexpr double kBreathing = 0.02;

/// Walls and doorways run up out of the picture as a room's walls do.
bool isArchitecture(const core::PropSpec& prop)
{
    return prop.type == core::PropType::Wall || prop.type == core::PropType::Doorway;
}

/// The first and last rows and columns holding anything but transparency,
/// leaving out the rows given.
QRect drawnPixels(const QImage& image, int skipFromRow = -1, int skipToRow = -2)
{
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        if (y >= skipFromRow && y <= skipToRow)
            continue;
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) == 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

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

void FigureView::setFillsSpace(bool fills)
{
    if (fills == m_fillsSpace)
        return;
    m_fillsSpace = fills;
    if (fills) {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setMaximumHeight(220);
    }
    rebuildRenderer();
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
        m_overflow = m_fillsSpace ? measureOverflow(*drawn) : QMarginsF();
        // Room above and below when the drawing reaches there, or when walls
        // should run up out of the picture; else room to the sides.
        const double across = m_overflow.left() + m_overflow.right();
        const double upDown = m_overflow.top() + m_overflow.bottom();
        m_roomAcross = across > upDown ||
                       (across == 0 && upDown == 0 &&
                        std::none_of(drawn->props.begin(), drawn->props.end(), isArchitecture));
    }
    update();
}

core::Pose FigureView::poseAt(double t, QString* name) const
{
    const core::IllustrationStep& movement = m_illustration->movement;
    const core::Pose* from = m_illustration->pose(movement.fromPose);
    const core::Pose* to = m_illustration->pose(movement.finalPose());
    if (!from || !to)
        return {};
    if (name)
        *name = t < 0.5 ? movement.fromPose : movement.finalPose();
    return core::Pose::interpolate(*from, *to, t);
}

QMarginsF FigureView::measureOverflow(const core::Illustration& drawn) const
{
    // The renderer fits its scene to the target and cuts off at the edges
    // what reaches past it (a band's table top, a bun below a head lying on
    // the mat). Drawing the movement once with room to the sides and once
    // with room above and below shows how far it really reaches.
    core::Illustration measured = drawn;
    measured.props.removeIf(isArchitecture);
    const IllustrationRenderer renderer(*m_exercise, measured, FigureStyle::forPalette(palette()));
    const QRectF scene = renderer.sceneRect();
    if (scene.isEmpty() || !m_illustration->pose(m_illustration->movement.fromPose))
        return {};
    const int room = int(std::ceil(kMeasureRoomCm * kMeasureScale));
    const QSize sceneSize(int(std::ceil(scene.width() * kMeasureScale)),
                          int(std::ceil(scene.height() * kMeasureScale)));
    const auto draw = [&](const QSize& size) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        for (const double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            QString name;
            const core::Pose pose = poseAt(t, &name);
            renderer.paintPose(painter, QRectF(QPointF(0, 0), QSizeF(size)), pose, name);
        }
        return image;
    };

    // Room to the sides: the scene fills the height, centred. The floor line
    // runs across the whole picture and is left out.
    const QImage wide = draw(sceneSize + QSize(2 * room, 0));
    double scale = wide.height() / scene.height();
    const double floorRow = wide.height() - scale * (0 - scene.top());
    const double floorHalf = 0.75 * scale + 2;
    const QRect across = drawnPixels(wide, int(floorRow - floorHalf), int(floorRow + floorHalf));
    // Room above and below: the scene fills the width, centred.
    const QImage tall = draw(sceneSize + QSize(0, 2 * room));
    const QRect upDown = drawnPixels(tall);
    if (across.isNull() || upDown.isNull())
        return {};
    const double left = scene.center().x() + (across.left() - wide.width() / 2.0) / scale;
    const double right = scene.center().x() + (across.right() + 1 - wide.width() / 2.0) / scale;
    scale = tall.width() / scene.width();
    const double sceneBottomRow = tall.height() - (tall.height() - scene.height() * scale) / 2;
    const double highest = scene.top() + (sceneBottomRow - upDown.top()) / scale;
    const double lowest = scene.top() + (sceneBottomRow - upDown.bottom() - 1) / scale;

    // Against the scene the picture is drawn in (walls included).
    const QRectF shown = m_renderer->sceneRect();
    return {std::max(0.0, shown.left() - left), std::max(0.0, highest - shown.bottom()),
            std::max(0.0, right - shown.right()), std::max(0.0, shown.top() - lowest)};
}

QRectF FigureView::sceneTarget() const
{
    const QRectF area = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (!m_renderer || !m_fillsSpace)
        return area;
    // Everything drawn, with a little air around it, as large as the area
    // allows and centred in it; the scene sits inside that.
    const QRectF scene = m_renderer->sceneRect();
    const QMarginsF& o = m_overflow;
    const QSizeF drawn(scene.width() + o.left() + o.right(), scene.height() + o.top() + o.bottom());
    const QSizeF padded = drawn * (1 + 2 * kBreathing);
    const double scale = std::min(area.width() / padded.width(), area.height() / padded.height());
    const QPointF paddedCorner = area.center() - QPointF(padded.width(), padded.height()) * scale / 2;
    const QPointF sceneCorner =
        paddedCorner + QPointF(drawn.width() * kBreathing + o.left(),
                               drawn.height() * kBreathing + o.top()) * scale;
    return QRectF(sceneCorner, scene.size() * scale);
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
    if (!m_illustration->pose(m_illustration->movement.fromPose) ||
        !m_illustration->pose(m_illustration->movement.finalPose()))
        return;
    QString name;
    const core::Pose pose = poseAt(position(), &name);
    QRectF target = sceneTarget();
    if (m_fillsSpace) {
        // The renderer cuts off at its target: leave it room in the direction
        // the drawing reaches past the scene (both at once cannot be had).
        if (m_roomAcross)
            target.adjust(-width(), 0, width(), 0);
        else
            target.adjust(0, -height(), 0, height());
    }
    m_renderer->paintPose(painter, target, pose, name);
}

void FigureView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuildRenderer();
    QWidget::changeEvent(event);
}

} // namespace carrywell::ui
