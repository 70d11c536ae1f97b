#include "core/journal/JournalFileFormats.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalCsv.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalJson.h"
#include "core/journal/JournalTransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

CARRYWELL_TR_CONTEXT(carrywell::core::JournalFileFormats);

namespace carrywell::core {
namespace {

QString count(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(LocaleFormat::number(n));
}

// A QString, not an Error: lupdate takes a qualified return type for the
// function's class and would file the text under the wrong context.
QString unknownKind(const QString& path)
{
    return tr("Carrywell reads and writes journals as .csv or .json files, and “%1” is neither. "
              "Choose a name ending in .csv or .json.")
        .arg(QDir::toNativeSeparators(path));
}

// Only FhirExport writes FHIR; this guards callers that skip it.
QString fhirNotHere(const QString& path)
{
    return tr("“%1” was not written: FHIR exports are made from File ▸ Export ▸ For a clinic "
              "(FHIR) or with --export-journal.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

std::optional<JournalFileFormats::Kind> JournalFileFormats::kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (QFileInfo(path).fileName().endsWith(QLatin1String(".fhir.json"), Qt::CaseInsensitive))
        return Kind::Fhir;
    if (suffix == QLatin1String("csv"))
        return Kind::Csv;
    if (suffix == QLatin1String("json"))
        return Kind::Json;
    return std::nullopt;
}

QString JournalFileFormats::sessionsCsvPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-sessions.") +
                               info.suffix());
}

Result<QStringList> JournalFileFormats::exportTo(const Journal& journal, const QString& path)
{
    const std::optional<Kind> kind = kindOf(path);
    if (!kind)
        return Error{unknownKind(path)};
    if (*kind == Kind::Fhir)
        return Error{fhirNotHere(path)};
    if (*kind == Kind::Json) {
        const Result<Done> written = JournalTransfer::exportJson(journal, path);
        if (!written)
            return Error{written.error()};
        return QStringList{path};
    }
    const Result<Done> checkIns = JournalTransfer::exportCheckInsCsv(journal, path);
    if (!checkIns)
        return Error{checkIns.error()};
    QStringList written{path};
    // Only the count: the export reads the sessions themselves.
    const Result<JournalDiagnostics> counts = journal.diagnostics();
    if (!counts)
        return Error{counts.error()};
    if (counts->sessions > 0) {
        const QString sessionsPath = sessionsCsvPath(path);
        const Result<Done> saved = JournalTransfer::exportSessionsCsv(journal, sessionsPath);
        if (!saved) {
            return Error{tr("The check-ins were saved in “%1”, but the sessions were not: %2")
                             .arg(QDir::toNativeSeparators(path), saved.error())};
        }
        written.append(sessionsPath);
    }
    return written;
}

Result<ImportBatch> JournalFileFormats::read(const QString& path)
{
    const std::optional<Kind> kind = kindOf(path);
    if (!kind)
        return Error{unknownKind(path)};
    if (*kind == Kind::Fhir) {
        return Error{tr("“%1” is a FHIR file for clinics, which Carrywell writes but does not "
                        "read back. Nothing was imported. To move your journal, import a .json "
                        "backup or a .csv export instead.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    const Result<QByteArray> bytes = JournalFiles::load(path);
    if (!bytes)
        return Error{bytes.error()};
    Result<ImportBatch> batch =
        *kind == Kind::Json ? JournalJson::read(bytes.value()) : JournalCsv::read(bytes.value());
    if (!batch) {
        // The reader's message already says that nothing was imported.
        return Error{tr("“%1”: %2").arg(QDir::toNativeSeparators(path), batch.error())};
    }
    return batch;
}

QString JournalFileFormats::entries(int checkIns, int sessions, int plans, int activityRatings)
{
    QStringList parts;
    if (checkIns > 0 || (sessions == 0 && plans == 0 && activityRatings == 0))
        parts.append(count(checkIns, tr("1 check-in"), tr("%1 check-ins")));
    if (sessions > 0)
        parts.append(count(sessions, tr("1 session"), tr("%1 sessions")));
    if (plans > 0)
        parts.append(count(plans, tr("1 weekly plan"), tr("%1 weekly plans")));
    if (activityRatings > 0) {
        parts.append(count(activityRatings, tr("1 activity rating"), tr("%1 activity ratings")));
    }
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

QString JournalFileFormats::describe(const ImportBatch& batch)
{
    return entries(int(batch.checkIns.size()), int(batch.sessions.size()), int(batch.plans.size()),
                   int(batch.activityRatings.size()));
}

QString JournalFileFormats::summary(const ImportReport& report)
{
    QStringList sentences;
    sentences.append(report.added() == 0
                         ? tr("Nothing new was added.")
                         : tr("Added %1.")
                               .arg(entries(report.checkInsAdded, report.sessionsAdded,
                                            report.plansAdded, report.activityRatingsAdded)));
    if (!report.duplicates.isEmpty()) {
        sentences.append(count(int(report.duplicates.size()),
                               tr("1 entry was already in your journal and was skipped."),
                               tr("%1 entries were already in your journal and were skipped.")));
    }
    if (!report.leftOut.isEmpty()) {
        sentences.append(count(int(report.leftOut.size()), tr("1 bad row was left out."),
                               tr("%1 bad rows were left out.")));
    }
    if (!report.plansKept.isEmpty()) {
        sentences.append(count(int(report.plansKept.size()),
                               tr("1 week already had a different plan; yours was kept."),
                               tr("%1 weeks already had a different plan; yours were kept.")));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace carrywell::core
