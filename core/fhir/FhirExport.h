#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/fhir/FhirBundle.h"
#include "core/journal/DateRange.h"

#include <QStringList>
#include <optional>

namespace carrywell::core {

class Journal;

/// What a FHIR export takes besides the journal itself.
struct FhirExportOptions
{
    QString patientName;           ///< Empty: the Patient carries no identifying data.
    std::optional<DateRange> days; ///< Only these local days; everything when unset.
};

/// Exports for the File menu and the command line that know FHIR as well as
/// the journal's own formats.
class FhirExport
{
public:
    /// The check-ins, sessions and PSFS ratings of `options.days` (or all).
    static Result<FhirRecords> records(const Journal& journal, const FhirExportOptions& options);
    /// Writes the Bundle to `path`, saved atomically.
    static Result<Done> write(const Journal& journal, const QString& path,
                              const FhirExportOptions& options);
    /// Writes the journal in the format the name asks for: a FHIR Bundle for
    /// NAME.fhir.json, otherwise JournalFileFormats::exportTo. The files written.
    static Result<QStringList> exportTo(const Journal& journal, const QString& path,
                                        const FhirExportOptions& options = {});
};

} // namespace carrywell::core
