#include "cli/CommandReaders.h"

#include "cli/JournalArguments.h"
#include "core/common/Translate.h"
#include "core/journal/JournalFileFormats.h"
#include "core/plan/IsoWeek.h"

#include <QCoreApplication>
#include <QFileInfo>

CARRYWELL_TR_CONTEXT(carrywell::ui::CommandLine);

namespace carrywell::ui {
namespace {

// The messages keep the translation context they always had.

using Read = CommandReaders::Read;

QString value(const QCommandLineParser& parser, const char* option)
{
    return parser.value(QLatin1String(option));
}

bool isSet(const QCommandLineParser& parser, const char* option)
{
    return parser.isSet(QLatin1String(option));
}

Read readFormat(const QCommandLineParser& parser, CommandLineOptions& options)
{
    const QString format =
        isSet(parser, "format") ? value(parser, "format") : QStringLiteral("text");
    if (format == QLatin1String("json")) {
        options.format = CommandLineOptions::Format::Json;
    } else if (format != QLatin1String("text")) {
        return core::Error{tr("Unknown format “%1”. Use text or json.").arg(format)};
    }
    return core::Done{};
}

/// The file of a journal command, which must end in one of `suffixes`.
Read readJournalFile(const QCommandLineParser& parser, const char* option,
                     const QStringList& suffixes, const QString& kinds, CommandLineOptions& options)
{
    options.journalFile = value(parser, option);
    const QString suffix = QFileInfo(options.journalFile).suffix().toLower();
    if (options.journalFile.trimmed().isEmpty() || !suffixes.contains(suffix)) {
        return core::Error{tr("--%1 needs a file name ending in %2, not “%3”.")
                               .arg(QLatin1String(option), kinds, options.journalFile)};
    }
    return core::Done{};
}

/// The file of a plan command, which must end in .`suffix`.
Read readPlanFile(const QCommandLineParser& parser, const char* option, const QString& suffix,
                  CommandLineOptions& options)
{
    options.planFile = value(parser, option);
    if (options.planFile.trimmed().isEmpty() ||
        QFileInfo(options.planFile).suffix().toLower() != suffix) {
        return core::Error{tr("--%1 needs a file name ending in .%2, not “%3”.")
                               .arg(QLatin1String(option), suffix, options.planFile)};
    }
    return core::Done{};
}

Read readWeek(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (!isSet(parser, "week"))
        return core::Done{};
    const core::Result<QDate> monday = core::IsoWeek::parse(value(parser, "week"));
    if (!monday)
        return core::Error{tr("--week: %1").arg(monday.error())};
    options.planWeek = monday.value();
    return core::Done{};
}

Read readDay(const QCommandLineParser& parser, const char* option, QDate& day)
{
    if (!isSet(parser, option))
        return core::Done{};
    const core::Result<QDate> read =
        JournalArguments::day(QStringLiteral("--") + QLatin1String(option), value(parser, option));
    if (!read)
        return core::Error{read.error()};
    day = read.value();
    return core::Done{};
}

/// --from and --to, each a day, the first not after the last.
Read readDays(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (Read from = readDay(parser, "from", options.reportFrom); !from)
        return from;
    if (Read to = readDay(parser, "to", options.reportTo); !to)
        return to;
    if (options.reportFrom.isValid() && options.reportTo.isValid() &&
        options.reportFrom > options.reportTo) {
        return core::Error{tr("--from (%1) is after --to (%2).")
                               .arg(options.reportFrom.toString(Qt::ISODate),
                                    options.reportTo.toString(Qt::ISODate))};
    }
    return core::Done{};
}

} // namespace

Read CommandReaders::window(const QCommandLineParser& parser, CommandLineOptions& options)
{
    options.background = isSet(parser, "background");
    return core::Done{};
}

Read CommandReaders::listExercises(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (isSet(parser, "region")) {
        if (parser.values(QStringLiteral("region")).size() > 1)
            return core::Error{tr("--list-exercises takes one --region.")};
        options.region = core::fromId<core::Region>(value(parser, "region"));
        if (!options.region) {
            return core::Error{tr("Unknown body region “%1”. Use one of: %2.")
                                   .arg(value(parser, "region"), core::idList<core::Region>())};
        }
    }
    return readFormat(parser, options);
}

Read CommandReaders::listRoutines(const QCommandLineParser& parser, CommandLineOptions& options)
{
    return readFormat(parser, options);
}

Read CommandReaders::renderIllustrations(const QCommandLineParser& parser,
                                         CommandLineOptions& options)
{
    options.renderDir = value(parser, "render-illustrations");
    if (options.renderDir.trimmed().isEmpty())
        return core::Error{tr("--render-illustrations needs a folder.")};
    return core::Done{};
}

Read CommandReaders::logPain(const QCommandLineParser& parser, CommandLineOptions& options)
{
    core::Result<core::CheckIn> checkIn = JournalArguments::painLog(
        value(parser, "log-pain"), parser.values(QStringLiteral("region")),
        parser.values(QStringLiteral("trigger")), parser.values(QStringLiteral("sign")),
        value(parser, "note"), isSet(parser, "at") ? value(parser, "at") : QString());
    if (!checkIn)
        return core::Error{checkIn.error()};
    options.painLog = std::move(checkIn).value();
    return core::Done{};
}

Read CommandReaders::rateActivity(const QCommandLineParser& parser, CommandLineOptions& options)
{
    core::Result<QList<core::ActivityRating>> ratings =
        JournalArguments::activityRatings(parser.values(QStringLiteral("rate-activity")),
                                          isSet(parser, "at") ? value(parser, "at") : QString());
    if (!ratings)
        return core::Error{ratings.error()};
    options.activityRatings = std::move(ratings).value();
    return core::Done{};
}

Read CommandReaders::listActivities(const QCommandLineParser& parser, CommandLineOptions& options)
{
    return readFormat(parser, options);
}

Read CommandReaders::exportJournal(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (Read file = readJournalFile(parser, "export-journal",
                                    {QStringLiteral("csv"), QStringLiteral("json")},
                                    QStringLiteral(".csv or .json"), options);
        !file)
        return file;
    if (Read days = readDays(parser, options); !days)
        return days;
    const bool fhir = core::JournalFileFormats::kindOf(options.journalFile) ==
                      core::JournalFileFormats::Kind::Fhir;
    if ((options.reportFrom.isValid() || options.reportTo.isValid()) && !fhir) {
        return core::Error{tr("--from and --to choose the days of an export for a clinic "
                              "(NAME.fhir.json); a .json or .csv export always holds the whole "
                              "journal. Nothing was exported.")};
    }
    return core::Done{};
}

Read CommandReaders::importJournal(const QCommandLineParser& parser, CommandLineOptions& options)
{
    options.goodRowsOnly = isSet(parser, "good-rows-only");
    return readJournalFile(parser, "import-journal",
                           {QStringLiteral("csv"), QStringLiteral("json")},
                           QStringLiteral(".csv or .json"), options);
}

Read CommandReaders::journalReport(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (Read file = readJournalFile(parser, "journal-report", {QStringLiteral("pdf")},
                                    QStringLiteral(".pdf"), options);
        !file)
        return file;
    return readDays(parser, options);
}

Read CommandReaders::printPlan(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (Read file = readPlanFile(parser, "print-plan", QStringLiteral("pdf"), options); !file)
        return file;
    if (Read week = readWeek(parser, options); !week)
        return week;
    if (isSet(parser, "layout")) {
        const std::optional<PlanLayout> chosen = planLayoutFromId(value(parser, "layout"));
        if (!chosen) {
            return core::Error{
                tr("Unknown layout “%1”. Use week or days.").arg(value(parser, "layout"))};
        }
        options.planLayout = *chosen;
    }
    return core::Done{};
}

Read CommandReaders::exportCalendar(const QCommandLineParser& parser, CommandLineOptions& options)
{
    if (Read file = readPlanFile(parser, "export-calendar", QStringLiteral("ics"), options); !file)
        return file;
    return readWeek(parser, options);
}

} // namespace carrywell::ui
