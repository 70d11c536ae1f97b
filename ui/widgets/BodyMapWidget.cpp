#include "ui/widgets/BodyMapWidget.h"

#include "ui/widgets/BodyMapAccessible.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace carrywell::ui {
namespace {

using core::Region;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Each outline is drawn in a 100 × 230 box; the two sit side by side with
// room for a caption above (as tall as the font needs).
constexpr double kFigureWidth = 100;
constexpr double kFigureHeight = 230;
constexpr double kGap = 24;
/// Below this, the map's size does not follow the font.
constexpr int kSmallestWidth = 240;
constexpr int kSmallestMaximumHeight = 300;
/// Growing with the space, no taller than this (unless the font asks for more).
constexpr int kLargestHeight = 560;

bool onBack(Region region)
{
    switch (region) {
    case Region::Neck:
    case Region::UpperBack:
    case Region::LowerBack:
    case Region::HipsGlutes:
        return true;
    case Region::PelvicFloor:
    case Region::Core:
    case Region::ChestShoulders:
        return false;
    }
    return false;
}

QPainterPath silhouette()
{
    QPainterPath body;
    body.addEllipse(QPointF(50, 18), 13, 15);
    body.addRoundedRect(QRectF(43, 30, 14, 14), 4, 4);
    QPainterPath torso;
    torso.moveTo(28, 46);
    torso.cubicTo(38, 41, 62, 41, 72, 46);
    torso.cubicTo(76, 70, 70, 90, 69, 104);
    torso.cubicTo(73, 115, 74, 124, 72, 134);
    torso.lineTo(28, 134);
    torso.cubicTo(26, 124, 27, 115, 31, 104);
    torso.cubicTo(30, 90, 24, 70, 28, 46);
    body.addPath(torso);
    // Arms.
    body.addRoundedRect(QRectF(15, 48, 12, 52), 6, 6);
    body.addRoundedRect(QRectF(73, 48, 12, 52), 6, 6);
    body.addRoundedRect(QRectF(12, 96, 11, 46), 5.5, 5.5);
    body.addRoundedRect(QRectF(77, 96, 11, 46), 5.5, 5.5);
    // Legs.
    body.addRoundedRect(QRectF(30, 128, 18, 98), 8, 8);
    body.addRoundedRect(QRectF(52, 128, 18, 98), 8, 8);
    return body.simplified();
}

QPainterPath regionShape(Region region)
{
    QPainterPath path;
    switch (region) {
    case Region::Neck:
        path.addRoundedRect(QRectF(41, 29, 18, 16), 5, 5);
        break;
    case Region::UpperBack:
        path.addRoundedRect(QRectF(29, 47, 42, 38), 8, 8);
        break;
    case Region::LowerBack:
        path.addRoundedRect(QRectF(31, 87, 38, 20), 6, 6);
        break;
    case Region::HipsGlutes:
        path.addRoundedRect(QRectF(29, 109, 42, 27), 9, 9);
        break;
    case Region::ChestShoulders:
        path.addRoundedRect(QRectF(27, 45, 46, 28), 9, 9);
        path.addEllipse(QPointF(22, 53), 7, 7);
        path.addEllipse(QPointF(78, 53), 7, 7);
        path = path.simplified();
        break;
    case Region::Core:
        path.addRoundedRect(QRectF(31, 75, 38, 34), 8, 8);
        break;
    case Region::PelvicFloor:
        path.moveTo(33, 112);
        path.lineTo(67, 112);
        path.quadTo(64, 130, 50, 137);
        path.quadTo(36, 130, 33, 112);
        path.closeSubpath();
        break;
    }
    return path;
}

} // namespace

BodyMapWidget::BodyMapWidget(QWidget* parent) : QWidget(parent)
{
    // Before anything below asks for this widget's accessible interface.
    installBodyMapAccessibility();
    setObjectName(QStringLiteral("bodyMap"));
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Choose where it hurts: front and back of the body"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    updateHeightLimits();
    for (const Region region : core::allValues<Region>())
        m_names.insert(region, core::toId(region));
}

void BodyMapWidget::setRegionNames(const QHash<Region, QString>& names)
{
    for (auto it = names.begin(); it != names.end(); ++it)
        m_names.insert(it.key(), it.value());
    update();
}

QString BodyMapWidget::regionName(Region region) const
{
    return m_names.value(region);
}

double BodyMapWidget::captionHeight() const
{
    return fontMetrics().height() + 6;
}

QSize BodyMapWidget::sizeHint() const
{
    // Grows with a larger font, so the captions and figures keep their proportions.
    const int width = std::max(kSmallestWidth, fontMetrics().height() * 15);
    return {width, heightForWidth(width)};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return {180, heightForWidth(180)};
}

int BodyMapWidget::heightForWidth(int width) const
{
    const double scale = width / (2 * kFigureWidth + kGap);
    return qRound(captionHeight() + kFigureHeight * scale + 4);
}

void BodyMapWidget::setGrowsWithSpace(bool grows)
{
    if (grows == m_growsWithSpace)
        return;
    m_growsWithSpace = grows;
    setSizePolicy(QSizePolicy::Preferred, grows ? QSizePolicy::Expanding : QSizePolicy::Preferred);
    updateHeightLimits();
    updateGeometry();
}

void BodyMapWidget::updateHeightLimits()
{
    const int usual = std::max(kSmallestMaximumHeight,
                               heightForWidth(sizeHint().width()) + qRound(captionHeight()));
    if (m_growsWithSpace) {
        // Never smaller than usual; larger as far as the width lets the
        // figures grow, so no empty band opens under them.
        setMinimumHeight(usual);
        setMaximumHeight(std::max(usual, std::min(kLargestHeight, heightForWidth(width()))));
    } else {
        setMinimumHeight(0);
        setMaximumHeight(usual);
    }
}

void BodyMapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_growsWithSpace)
        updateHeightLimits();
}

QTransform BodyMapWidget::figureTransform(bool back) const
{
    const double caption = captionHeight();
    const double scale =
        std::min(width() / (2 * kFigureWidth + kGap), (height() - caption - 4) / kFigureHeight);
    const double total = (2 * kFigureWidth + kGap) * scale;
    const double left = (width() - total) / 2 + (back ? (kFigureWidth + kGap) * scale : 0);
    QTransform transform;
    transform.translate(left, caption);
    transform.scale(scale, scale);
    return transform;
}

QPainterPath BodyMapWidget::regionPath(Region region) const
{
    return figureTransform(onBack(region)).map(regionShape(region));
}

QRectF BodyMapWidget::regionRect(Region region) const
{
    return regionPath(region).boundingRect();
}

std::optional<Region> BodyMapWidget::regionAt(const QPointF& position) const
{
    // Smaller regions first, so the pelvic floor wins over the core it touches.
    for (const Region region : {Region::Neck, Region::PelvicFloor, Region::LowerBack, Region::Core,
                                Region::HipsGlutes, Region::UpperBack, Region::ChestShoulders}) {
        if (regionPath(region).contains(position))
            return region;
    }
    return std::nullopt;
}

void BodyMapWidget::setSelectedRegion(std::optional<Region> region)
{
    if (m_selected == region)
        return;
    m_selected = region;
    update();
    if (region) {
        QAccessibleEvent event(this, QAccessible::Selection);
        event.setChild(static_cast<int>(*region));
        QAccessible::updateAccessibility(&event);
    }
}

void BodyMapWidget::setFocusedRegion(Region region)
{
    m_focused = region;
    update();
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(static_cast<int>(region));
    QAccessible::updateAccessibility(&event);
}

void BodyMapWidget::activate(Region region)
{
    setFocusedRegion(region);
    const std::optional<Region> next =
        m_selected == region ? std::nullopt : std::optional<Region>(region);
    setSelectedRegion(next);
    emit regionClicked(next);
}

QColor BodyMapWidget::figureFill(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(150) : window.darker(108);
}

QColor BodyMapWidget::regionFill(const QPalette& palette, bool selected, bool hovered)
{
    QColor fill = palette.color(QPalette::Highlight);
    // A chosen region is nearly opaque, so it stands 3:1 apart from the figure.
    fill.setAlpha(selected ? 235 : (hovered ? 110 : 45));
    return fill;
}

QColor BodyMapWidget::regionOutline(const QPalette& palette, bool selected)
{
    // Lighter on dark and darker on light, so each region's edge keeps 3:1
    // against the figure it is drawn on.
    const QColor accent = palette.color(QPalette::Highlight);
    if (isDark(palette))
        return accent.lighter(selected ? 145 : 130);
    return accent.darker(selected ? 140 : 110);
}

void BodyMapWidget::paintFigure(QPainter& painter, bool back) const
{
    const QPalette& pal = palette();
    painter.save();
    painter.setTransform(figureTransform(back));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.2));
    painter.setBrush(figureFill(pal));
    painter.drawPath(silhouette());
    if (!back) {
        // A hint of a face so front and back are told apart at a glance.
        painter.setPen(QPen(pal.color(QPalette::Mid), 1.2));
        painter.drawArc(QRectF(44, 20, 12, 7), 200 * 16, 140 * 16);
    } else {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(QPointF(50, 46), QPointF(50, 108)); // spine
    }
    painter.restore();
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();

    painter.setPen(pal.color(QPalette::WindowText));
    for (const bool back : {false, true}) {
        const QTransform t = figureTransform(back);
        const QRectF caption(t.map(QPointF(0, 0)).x(), 0, t.m11() * kFigureWidth,
                             captionHeight() - 4);
        painter.drawText(caption, Qt::AlignCenter, back ? tr("Back") : tr("Front"));
        paintFigure(painter, back);
    }

    for (const Region region : core::allValues<Region>()) {
        const QPainterPath path = regionPath(region);
        const bool selected = m_selected == region;
        painter.setPen(QPen(regionOutline(pal, selected), selected ? 2 : 1));
        painter.setBrush(regionFill(pal, selected, m_hovered == region));
        painter.drawPath(path);
        if (hasFocus() && m_focused == region) {
            painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(path.boundingRect().adjusted(-3, -3, 3, 3));
        }
    }
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const std::optional<Region> hovered = regionAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void BodyMapWidget::leaveEvent(QEvent*)
{
    m_hovered.reset();
    update();
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const std::optional<Region> region = regionAt(event->position()))
        activate(*region);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    const QList<Region> order{Region::ChestShoulders, Region::Core,      Region::PelvicFloor,
                              Region::Neck,           Region::UpperBack, Region::LowerBack,
                              Region::HipsGlutes};
    const int current = m_focused ? static_cast<int>(order.indexOf(*m_focused)) : -1;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        setFocusedRegion(order.at((current + 1) % order.size()));
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        setFocusedRegion(order.at((current - 1 + order.size()) % order.size()));
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focused)
            activate(*m_focused);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const std::optional<Region> region = regionAt(help->pos()))
            QToolTip::showText(help->globalPos(), m_names.value(*region), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn && !m_focused)
        m_focused = m_selected.value_or(Region::ChestShoulders);
    if (event->type() == QEvent::FontChange)
        updateHeightLimits();
    return QWidget::event(event);
}

} // namespace carrywell::ui
