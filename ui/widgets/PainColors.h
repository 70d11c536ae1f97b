#pragma once

#include <QColor>
#include <QPalette>

namespace carrywell::ui {

/// Calm colours for pain scores and chart series, readable in light and dark themes.
class PainColors
{
public:
    /// From a soft green (0) through amber to a muted red (10).
    static QColor forScore(int score);
    /// Black or white, whichever reads better on forScore(score).
    static QColor textOn(int score);
    /// The line of a body region in charts (seven distinct, muted hues).
    static QColor forRegion(int regionIndex);
    static QColor average();
    static QColor daily();
    static QColor sessions();
    static QColor before();
    static QColor after();
    /// Text that tells of a problem, readable on `palette`'s window colour.
    static QColor problemText(const QPalette& palette);
};

} // namespace carrywell::ui
