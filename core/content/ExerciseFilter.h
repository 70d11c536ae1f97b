#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <QSet>
#include <optional>

namespace carrywell::core {

/// Narrows the library the way the Library page does: by body region, what
/// hurts, kind of exercise, equipment at hand, what suits the user now, and
/// words from names, steps and symptoms. Unset criteria let everything pass.
struct ExerciseFilter
{
    std::optional<Region> region;
    QString symptomId;
    std::optional<Category> category;
    /// When set, only exercises whose bought equipment is all in this list
    /// (household things are always at hand).
    std::optional<QList<Equipment>> equipmentAtHand;
    /// When set, only exercises that suit this many weeks after this kind of
    /// birth (and with a diastasis or pelvic girdle pain, none it holds
    /// back): RuleBook decides.
    std::optional<int> weeksSinceBirth;
    BirthType birthType = BirthType::Unknown;
    bool diastasis = false;
    bool pelvicGirdlePain = false;
    QString text;

    /// Whether the exercise meets every criterion but the words.
    bool matches(const Exercise& exercise) const;
    /// The exercises that meet every criterion; with words, best match first.
    QList<const Exercise*> apply(const ContentLibrary& library) const;

    /// Whether everything the exercise needs is at hand: household things
    /// always are; bought ones when `atHand` has them.
    static bool hasEquipment(const Exercise& exercise, const QList<Equipment>& atHand);
};

} // namespace carrywell::core
