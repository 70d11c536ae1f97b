#include "ui/checkin/ScoredBodyMap.h"

#include "core/common/LocaleFormat.h"
#include "ui/widgets/PainColors.h"

#include <QKeyEvent>
#include <QPainter>
#include <algorithm>

namespace carrywell::ui {

ScoredBodyMap::ScoredBodyMap(QWidget* parent) : BodyMapWidget(parent)
{
    setObjectName(QStringLiteral("checkInBodyMap"));
    setAccessibleName(tr("Where it hurts"));
    setAccessibleDescription(
        tr("Tap or press Space on each region that hurts; again to take it away"));
}

void ScoredBodyMap::setScores(const QList<core::RegionScore>& scores)
{
    m_scores = scores;
    update();
}

void ScoredBodyMap::paintEvent(QPaintEvent* event)
{
    BodyMapWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const double radius = std::max(9.0, font.pointSizeF() * 1.1);
    for (const core::RegionScore& entry : m_scores) {
        const QPointF centre = regionRect(entry.region).center();
        const QRectF badge(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(PainColors::forScore(entry.score));
        painter.drawEllipse(badge);
        painter.setPen(PainColors::textOn(entry.score));
        painter.drawText(badge, Qt::AlignCenter, core::LocaleFormat::number(entry.score));
    }
}

void ScoredBodyMap::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->ignore();
        return;
    }
    BodyMapWidget::keyPressEvent(event);
}

} // namespace carrywell::ui
