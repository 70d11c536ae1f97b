#include "core/session/SessionRecording.h"

#include "core/journal/Journal.h"

namespace carrywell::core {

SessionRecord SessionRecording::recordOf(const SessionSummary& summary,
                                         std::optional<int> painBefore,
                                         std::optional<int> painAfter)
{
    SessionRecord record;
    record.startedAt = summary.startedAt;
    record.durationSeconds = summary.activeSeconds;
    record.routineId = summary.routineId;
    record.routineName = summary.routineName;
    for (const SessionExerciseResult& result : summary.results) {
        record.exercises.append({result.exerciseId, result.progress == ExerciseProgress::Done
                                                        ? ExerciseOutcome::Done
                                                        : ExerciseOutcome::Skipped});
    }
    record.painBefore = painBefore;
    record.painAfter = painAfter;
    return record;
}

Result<qint64> SessionRecording::save(Journal& journal, const SessionSummary& summary,
                                      std::optional<int> painBefore, std::optional<int> painAfter)
{
    return journal.addSession(recordOf(summary, painBefore, painAfter));
}

} // namespace carrywell::core
