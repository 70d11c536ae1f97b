#pragma once

#include <QList>
#include <QString>

namespace carrywell::ui {

/// Signs that call for a clinician rather than more exercises (see the
/// symptoms' "see a clinician" lists): leaking, numbness, pain at night.
enum class WarningSign
{
    Leaking,
    Numbness,
    NightPain,
};

/// The check-in dialog records warning signs as the last line of the note
/// ("Also noticed: leaking."), so they are kept in the journal, in exports
/// and in the physio report without a field of their own.
class WarningSigns
{
public:
    static QList<WarningSign> all();
    /// "Leaking", for a check box.
    static QString label(WarningSign sign);
    static QString id(WarningSign sign);

    /// The note with the signs line appended (or without one when `signs` is empty).
    static QString joinNote(const QString& text, const QList<WarningSign>& signs);
    /// The reverse of joinNote: the person's own text and the ticked signs.
    static QString noteText(const QString& note);
    static QList<WarningSign> ticked(const QString& note);

    /// Signs mentioned anywhere in a note, ticked or written in the person's
    /// own words ("leaked a bit", "numb", "woke me").
    static QList<WarningSign> mentioned(const QString& note);
};

} // namespace carrywell::ui
