#include "content/ExerciseFilter.h"

#include <QRegularExpression>

namespace carrywell::core {
namespace {

// Lower case without accents, so "cesarean" finds "césarienne"-style text and
// typing is forgiving.
QString folded(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

} // namespace

bool ExerciseFilter::suitable(const Exercise& exercise, int weeks, BirthType birthType)
{
    const int earliest = birthType == BirthType::Vaginal ? exercise.phase.earliestWeek
                                                          : exercise.phase.caesareanEarliestWeek;
    return weeks >= earliest;
}

bool ExerciseFilter::containsText(const Exercise& exercise, const ContentLibrary& library,
                                  const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = folded(text).split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QStringList haystack{exercise.name, exercise.summary, displayName(exercise.category)};
    haystack += exercise.steps;
    haystack += exercise.cues;
    for (const QString& id : exercise.symptomIds) {
        if (const Symptom* symptom = library.symptom(id))
            haystack << symptom->name << symptom->description;
    }
    const QString all = folded(haystack.join(QLatin1Char(' ')));
    // Every word must appear somewhere, in any order.
    return std::all_of(words.begin(), words.end(),
                       [&all](const QString& word) { return all.contains(word); });
}

bool ExerciseFilter::matches(const Exercise& exercise, const ContentLibrary& library) const
{
    if (region && !exercise.works(*region))
        return false;
    if (!symptomId.isEmpty() && !exercise.symptomIds.contains(symptomId))
        return false;
    if (category && exercise.category != *category)
        return false;
    if (equipmentAtHand) {
        for (const Equipment needed : exercise.equipment) {
            if (!equipmentAtHand->contains(needed))
                return false;
        }
    }
    if (weeksSinceBirth && !suitable(exercise, *weeksSinceBirth, birthType))
        return false;
    return containsText(exercise, library, text);
}

QList<const Exercise*> ExerciseFilter::apply(const ContentLibrary& library) const
{
    QList<const Exercise*> result;
    for (const Exercise& exercise : library.exercises()) {
        if (matches(exercise, library))
            result.append(&exercise);
    }
    return result;
}

} // namespace carrywell::core
