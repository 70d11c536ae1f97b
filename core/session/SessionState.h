#pragma once

#include "core/common/Result.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionOptions.h"
#include "core/session/SessionStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace carrywell::core {

/// Everything needed to resume a session after the app was closed in the
/// middle of it: what it runs, where it was, and what was done.
struct SessionState
{
    QString routineId;
    QString routineName;
    QList<SessionItem> items;
    SessionOptions options;
    QList<ExerciseProgress> progress; ///< One per item.
    qint64 positionMs = 0;            ///< Where in the timeline it stopped.
    int nextCue = 0;                  ///< The first cue not yet given.
    qint64 activeMs = 0;              ///< Time it ran, pauses excluded.
    QDateTime startedAt;
    QDateTime savedAt;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote, checking every field; the error names the
    /// first problem found.
    static Result<SessionState> fromJson(const QJsonObject& json);

    bool operator==(const SessionState&) const;
};

} // namespace carrywell::core
