#pragma once

#include "core/common/Result.h"
#include "core/journal/ImportReport.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

class Journal;

/// Export and import by the file's extension, for the File menu and the
/// command line alike: .json is the whole-journal backup; .csv holds the
/// check-ins, with the sessions beside it in NAME-sessions.csv; .fhir.json is
/// the FHIR Bundle for clinics, which core/fhir writes (FhirExport) and
/// nothing reads back.
class JournalFileFormats
{
public:
    enum class Kind
    {
        Csv,
        Json,
        Fhir, ///< NAME.fhir.json: wins over .json.
    };

    static std::optional<Kind> kindOf(const QString& path);
    /// Where a CSV export puts the sessions: "notes.csv" → "notes-sessions.csv".
    static QString sessionsCsvPath(const QString& path);

    /// Writes the journal to `path` (saved atomically); the files written.
    /// FHIR needs core/fhir: FhirExport::exportTo writes every kind.
    static Result<QStringList> exportTo(const Journal& journal, const QString& path);
    /// Reads an export to review before importing; nothing touches the journal.
    static Result<ImportBatch> read(const QString& path);

    /// "12 check-ins and 3 sessions".
    static QString entries(int checkIns, int sessions, int plans, int activityRatings = 0);
    static QString describe(const ImportBatch& batch);
    /// What an import did, in a sentence or two.
    static QString summary(const ImportReport& report);
};

} // namespace carrywell::core
