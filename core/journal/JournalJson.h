#pragma once

#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/ImportReport.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace carrywell::core {

/// The whole journal as one JSON file, keeping everything (milliseconds, the
/// order of a session's exercises, plans):
///
///     {"format": "carrywell-journal", "formatVersion": 2, "exportedAt": "...",
///      "checkIns": [{"time", "overall", "regions": {"neck": 3}, "triggers": [...],
///                    "warning-signs": [...], "note"}],
///      "sessions": [{"started", "durationSeconds", "routineId", "routineName",
///                    "exercises": [{"id", "outcome": "done"|"skipped"}],
///                    "painBefore", "painAfter"}],
///      "plans": [{"weekStart", "savedAt", "plan": {...}}],
///      "activityRatings": [{"activity", "score", "ratedAt"}]}
class JournalJson
{
public:
    /// 2 added "warning-signs". Version 1 files kept them as the note's last
    /// line ("Also noticed: …"), which reading turns back into signs.
    /// 3 added "activityRatings" (PSFS); older files simply have none.
    static constexpr int formatVersion = 3;

    static QByteArray write(const QList<CheckIn>& checkIns, const QList<SessionRecord>& sessions,
                            const QList<SavedPlan>& plans,
                            const QList<ActivityRating>& activityRatings,
                            const QDateTime& exportedAt);

    /// Bad entries are listed in the batch with their JSON path (checkIns[3])
    /// and reason; unknown keys are problems too, so a typo is never ignored.
    /// An error means the file as a whole cannot be read.
    static Result<ImportBatch> read(const QByteArray& bytes);
};

} // namespace carrywell::core
