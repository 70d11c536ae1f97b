#include "core/content/RuleBook.h"

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
    // Avoid for one condition outweighs a change for another; changes for
    // both are both said.
    QStringList changes;
    const auto apply = [&result, &changes](bool applies, const ConditionAdvice& advice,
                                           Suitability::Condition condition) {
        if (!applies || result.fit == Suitability::Fit::Avoid)
            return;
        switch (advice.rule) {
        case ConditionRule::Ok:
            break;
        case ConditionRule::Modify:
            result.fit = Suitability::Fit::SuitsModified;
            changes.append(advice.note);
            break;
        case ConditionRule::Avoid:
            result.fit = Suitability::Fit::Avoid;
            result.avoidedFor = condition;
            result.note = advice.note;
            break;
        }
    };
    apply(profile.diastasis, exercise.diastasis, Suitability::Condition::Diastasis);
    apply(profile.pelvicGirdlePain, exercise.pelvicGirdlePain,
          Suitability::Condition::PelvicGirdlePain);
    // What a condition holds back is held back at any week, so it is said
    // first: it stays true when she gets to the week.
    if (result.fit == Suitability::Fit::Avoid)
        return result;
    if (profile.weeksSinceBirth.value_or(0) < result.fromWeek) {
        result.fit = Suitability::Fit::TooEarly;
        result.note.clear();
        return result;
    }
    if (result.fit == Suitability::Fit::SuitsModified)
        result.note = changes.join(QLatin1Char(' '));
    return result;
}

SuitabilityProfile SuitabilityProfile::of(const Profile& profile, const QDate& today)
{
    return {profile.weeksSinceBirth(today), profile.birthType, profile.diastasis,
            profile.symptomIds.contains(pelvicGirdlePainSymptomId())};
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
    // The first exercise held back for a condition decides, else the first
    // that is too early.
    std::optional<Suitability> tooEarly;
    for (const RoutineItem& item : routine.items) {
        const Exercise* exercise = library.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const Suitability one = forExercise(*exercise, profile);
        if (one.fit == Suitability::Fit::Avoid ||
            (one.fit == Suitability::Fit::TooEarly && !tooEarly)) {
            Suitability& held =
                one.fit == Suitability::Fit::Avoid ? result : tooEarly.emplace(result);
            held.fit = one.fit;
            held.avoidedFor = one.avoidedFor;
            held.note = one.note;
            held.exerciseId = one.exerciseId;
            if (one.fit == Suitability::Fit::Avoid)
                return result;
        }
        if (one.fit == Suitability::Fit::SuitsModified)
            result.fit = Suitability::Fit::SuitsModified;
    }
    return tooEarly.value_or(result);
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
