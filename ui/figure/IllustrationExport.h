#pragma once

#include "core/content/ContentLibrary.h"
#include "ui/figure/FigureStyle.h"

#include <QImage>
#include <QStringList>

namespace carrywell::ui {

/// Writes the illustrations of the whole library to a folder: one PNG per
/// exercise (its steps side by side, titled) and a contact sheet of all.
class IllustrationExport
{
public:
    struct Report
    {
        QStringList written; ///< File paths.
        QStringList missing; ///< Exercises without drawings.
        QString error;       ///< Set when the folder could not be written.
    };

    static Report writeAll(const core::ContentLibrary& library, const QString& directory,
                           const FigureStyle& style);

    /// Every exercise's movement as a thumbnail with its name, in a grid.
    static QImage contactSheet(const core::ContentLibrary& library, const FigureStyle& style);

    static QString contactSheetName() { return QStringLiteral("contact-sheet.png"); }
};

} // namespace carrywell::ui
