#pragma once

#include <QColor>
#include <QPalette>

namespace carrywell::ui {

/// Colours of the illustrations, chosen for the light or dark theme.
struct FigureStyle
{
    QColor background;
    QColor body;
    QColor bodyFar;
    QColor outline;
    QColor hair;
    QColor highlight;
    QColor prop;
    QColor propOutline;
    QColor band;
    QColor mat;
    QColor floor;
    QColor arrow;
    QColor text;
    QColor mutedText;
    qreal ghostOpacity = 0.3;

    static FigureStyle light();
    static FigureStyle dark();
    /// Light or dark, following the palette's window colour.
    static FigureStyle forPalette(const QPalette& palette);
};

} // namespace carrywell::ui
