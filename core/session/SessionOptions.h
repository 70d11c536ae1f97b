#pragma once

#include "core/content/Dosage.h"

namespace carrywell::core {

/// How a session paces the time around the exercises. Every gap is at least
/// three seconds, so a 3-2-1 countdown always fits.
struct SessionOptions
{
    int getReadySeconds = 5;              ///< Countdown before each exercise.
    int restBetweenExercisesSeconds = 15; ///< Before the next exercise's get-ready.
    int switchSidesSeconds =
        Dosage::Pacing::switchSidesSeconds; ///< Also the shortest rest between sets.

    /// The same options with every gap in its allowed range (3–600 s).
    SessionOptions clamped() const;

    bool operator==(const SessionOptions&) const = default;
};

} // namespace carrywell::core
