#pragma once

#include "core/session/SessionStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace carrywell::core {

/// One exercise's outcome, for the journal.
struct SessionExerciseResult
{
    QString exerciseId;
    ExerciseProgress progress = ExerciseProgress::Done; ///< Done or Skipped.

    bool operator==(const SessionExerciseResult&) const = default;
};

/// What the journal records about a session.
struct SessionSummary
{
    QString routineId; ///< Empty for a single exercise or a plan day without one.
    QString routineName;
    QDateTime startedAt;
    int activeSeconds = 0;  ///< Time running, pauses excluded.
    bool completed = false; ///< Reached the end rather than being stopped.
    /// Done and skipped exercises in session order; exercises not reached
    /// while the session still runs are left out.
    QList<SessionExerciseResult> results;

    QStringList exercisesDone() const { return idsWith(ExerciseProgress::Done); }
    QStringList exercisesSkipped() const { return idsWith(ExerciseProgress::Skipped); }

private:
    QStringList idsWith(ExerciseProgress progress) const
    {
        QStringList ids;
        for (const SessionExerciseResult& result : results) {
            if (result.progress == progress)
                ids.append(result.exerciseId);
        }
        return ids;
    }
};

} // namespace carrywell::core

Q_DECLARE_METATYPE(carrywell::core::SessionSummary)
