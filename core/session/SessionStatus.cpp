#include "core/session/SessionStatus.h"

namespace carrywell::core {

QString toId(SessionStatus status)
{
    switch (status) {
    case SessionStatus::NotStarted:
        return QStringLiteral("not-started");
    case SessionStatus::Running:
        return QStringLiteral("running");
    case SessionStatus::Paused:
        return QStringLiteral("paused");
    case SessionStatus::Finished:
        return QStringLiteral("finished");
    case SessionStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString toId(ExerciseProgress progress)
{
    switch (progress) {
    case ExerciseProgress::Pending:
        return QStringLiteral("pending");
    case ExerciseProgress::Done:
        return QStringLiteral("done");
    case ExerciseProgress::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<ExerciseProgress> exerciseProgressFromId(QStringView id)
{
    for (const ExerciseProgress p :
         {ExerciseProgress::Pending, ExerciseProgress::Done, ExerciseProgress::Skipped}) {
        if (id == toId(p))
            return p;
    }
    return std::nullopt;
}

} // namespace carrywell::core
