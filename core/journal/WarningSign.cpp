#include "core/journal/WarningSign.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <utility>

CARRYWELL_TR_CONTEXT(carrywell::core::WarningSign);

namespace carrywell::core {
namespace {

constexpr std::array signIds{
    std::pair{WarningSign::Leaking, "leaking"},
    std::pair{WarningSign::Numbness, "numbness"},
    std::pair{WarningSign::NightPain, "night-pain"},
};

/// `source` in the interface's language, or as written (English). Notes are
/// read in both, so entries from before a language change still count.
QString words(const char* source, bool english)
{
    return english ? QString::fromUtf8(source) : tr(source);
}

/// Word stems that mean the sign in a note the person wrote themselves.
QStringList stems(WarningSign sign)
{
    const char* source = nullptr;
    switch (sign) {
    case WarningSign::Leaking:
        source = QT_TRANSLATE_NOOP("carrywell::core::WarningSign",
                                   "leak|incontinen|wet myself|peed a little");
        break;
    case WarningSign::Numbness:
        source = QT_TRANSLATE_NOOP("carrywell::core::WarningSign", "numb|tingl|pins and needles");
        break;
    case WarningSign::NightPain:
        source = QT_TRANSLATE_NOOP(
            "carrywell::core::WarningSign",
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

/// True when `stem` occurs in `text` other than right after "no" or "not".
bool mentions(const QString& text, const QString& stem, const QStringList& negations)
{
    for (qsizetype at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        const QStringView before = QStringView(text).left(at);
        bool negated = false;
        for (const QString& negation : negations)
            negated = negated || before.endsWith(negation);
        if (!negated)
            return true;
    }
    return false;
}

} // namespace

QString toId(WarningSign value)
{
    for (const auto& [sign, id] : signIds) {
        if (sign == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <>
std::optional<WarningSign> fromId<WarningSign>(QStringView id)
{
    for (const auto& [sign, name] : signIds) {
        if (id == QLatin1String(name))
            return sign;
    }
    return std::nullopt;
}

template <>
QList<WarningSign> allValues<WarningSign>()
{
    QList<WarningSign> values;
    for (const auto& entry : signIds)
        values.append(entry.first);
    return values;
}

template <>
QString idList<WarningSign>()
{
    QStringList ids;
    for (const auto& entry : signIds)
        ids.append(QString::fromLatin1(entry.second));
    return ids.join(QStringLiteral(", "));
}

QString displayName(WarningSign value)
{
    switch (value) {
    case WarningSign::Leaking:
        return tr("Leaking");
    case WarningSign::Numbness:
        return tr("Numbness or tingling");
    case WarningSign::NightPain:
        return tr("Pain woke me at night");
    }
    return {};
}

QList<WarningSign> warningSignsMentionedIn(const QString& note)
{
    if (note.trimmed().isEmpty())
        return {};
    // Not cached: the language can change while Carrywell runs.
    QStringList negations;
    for (const bool english : {false, true}) {
        negations << words(QT_TRANSLATE_NOOP("carrywell::core::WarningSign", "no "), english)
                  << words(QT_TRANSLATE_NOOP("carrywell::core::WarningSign", "not "), english)
                  << words(QT_TRANSLATE_NOOP("carrywell::core::WarningSign", "without "), english);
    }
    const QString lower = note.toLower();
    QList<WarningSign> found;
    for (const WarningSign sign : allValues<WarningSign>()) {
        for (const QString& stem : stems(sign)) {
            if (mentions(lower, stem, negations)) {
                found.append(sign);
                break;
            }
        }
    }
    return found;
}

} // namespace carrywell::core
