#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"
#include "ui/print/PlanLayout.h"
#include "ui/print/PlanSheet.h"

class QPagedPaintDevice;

namespace carrywell::ui {

/// Paints a weekly plan as a sheet to pin up, in either layout, on a PDF
/// writer, a printer or the print preview: whatever page size and
/// orientation the device has (planPageLayout() gives the ones each layout
/// is made for).
class PlanSheetPainter
{
public:
    /// Paints from the device's current page; returns the pages used (1 or 2).
    static int paint(QPagedPaintDevice& device, const PlanSheet& sheet, PlanLayout layout);
    static int paint(QPagedPaintDevice& device, const core::WeeklyPlan& plan,
                     const core::ContentLibrary& library, PlanLayout layout);
};

} // namespace carrywell::ui
