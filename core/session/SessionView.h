#pragma once

#include "core/session/SessionPlan.h"
#include "core/session/SessionStatus.h"

namespace carrywell::core {

/// What the session page shows at one moment.
struct SessionView
{
    SessionStatus status = SessionStatus::NotStarted;
    SessionSegment segment; ///< The segment running now.
    int segmentIndex = 0;
    qint64 segmentElapsedMs = 0;
    qint64 segmentRemainingMs = 0;
    int exerciseIndex = 0; ///< 0-based: "exercise 2 of 5" is index 1.
    int exerciseCount = 0;
    QString exerciseId;
    QString exerciseName;
    int nextExerciseIndex = -1; ///< -1 during the last exercise.
    QString nextExerciseName;
    /// Where the animated figure is: 0 at the start pose, 1 at the end pose.
    double movementPosition = 0.0;
    qint64 positionMs = 0;
    qint64 totalMs = 0;

    /// The view of `plan` at `positionMs` of active time.
    static SessionView at(const SessionPlan& plan, qint64 positionMs,
                          SessionStatus status = SessionStatus::Running);
};

} // namespace carrywell::core
