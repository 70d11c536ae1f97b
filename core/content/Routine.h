#pragma once

#include "core/content/Dosage.h"
#include "core/content/Exercise.h"
#include "core/vocabulary/ContentOrigin.h"

#include <QList>
#include <optional>

namespace carrywell::core {

/// One exercise in a routine, optionally with its own dosage (a shorter hold,
/// one set instead of two) so the routine fits its time.
struct RoutineItem
{
    QString exerciseId;
    std::optional<Dosage> dosage; ///< Replaces the exercise's own dosage when set.

    /// The dosage this item runs with: its own, or the exercise's.
    const Dosage& dosageFor(const Exercise& exercise) const
    {
        return dosage ? *dosage : exercise.dosage;
    }
};

/// A ready-made sequence of exercises that runs as one guided session.
struct Routine
{
    QString id;
    QString name;
    QString summary;
    QList<RoutineItem> items; ///< In the order the session runs them.
    SourceRef source;
    ContentOrigin origin;
};

} // namespace carrywell::core
