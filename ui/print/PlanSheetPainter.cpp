#include "ui/print/PlanSheetPainter.h"

#include "ui/print/DayListPainter.h"
#include "ui/print/SheetCanvas.h"
#include "ui/print/WeekGridPainter.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace carrywell::ui {

int PlanSheetPainter::paint(QPagedPaintDevice& device, const PlanSheet& sheet, PlanLayout layout)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    SheetCanvas canvas(painter, device);
    switch (layout) {
    case PlanLayout::WeekGrid:
        return WeekGridPainter::paint(canvas, sheet);
    case PlanLayout::DayByDay:
        return DayListPainter::paint(canvas, sheet);
    }
    return 0;
}

int PlanSheetPainter::paint(QPagedPaintDevice& device, const core::WeeklyPlan& plan,
                            const core::ContentLibrary& library, PlanLayout layout)
{
    return paint(device, PlanSheet::from(plan, library), layout);
}

} // namespace carrywell::ui
