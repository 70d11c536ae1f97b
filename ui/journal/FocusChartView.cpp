#include "ui/journal/FocusChartView.h"

#include "ui/widgets/FocusRing.h"

#include <QPainter>

namespace carrywell::ui {

FocusChartView::FocusChartView(QWidget* parent) : QChartView(new QChart, parent) {}

void FocusChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (hasFocus()) {
        QPainter painter(viewport());
        paintFocusRing(painter, viewport()->rect(), palette());
    }
}

void FocusChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void FocusChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace carrywell::ui
