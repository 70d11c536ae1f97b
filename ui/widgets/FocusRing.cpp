#include "ui/widgets/FocusRing.h"

#include <QPainter>
#include <QPalette>

namespace carrywell::ui {

void paintFocusRing(QPainter& painter, const QRect& area, const QPalette& palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(area).adjusted(1, 1, -1, -1), 6, 6);
    painter.restore();
}

} // namespace carrywell::ui
