#include "core/content/ExerciseFilter.h"

#include "core/content/ExerciseSearch.h"
#include "core/content/RuleBook.h"

namespace carrywell::core {

bool ExerciseFilter::hasEquipment(const Exercise& exercise, const QList<Equipment>& atHand)
{
    return std::all_of(
        exercise.equipment.begin(), exercise.equipment.end(),
        [&atHand](Equipment needed) { return isHousehold(needed) || atHand.contains(needed); });
}

bool ExerciseFilter::matches(const Exercise& exercise) const
{
    if (region && !exercise.works(*region))
        return false;
    if (!symptomId.isEmpty() && !exercise.symptomIds.contains(symptomId))
        return false;
    if (category && exercise.category != *category)
        return false;
    if (equipmentAtHand && !hasEquipment(exercise, *equipmentAtHand))
        return false;
    return !weeksSinceBirth || RuleBook::forExercise(exercise, {weeksSinceBirth, birthType,
                                                                diastasis, pelvicGirdlePain})
                                   .suits();
}

QList<const Exercise*> ExerciseFilter::apply(const ContentLibrary& library) const
{
    QList<const Exercise*> result;
    for (const Exercise& exercise : library.exercises()) {
        if (matches(exercise))
            result.append(&exercise);
    }
    return text.trimmed().isEmpty() ? result : ExerciseSearch(library).rank(result, text);
}

} // namespace carrywell::core
