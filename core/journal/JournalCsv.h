#pragma once

#include "core/common/Result.h"
#include "core/journal/CheckIn.h"
#include "core/journal/ImportReport.h"
#include "core/journal/SessionRecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace carrywell::core {

/// Journal entries as CSV for spreadsheets (see Csv for the dialect).
///
/// Check-ins: time, overall, one column per region id (empty: not scored),
/// triggers and warning-signs (ids joined by ";"), note. A file without a
/// warning-signs column (exported before they were data) has the signs read
/// back from the "Also noticed: …" line its notes end with (LegacySignsLine).
/// Sessions: started, duration_seconds, routine_id, routine_name,
/// exercises_done, exercises_skipped (ids joined by ";"), pain_before,
/// pain_after (empty: not asked).
/// Times are ISO 8601 to the second with the UTC offset where they were written.
class JournalCsv
{
public:
    static QStringList checkInColumns();
    static QStringList sessionColumns();

    static QByteArray writeCheckIns(const QList<CheckIn>& checkIns);
    /// Sessions in CSV keep their done and skipped exercises, not the order
    /// in which the two kinds alternated (the JSON backup keeps everything).
    static QByteArray writeSessions(const QList<SessionRecord>& sessions);

    /// Reads either kind, told apart by the first line. Columns may come in
    /// any order. Bad rows are listed in the batch with their line and
    /// reason; an error means the file as a whole cannot be read.
    static Result<ImportBatch> read(const QByteArray& bytes);
};

} // namespace carrywell::core
