#include "content/RuleBook.h"

#include <QSet>

#include <algorithm>

namespace carrywell::core {

int RuleBook::earliestWeek(const Exercise& exercise, BirthType birthType)
{
    return birthType == BirthType::Vaginal ? exercise.phase.earliestWeek
                                           : exercise.phase.caesareanEarliestWeek;
}

Suitability RuleBook::forExercise(const Exercise& exercise, const SuitabilityProfile& profile)
{
    Suitability result;
    result.fromWeek = earliestWeek(exercise, profile.birthType);
    result.exerciseId = exercise.id;
    if (profile.weeksSinceBirth.value_or(0) < result.fromWeek) {
        result.fit = Suitability::Fit::TooEarly;
        return result;
    }
    if (profile.diastasis) {
        switch (exercise.diastasis.rule) {
        case DiastasisRule::Ok:
            break;
        case DiastasisRule::Modify:
            result.fit = Suitability::Fit::SuitsModified;
            result.note = exercise.diastasis.note;
            break;
        case DiastasisRule::Avoid:
            result.fit = Suitability::Fit::Avoid;
            result.note = exercise.diastasis.note;
            break;
        }
    }
    return result;
}

EarliestWeeks RuleBook::earliestWeeks(const Routine& routine, const ContentLibrary& library)
{
    EarliestWeeks weeks;
    for (const RoutineItem& item : routine.items) {
        if (const Exercise* exercise = library.exercise(item.exerciseId)) {
            weeks.vaginal = std::max(weeks.vaginal, exercise->phase.earliestWeek);
            weeks.caesarean = std::max(weeks.caesarean, exercise->phase.caesareanEarliestWeek);
        }
    }
    return weeks;
}

Suitability RuleBook::forRoutine(const Routine& routine, const ContentLibrary& library,
                                 const SuitabilityProfile& profile)
{
    Suitability result;
    const EarliestWeeks weeks = earliestWeeks(routine, library);
    result.fromWeek = profile.birthType == BirthType::Vaginal ? weeks.vaginal : weeks.caesarean;
    for (const RoutineItem& item : routine.items) {
        const Exercise* exercise = library.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const Suitability one = forExercise(*exercise, profile);
        if (!one.suits()) {
            result.fit = one.fit;
            result.note = one.note;
            result.exerciseId = one.exerciseId;
            return result;
        }
        if (one.fit == Suitability::Fit::SuitsModified)
            result.fit = Suitability::Fit::SuitsModified;
    }
    return result;
}

const Routine* RuleBook::nearestSuitable(const Routine& routine, const ContentLibrary& library,
                                         const SuitabilityProfile& profile)
{
    const auto regionsOf = [&library](const Routine& r) {
        QSet<Region> regions;
        for (const RoutineItem& item : r.items) {
            if (const Exercise* exercise = library.exercise(item.exerciseId))
                regions.unite(QSet<Region>(exercise->regions.begin(), exercise->regions.end()));
        }
        return regions;
    };
    const auto exercisesOf = [](const Routine& r) {
        QSet<QString> ids;
        for (const RoutineItem& item : r.items)
            ids.insert(item.exerciseId);
        return ids;
    };
    const QSet<Region> regions = regionsOf(routine);
    const QSet<QString> exercises = exercisesOf(routine);
    const Routine* best = nullptr;
    std::pair<qsizetype, qsizetype> bestShared{-1, -1};
    for (const Routine& other : library.routines()) {
        if (other.id == routine.id || !forRoutine(other, library, profile).suits())
            continue;
        const std::pair<qsizetype, qsizetype> shared{
            QSet<QString>(exercisesOf(other)).intersect(exercises).size(),
            QSet<Region>(regionsOf(other)).intersect(regions).size()};
        if (shared > bestShared) {
            best = &other;
            bestShared = shared;
        }
    }
    return best;
}

} // namespace carrywell::core
