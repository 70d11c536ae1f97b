#pragma once

#include "ui/print/PlanSheet.h"

namespace carrywell::ui {

class SheetCanvas;

/// The portrait layout: one band per day, top to bottom. On the left the
/// day's name, date, length, tick box and pain scale; on the right its
/// exercises two to a row, each a picture beside its name, dose and one cue.
/// A busy week continues on a second page, never splitting a day.
class DayListPainter
{
public:
    /// Paints the sheet from the canvas's current page; returns the pages used.
    static int paint(SheetCanvas& canvas, const PlanSheet& sheet);
};

} // namespace carrywell::ui
