#include "core/fhir/FhirExport.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalFileFormats.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalHistory.h"

namespace carrywell::core {

Result<FhirRecords> FhirExport::records(const Journal& journal, const FhirExportOptions& options)
{
    const JournalHistory history(journal);
    const Result<QList<CheckIn>> checkIns =
        options.days ? history.checkIns(*options.days) : history.allCheckIns();
    if (!checkIns)
        return Error{checkIns.error()};
    const Result<QList<SessionRecord>> sessions =
        options.days ? history.sessions(*options.days) : history.allSessions();
    if (!sessions)
        return Error{sessions.error()};
    const Result<QList<ActivityRating>> ratings =
        options.days ? history.activityRatings(*options.days) : history.allActivityRatings();
    if (!ratings)
        return Error{ratings.error()};
    return FhirRecords{checkIns.value(), sessions.value(), ratings.value(), options.patientName,
                       journal.clock().now()};
}

Result<Done> FhirExport::write(const Journal& journal, const QString& path,
                               const FhirExportOptions& options)
{
    const Result<FhirRecords> read = records(journal, options);
    if (!read)
        return Error{read.error()};
    return JournalFiles::save(path, FhirBundle::write(read.value()));
}

Result<QStringList> FhirExport::exportTo(const Journal& journal, const QString& path,
                                         const FhirExportOptions& options)
{
    if (JournalFileFormats::kindOf(path) != JournalFileFormats::Kind::Fhir)
        return JournalFileFormats::exportTo(journal, path);
    const Result<Done> written = write(journal, path, options);
    if (!written)
        return Error{written.error()};
    return QStringList{path};
}

} // namespace carrywell::core
