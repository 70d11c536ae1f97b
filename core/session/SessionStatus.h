#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace carrywell::core {

/// Where a session as a whole stands.
enum class SessionStatus
{
    NotStarted,
    Running,
    Paused,
    Finished, ///< Reached the end (the last exercise done or skipped).
    Stopped,  ///< Ended early by the person.
};

/// What became of one exercise of a session.
enum class ExerciseProgress
{
    Pending, ///< Not finished yet.
    Done,    ///< Its last set was completed.
    Skipped, ///< Skipped, or left unfinished when the session stopped.
};

QString toId(SessionStatus status);
QString toId(ExerciseProgress progress);
std::optional<ExerciseProgress> exerciseProgressFromId(QStringView id);

} // namespace carrywell::core
