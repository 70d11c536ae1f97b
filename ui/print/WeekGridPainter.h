#pragma once

#include "ui/print/PlanSheet.h"

namespace carrywell::ui {

class SheetCanvas;

/// The landscape layout: the seven days side by side, each a column of
/// exercise cards (picture, name, dose, one cue) under the day's name, date,
/// length and tick box, with the day's pain scale at the foot. Pictures
/// shrink to fit a busy week on one page; a week too full even then goes
/// on two pages, Monday to Thursday and Friday to Sunday.
class WeekGridPainter
{
public:
    /// Paints the sheet from the canvas's current page; returns the pages used.
    static int paint(SheetCanvas& canvas, const PlanSheet& sheet);
};

} // namespace carrywell::ui
