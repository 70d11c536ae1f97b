#include "journal/WarningSigns.h"

#include <QCoreApplication>
#include <QStringList>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::WarningSigns)
};

/// `source` in the interface's language, or as written (English). Notes are
/// read in both, so entries and words from before a language change still count.
QString words(const char* source, bool english)
{
    return english ? QString::fromUtf8(source) : Tr::tr(source);
}

QString prefix(bool english = false)
{
    return words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "Also noticed: "), english);
}

/// The phrase written into the note, lower case, as part of a sentence.
QString phrase(WarningSign sign, bool english = false)
{
    switch (sign) {
    case WarningSign::Leaking:
        return words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "leaking"), english);
    case WarningSign::Numbness:
        return words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "numbness or tingling"),
                     english);
    case WarningSign::NightPain:
        return words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "pain woke me at night"),
                     english);
    }
    return {};
}

/// Word stems that mean the sign in a note the person wrote themselves.
QStringList stems(WarningSign sign)
{
    const char* source = nullptr;
    switch (sign) {
    case WarningSign::Leaking:
        source = QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns",
                                   "leak|incontinen|wet myself|peed a little");
        break;
    case WarningSign::Numbness:
        source = QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "numb|tingl|pins and needles");
        break;
    case WarningSign::NightPain:
        source = QT_TRANSLATE_NOOP(
            "carrywell::ui::WarningSigns",
            "woke me|wakes me|waking me|woke up in pain|woke up with pain|pain woke");
        break;
    }
    if (!source)
        return {};
    QStringList all =
        (words(source, false) + QLatin1Char('|') + words(source, true)).split(QLatin1Char('|'));
    all.removeDuplicates();
    return all;
}

/// Splits off the signs line when the note ends with one.
bool splitSigns(const QString& note, QString* text, QList<WarningSign>* signs)
{
    const qsizetype lineStart = note.lastIndexOf(QLatin1Char('\n')) + 1;
    const QString line = note.mid(lineStart);
    // Written in the interface's language, or in English before it changed.
    const bool english = !line.startsWith(prefix()) && line.startsWith(prefix(true));
    if (!line.startsWith(prefix(english)) || !line.endsWith(QLatin1Char('.')))
        return false;
    const QStringList parts =
        line.mid(prefix(english).size()).chopped(1).split(QStringLiteral("; "));
    QList<WarningSign> found;
    for (const QString& part : parts) {
        bool known = false;
        for (const WarningSign sign : WarningSigns::all()) {
            if (part == phrase(sign, english)) {
                found.append(sign);
                known = true;
            }
        }
        if (!known)
            return false; // a line the person wrote in these words: keep it as text
    }
    if (text)
        *text = note.left(lineStart).chopped(lineStart > 0 ? 1 : 0);
    if (signs)
        *signs = found;
    return true;
}

/// True when `stem` occurs in `text` other than right after "no" or "not"
/// ("no numbness today" is not a sign).
bool mentions(const QString& text, const QString& stem)
{
    // Not cached: the language can change while Carrywell runs.
    QStringList negations;
    for (const bool english : {false, true}) {
        negations << words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "no "), english)
                  << words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "not "), english)
                  << words(QT_TRANSLATE_NOOP("carrywell::ui::WarningSigns", "without "), english);
    }
    for (qsizetype at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        const QString before = text.left(at);
        bool negated = false;
        for (const QString& negation : negations)
            negated = negated || before.endsWith(negation);
        if (!negated)
            return true;
    }
    return false;
}

} // namespace

QList<WarningSign> WarningSigns::all()
{
    return {WarningSign::Leaking, WarningSign::Numbness, WarningSign::NightPain};
}

QString WarningSigns::label(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking:
        return Tr::tr("Leaking");
    case WarningSign::Numbness:
        return Tr::tr("Numbness or tingling");
    case WarningSign::NightPain:
        return Tr::tr("Pain woke me at night");
    }
    return {};
}

QString WarningSigns::id(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking:
        return QStringLiteral("leaking");
    case WarningSign::Numbness:
        return QStringLiteral("numbness");
    case WarningSign::NightPain:
        return QStringLiteral("night-pain");
    }
    return {};
}

QString WarningSigns::joinNote(const QString& text, const QList<WarningSign>& signs)
{
    const QString trimmed = text.trimmed();
    if (signs.isEmpty())
        return trimmed;
    QStringList phrases;
    for (const WarningSign sign : all()) {
        if (signs.contains(sign))
            phrases.append(phrase(sign));
    }
    const QString line = prefix() + phrases.join(QStringLiteral("; ")) + QLatin1Char('.');
    return trimmed.isEmpty() ? line : trimmed + QLatin1Char('\n') + line;
}

QString WarningSigns::noteText(const QString& note)
{
    QString text;
    return splitSigns(note, &text, nullptr) ? text : note;
}

QList<WarningSign> WarningSigns::ticked(const QString& note)
{
    QList<WarningSign> signs;
    return splitSigns(note, nullptr, &signs) ? signs : QList<WarningSign>{};
}

QList<WarningSign> WarningSigns::mentioned(const QString& note)
{
    QList<WarningSign> found = ticked(note);
    const QString lower = note.toLower();
    for (const WarningSign sign : all()) {
        if (found.contains(sign))
            continue;
        for (const QString& stem : stems(sign)) {
            if (mentions(lower, stem)) {
                found.append(sign);
                break;
            }
        }
    }
    return found;
}

} // namespace carrywell::ui
