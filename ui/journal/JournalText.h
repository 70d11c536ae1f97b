#pragma once

#include "core/content/ContentLibrary.h"
#include "core/journal/CheckIn.h"

#include <QHash>
#include <QString>

namespace carrywell::ui {

/// Words for numbers and entries of the journal, shared by the page, the
/// report and the command line so they all speak the same way (their dates,
/// times and numbers come from core::LocaleFormat).
class JournalText
{
public:
    /// "no pain" (0), "mild" (1–3), "moderate" (4–6), "severe" (7–9),
    /// "worst imaginable" (10).
    static QString painWord(int score);

    /// The content's region names, with the id for any region it lacks.
    static QHash<core::Region, QString> regionNames(const core::ContentLibrary& library);

    /// "Lower back 6, Neck 3".
    static QString regions(const core::CheckIn& checkIn, const QHash<core::Region, QString>& names);
    /// "Lifting, Poor sleep".
    static QString triggers(const core::CheckIn& checkIn);
    /// "Leaking, Pain woke me at night", as the check-in dialog names them.
    static QString warningSigns(const core::CheckIn& checkIn);
    /// "Leaking, Night pain": a word or two for each, for a table column.
    static QString briefWarningSigns(const core::CheckIn& checkIn);
};

} // namespace carrywell::ui
