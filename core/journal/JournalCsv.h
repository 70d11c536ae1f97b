#pragma once

#include "core/common/Result.h"
#include "core/journal/CheckIn.h"
#include "core/journal/ImportReport.h"
#include "core/journal/SessionRecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace carrywell::core {

/// Journal entries as CSV for spreadsheets (see Csv for the dialect and
/// docs/file-formats.md for every column).
///
/// Check-ins: date, time, utc-offset (CsvMoment: the local date and time where
/// the entry was written, and its offset), overall, one column per region id
/// (empty: not scored), triggers and warning-signs (ids joined by ";"), note.
/// Sessions: date, time, utc_offset (when it started), duration_seconds,
/// routine_id, routine_name, exercises_done, exercises_skipped (ids joined by
/// ";"), pain_before, pain_after (empty: not asked).
///
/// Reading also takes every layout earlier versions wrote
/// (tests/data/csv): one ISO 8601 "time" or "started" column instead of the
/// three; no warning-signs column, with the signs read back from the "Also
/// noticed: …" line the notes end with (LegacySignsLine); warning_signs.
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
