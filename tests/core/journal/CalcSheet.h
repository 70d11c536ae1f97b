#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace carrywell::test {

/// One cell as LibreOffice Calc holds it after opening a CSV file.
struct SheetCell
{
    QString valueType;  ///< office:value-type: float, date, time, string; empty when empty.
    QString value;      ///< The value behind it: office:value, date-value or time-value.
    QString text;       ///< What the cell shows, its paragraphs joined by "\n".
    QString formula;    ///< Empty unless Calc made the cell a formula.
    QString formatKind; ///< The kind of its number format: date-style, time-style, … or empty.
};

using SheetRows = QList<QList<SheetCell>>;

/// Opens CSV files with the real LibreOffice Calc, headless: it converts the
/// file to flat OpenDocument (FODS) and the cells are read from that XML.
class CalcSheet
{
public:
    /// soffice from the build's configure, or on PATH; nullopt when neither.
    static std::optional<QString> program();

    /// The first sheet of `csvPath` as Calc reads it with `filterOptions` (the
    /// tokens of its "Text CSV" import filter). `workDir` gets Calc's own
    /// profile and HOME, so the user's are never touched and two tests never
    /// share one. Gives up after `timeoutSeconds`.
    static carrywell::core::Result<SheetRows> open(const QString& csvPath,
                                                   const QString& filterOptions,
                                                   const QString& workDir, int timeoutSeconds);

    /// `csvPath` opened as open() does, then saved by Calc as CSV again
    /// (comma, double quotes, UTF-8), as she would after editing it.
    static carrywell::core::Result<QByteArray> savedAgain(const QString& csvPath,
                                                          const QString& filterOptions,
                                                          const QString& workDir,
                                                          int timeoutSeconds);

    /// Reads the cells of the first table of a FODS document.
    static carrywell::core::Result<SheetRows> readFods(const QByteArray& xml);
};

} // namespace carrywell::test
