#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/journal/ImportReport.h"

#include <QString>

namespace carrywell::core {

class Journal;

/// Exporting the journal to files, and reading files to import.
class JournalTransfer
{
public:
    /// Every check-in, as CSV (JournalCsv), saved atomically.
    static Result<Done> exportCheckInsCsv(const Journal& journal, const QString& path);
    /// Every session, as CSV (JournalCsv), saved atomically.
    static Result<Done> exportSessionsCsv(const Journal& journal, const QString& path);
    /// Everything, as a JSON backup (JournalJson), saved atomically.
    static Result<Done> exportJson(const Journal& journal, const QString& path);

    /// Reads a CSV export or a JSON backup (told apart by content) into a
    /// batch the user can review before Journal::import.
    static Result<ImportBatch> readFile(const QString& path);
    static Result<ImportBatch> readBytes(const QByteArray& bytes);
};

} // namespace carrywell::core
