#pragma once

#include <QRect>

class QPainter;
class QPalette;

namespace carrywell::ui {

/// The keyboard-focus outline Carrywell's own painted controls draw: a
/// solid line in the highlight colour, which keeps 3:1 against the window
/// and the base in both themes.
void paintFocusRing(QPainter& painter, const QRect& area, const QPalette& palette);

} // namespace carrywell::ui
