#include "journal/WarningSigns.h"

#include <QCoreApplication>
#include <QStringList>

namespace carrywell::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("carrywell::ui::WarningSigns", text);
}

QString prefix() { return tr("Also noticed: "); }

/// The phrase written into the note, lower case, as part of a sentence.
QString phrase(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking: return tr("leaking");
    case WarningSign::Numbness: return tr("numbness or tingling");
    case WarningSign::NightPain: return tr("pain woke me at night");
    }
    return {};
}

/// Word stems that mean the sign in a note the person wrote themselves.
QStringList stems(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking:
        return tr("leak|incontinen|wet myself|peed a little").split(QLatin1Char('|'));
    case WarningSign::Numbness:
        return tr("numb|tingl|pins and needles").split(QLatin1Char('|'));
    case WarningSign::NightPain:
        return tr("woke me|wakes me|waking me|woke up in pain|woke up with pain|pain woke")
            .split(QLatin1Char('|'));
    }
    return {};
}

/// Splits off the signs line when the note ends with one.
bool splitSigns(const QString& note, QString* text, QList<WarningSign>* signs)
{
    const qsizetype lineStart = note.lastIndexOf(QLatin1Char('\n')) + 1;
    const QString line = note.mid(lineStart);
    if (!line.startsWith(prefix()) || !line.endsWith(QLatin1Char('.')))
        return false;
    const QStringList parts = line.mid(prefix().size()).chopped(1).split(QStringLiteral("; "));
    QList<WarningSign> found;
    for (const QString& part : parts) {
        bool known = false;
        for (const WarningSign sign : WarningSigns::all()) {
            if (part == phrase(sign)) {
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
    static const QStringList negations{tr("no "), tr("not "), tr("without ")};
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
    case WarningSign::Leaking: return tr("Leaking");
    case WarningSign::Numbness: return tr("Numbness or tingling");
    case WarningSign::NightPain: return tr("Pain woke me at night");
    }
    return {};
}

QString WarningSigns::id(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking: return QStringLiteral("leaking");
    case WarningSign::Numbness: return QStringLiteral("numbness");
    case WarningSign::NightPain: return QStringLiteral("night-pain");
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
