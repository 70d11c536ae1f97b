#include "cli/JournalCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommandSupport.h"
#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/content/ContentLoader.h"
#include "core/fhir/FhirExport.h"
#include "core/journal/ImportFields.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalFileFormats.h"
#include "core/profile/ProfileStore.h"
#include "core/storage/DataDirectory.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalReport.h"
#include "ui/journal/JournalText.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>
#include <memory>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalCommands);

namespace carrywell::ui {
namespace {

using CommandSupport::fail;
using CommandSupport::kFutureSlackSeconds;
using CommandSupport::openJournal;

} // namespace

int JournalCommands::logPain(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    core::CheckIn checkIn = options.painLog;
    const QDateTime now = context.clock.now();
    if (checkIn.at.isValid() && now.secsTo(checkIn.at) > kFutureSlackSeconds) {
        return fail(err,
                    tr("--at %1 is in the future. Nothing was added.")
                        .arg(core::ImportFields::momentText(checkIn.at, false)),
                    2);
    }
    if (!checkIn.at.isValid())
        checkIn.at = now;
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    const core::Result<qint64> saved = journal->addCheckIn(checkIn);
    if (!saved)
        return fail(err, saved.error());
    out << tr("Saved a check-in of %1 (%2) for %3.")
               .arg(checkIn.overall)
               .arg(JournalText::painWord(checkIn.overall),
                    core::LocaleFormat::dateTime(checkIn.at))
        << '\n';
    out.flush();
    return 0;
}

int JournalCommands::exportJournal(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    QSettings settings(context.dataDirectory->settingsFile(), QSettings::IniFormat);
    core::FhirExportOptions fhir{.patientName = core::ProfileStore(settings).load().name,
                                 .days = std::nullopt};
    if (options.reportFrom.isValid() || options.reportTo.isValid()) {
        // Without --from, everything up to --to; without --to, up to today.
        const core::DateRange days{
            options.reportFrom.isValid() ? options.reportFrom : QDate(1900, 1, 1),
            options.reportTo.isValid() ? options.reportTo : context.clock.today()};
        if (!days.isValid()) {
            return fail(err,
                        tr("--from %1 is after today, %2: there is nothing to export yet.")
                            .arg(days.first.toString(Qt::ISODate), days.last.toString(Qt::ISODate)),
                        2);
        }
        fhir.days = days;
    }
    const core::Result<QStringList> written =
        core::FhirExport::exportTo(*journal, options.journalFile, fhir);
    if (!written)
        return fail(err, written.error());
    for (const QString& file : written.value())
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(file)) << '\n';
    out.flush();
    return 0;
}

int JournalCommands::importJournal(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    // Read and check the file before the journal is touched.
    const core::Result<core::ImportBatch> batch =
        core::JournalFileFormats::read(options.journalFile);
    if (!batch)
        return fail(err, batch.error());
    const QString file = QDir::toNativeSeparators(options.journalFile);
    for (const core::ImportProblem& problem : batch->problems)
        err << "carrywell: " << file << ": " << problem.toString() << '\n';
    if (!batch->isClean() && !options.goodRowsOnly) {
        return fail(err, tr("%1 of the file have problems, so nothing was imported. Fix them, or "
                            "run again with --good-rows-only to import the other %2.")
                             .arg(batch->problems.size() == 1
                                      ? tr("1 row")
                                      : tr("%1 rows").arg(
                                            core::LocaleFormat::number(batch->problems.size())),
                                  core::JournalFileFormats::describe(batch.value())));
    }
    if (batch->goodEntries() == 0)
        return fail(err, tr("%1 holds nothing to import.").arg(file));
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    const core::Result<core::ImportReport> report =
        journal->import(batch.value(), batch->isClean() ? core::ImportMode::OnlyIfClean
                                                        : core::ImportMode::GoodRowsOnly);
    if (!report)
        return fail(err, report.error());
    // A few examples are useful; a whole re-imported file is not.
    constexpr qsizetype kListed = 10;
    for (const core::ImportProblem& duplicate : report->duplicates.mid(0, kListed))
        out << tr("Skipped %1: already in your journal.").arg(duplicate.location) << '\n';
    if (report->duplicates.size() > kListed)
        out << tr("…and %1 more already in your journal.")
                   .arg(core::LocaleFormat::number(report->duplicates.size() - kListed))
            << '\n';
    out << core::JournalFileFormats::summary(report.value()) << '\n';
    out.flush();
    return 0;
}

int JournalCommands::report(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const QDate today = context.clock.today();
    core::DateRange days;
    days.last = options.reportTo.isValid() ? options.reportTo : today;
    days.first = options.reportFrom.isValid()
                     ? options.reportFrom
                     : JournalRangeBar::lastDays(JournalRangeBar::Span::FourWeeks, days.last).first;
    if (!days.isValid()) {
        return fail(err,
                    tr("--from %1 is after the last day of the report, %2.")
                        .arg(days.first.toString(Qt::ISODate), days.last.toString(Qt::ISODate)),
                    2);
    }
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    QSettings settings(context.dataDirectory->settingsFile(), QSettings::IniFormat);
    const core::Result<JournalReport> report =
        JournalReport::build(*journal, days, JournalText::regionNames(context.content->library),
                             context.clock.now(), core::ProfileStore(settings).load().activities);
    if (!report)
        return fail(err, report.error());
    const core::Result<core::Done> written = report->writePdf(options.journalFile);
    if (!written)
        return fail(err, written.error());
    out << tr("Wrote %1: %2 to %3, %4 check-ins, %5 sessions.")
               .arg(QDir::toNativeSeparators(options.journalFile),
                    core::LocaleFormat::dayWithWeekday(days.first),
                    core::LocaleFormat::dayWithWeekday(days.last),
                    core::LocaleFormat::number(report->checkInCount()),
                    core::LocaleFormat::number(report->sessionCount()))
        << '\n';
    out.flush();
    return 0;
}

} // namespace carrywell::ui
