#pragma once

#include "core/journal/CheckIn.h"
#include "core/journal/WarningSign.h"

#include <QList>
#include <QString>
#include <optional>

namespace carrywell::core {

/// Reads the warning signs that journals before schema v4 kept as prose.
///
/// Until then the check-in dialog wrote the signs she ticked as the last line
/// of the note, in the interface's language: "Also noticed: leaking; pain
/// woke me at night.", "También he notado: …", "Außerdem bemerkt: …". The
/// v4 migration and imports of older exports turn that line back into data.
/// The words are those the released translations wrote, frozen here: later
/// changes to the translations must not change what old notes mean.
class LegacySignsLine
{
public:
    struct Split
    {
        QString note;             ///< The note without the line (and the line break before it).
        QList<WarningSign> signs; ///< In WarningSign order, no repeats.
    };

    /// The note without its signs line, and the signs that line named; nullopt
    /// when the note does not end with one. A line with any words other than
    /// the released ones ("Also noticed: the baby smiled.") is her own text
    /// and stays; so does a signs line followed by more text.
    static std::optional<Split> split(const QString& note);

    /// `checkIn` with a signs line at the end of its note moved into its
    /// warning signs (added to any it has); unchanged when there is none.
    static CheckIn recovered(CheckIn checkIn);
};

} // namespace carrywell::core
