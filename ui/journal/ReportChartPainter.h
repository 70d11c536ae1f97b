#pragma once

#include "core/journal/PainChartData.h"

class QPainter;
class QRectF;

namespace carrywell::ui {

/// Draws the report's pain chart with QPainter, as vectors: daily averages
/// as dots, the seven-day average as a line, sessions per week as bars on
/// the same time axis. Needs no widgets, so the command line can print it.
class ReportChartPainter
{
public:
    /// Paints into `bounds` with the painter's current font for labels.
    static void paint(QPainter& painter, const QRectF& bounds, const core::PainChartData& data);
};

} // namespace carrywell::ui
