#include "cli/CommandLine.h"

#include "cli/JournalArguments.h"
#include "core/common/Translate.h"
#include "core/plan/IsoWeek.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <tuple>

CARRYWELL_TR_CONTEXT(carrywell::ui::CommandLine);

namespace carrywell::ui {
core::Result<CommandLineOptions> CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exercises, guided sessions and a private journal for back pain after pregnancy."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption list(QStringLiteral("list-exercises"),
                                  tr("Print the exercise library and exit."));
    const QCommandLineOption routines(QStringLiteral("list-routines"),
                                      tr("Print the ready-made routines (exercises, minutes, "
                                         "and the earliest week after each kind of birth) and "
                                         "exit."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("With --list-exercises: only exercises for this body "
                                       "region (%1). With --log-pain: a region that hurts, "
                                       "scored like the overall score or as ID=SCORE; repeat "
                                       "for more regions.")
                                        .arg(core::idList<core::Region>()),
                                    tr("id"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With --list-exercises or --list-routines: text "
                                       "(default) or json."),
                                    tr("format"), QStringLiteral("text"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the journal and settings in this folder instead of "
                                        "the standard one."),
                                     tr("folder"));
    const QCommandLineOption contentDir(QStringLiteral("content-dir"),
                                        tr("Also load exercises from the JSON files in this "
                                           "folder (for example from your physiotherapist)."),
                                        tr("folder"));
    const QCommandLineOption render(QStringLiteral("render-illustrations"),
                                    tr("Draw every exercise's steps as PNG files in this folder, "
                                       "with a contact sheet of all of them, and exit."),
                                    tr("folder"));
    const QCommandLineOption logPain(QStringLiteral("log-pain"),
                                     tr("Add a pain check-in with this overall score, 0 (no "
                                        "pain) to 10 (worst imaginable), to the journal and exit."),
                                     tr("score"));
    const QCommandLineOption trigger(QStringLiteral("trigger"),
                                     tr("With --log-pain: what set it off (%1); repeat for more.")
                                         .arg(core::idList<core::Trigger>()),
                                     tr("name"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  tr("With --log-pain: a warning sign you noticed (%1); "
                                     "repeat for more.")
                                      .arg(core::idList<core::WarningSign>()),
                                  tr("name"));
    const QCommandLineOption note(QStringLiteral("note"), tr("With --log-pain: a note."),
                                  tr("text"));
    const QCommandLineOption at(
        QStringLiteral("at"), tr("With --log-pain: when, in ISO 8601 (default: now)."), tr("time"));
    const QCommandLineOption exportJournal(QStringLiteral("export-journal"),
                                           tr("Export the journal to this .json file (a backup of "
                                              "everything) or .csv file (check-ins; "
                                              "sessions go to NAME-sessions.csv) and exit."),
                                           tr("file"));
    const QCommandLineOption importJournal(
        QStringLiteral("import-journal"),
        tr("Import a .csv or .json export into the journal and exit. A file with bad rows is "
           "reported row by row and nothing is imported."),
        tr("file"));
    const QCommandLineOption goodRowsOnly(
        QStringLiteral("good-rows-only"),
        tr("With --import-journal: import the good rows of a file that has bad ones."));
    const QCommandLineOption report(QStringLiteral("journal-report"),
                                    tr("Write the report for your physiotherapist as a PDF and "
                                       "exit (default: the last 4 weeks)."),
                                    tr("file.pdf"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("With --journal-report: the first day (YYYY-MM-DD)."),
                                  tr("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("With --journal-report: the last day (YYYY-MM-DD, default "
                                   "today)."),
                                tr("date"));
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        tr("Open the main window, check that the exercise library, the journal and the session "
           "cues work, print one line saying so and exit."));
    parser.addOptions({list, routines, region, format, dataDir, contentDir, render, logPain,
                       trigger, sign, note, at, exportJournal, importJournal, goodRowsOnly, report,
                       from, to});
    parser.addOption(smokeTest);
    const QCommandLineOption printPlan(
        QStringLiteral("print-plan"),
        tr("Write the week's exercise plan as a PDF to print and pin up, and exit. A week with no "
           "plan gets one made from your profile and saved, as Make my week does."),
        tr("file.pdf"));
    const QCommandLineOption exportCalendar(
        QStringLiteral("export-calendar"),
        tr("Write the week's exercise plan as a calendar file for your calendar app, one event "
           "per exercise day at your usual time, and exit."),
        tr("file.ics"));
    const QCommandLineOption week(QStringLiteral("week"),
                                  tr("With --print-plan or --export-calendar: the ISO week "
                                     "(YYYY-Www, like 2026-W02; default: this week)."),
                                  tr("week"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("With --print-plan: week (the days side by side, "
                                       "landscape; default) or days (one under another, "
                                       "portrait)."),
                                    tr("layout"));
    parser.addOptions({printPlan, exportCalendar, week, layout});
    const QCommandLineOption background(
        QStringLiteral("background"),
        tr("Start in the system tray without opening the window, so reminders can come "
           "(how Carrywell starts at login). Without reminders on, the window opens."));
    parser.addOption(background);

    if (!parser.parse(arguments))
        return core::Error{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        return core::Error{
            tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first())};
    }

    CommandLineOptions options;
    options.helpText = parser.helpText();
    options.dataDir = parser.value(dataDir);
    options.contentDir = parser.value(contentDir);
    if (parser.isSet(dataDir) && options.dataDir.trimmed().isEmpty())
        return core::Error{tr("--data-dir needs a folder.")};
    if (parser.isSet(contentDir) && options.contentDir.trimmed().isEmpty())
        return core::Error{tr("--content-dir needs a folder.")};

    // At most one command besides --help and --version.
    QStringList commands;
    for (const QCommandLineOption* command :
         {&list, &routines, &render, &logPain, &exportJournal, &importJournal, &report, &smokeTest, &printPlan,
          &exportCalendar}) {
        if (parser.isSet(*command))
            commands.append(QStringLiteral("--") + command->names().constFirst());
    }
    if (commands.size() > 1)
        return core::Error{tr("Use one of %1 at a time.").arg(commands.join(tr(", ")))};

    if (parser.isSet(help))
        options.action = CommandLineOptions::Action::ShowHelp;
    else if (parser.isSet(version))
        options.action = CommandLineOptions::Action::ShowVersion;
    else if (parser.isSet(list))
        options.action = CommandLineOptions::Action::ListExercises;
    else if (parser.isSet(routines))
        options.action = CommandLineOptions::Action::ListRoutines;
    else if (parser.isSet(render))
        options.action = CommandLineOptions::Action::RenderIllustrations;
    else if (parser.isSet(logPain))
        options.action = CommandLineOptions::Action::LogPain;
    else if (parser.isSet(exportJournal))
        options.action = CommandLineOptions::Action::ExportJournal;
    else if (parser.isSet(importJournal))
        options.action = CommandLineOptions::Action::ImportJournal;
    else if (parser.isSet(report))
        options.action = CommandLineOptions::Action::JournalReport;
    else if (parser.isSet(printPlan))
        options.action = CommandLineOptions::Action::PrintPlan;
    else if (parser.isSet(exportCalendar))
        options.action = CommandLineOptions::Action::ExportCalendar;
    else if (parser.isSet(smokeTest))
        options.action = CommandLineOptions::Action::SmokeTest;
    options.renderDir = parser.value(render);
    if (parser.isSet(render) && options.renderDir.trimmed().isEmpty())
        return core::Error{tr("--render-illustrations needs a folder.")};

    using Action = CommandLineOptions::Action;
    const bool planning =
        options.action == Action::PrintPlan || options.action == Action::ExportCalendar;
    const bool listing = options.action == Action::ListExercises;
    const bool logging = options.action == Action::LogPain;
    // Options that belong to one command; --help and --version ignore the rest.
    const auto belongs = [&](const QCommandLineOption& option, bool allowed,
                             const QString& command) -> std::optional<core::Error> {
        if (parser.isSet(option) && !allowed && !parser.isSet(help) && !parser.isSet(version)) {
            return core::Error{tr("--%1 goes with %2.").arg(option.names().constFirst(), command)};
        }
        return std::nullopt;
    };
    for (const auto& [option, allowed, with] :
         {std::tuple{&format, listing || options.action == Action::ListRoutines,
                     QStringLiteral("--list-exercises or --list-routines")},
          std::tuple{&region, listing || logging, QStringLiteral("--list-exercises or --log-pain")},
          std::tuple{&trigger, logging, QStringLiteral("--log-pain")},
          std::tuple{&sign, logging, QStringLiteral("--log-pain")},
          std::tuple{&note, logging, QStringLiteral("--log-pain")},
          std::tuple{&at, logging, QStringLiteral("--log-pain")},
          std::tuple{&goodRowsOnly, options.action == Action::ImportJournal,
                     QStringLiteral("--import-journal")},
          std::tuple{&from, options.action == Action::JournalReport,
                     QStringLiteral("--journal-report")},
          std::tuple{&to, options.action == Action::JournalReport,
                     QStringLiteral("--journal-report")},
          std::tuple{&week, planning, QStringLiteral("--print-plan or --export-calendar")},
          std::tuple{&layout, options.action == Action::PrintPlan,
                     QStringLiteral("--print-plan")}}) {
        if (const std::optional<core::Error> error = belongs(*option, allowed, with))
            return *error;
    }
    options.background = parser.isSet(background);
    if (options.background && !commands.isEmpty()) {
        return core::Error{tr("--background starts Carrywell in the tray; it does not go "
                              "with %1.")
                               .arg(commands.constFirst())};
    }
    if (listing && parser.isSet(region)) {
        if (parser.values(region).size() > 1)
            return core::Error{tr("--list-exercises takes one --region.")};
        options.region = core::fromId<core::Region>(parser.value(region));
        if (!options.region) {
            return core::Error{tr("Unknown body region “%1”. Use one of: %2.")
                                   .arg(parser.value(region), core::idList<core::Region>())};
        }
    }
    const QString formatValue = parser.value(format);
    if (formatValue == QLatin1String("json")) {
        options.format = CommandLineOptions::Format::Json;
    } else if (formatValue != QLatin1String("text")) {
        return core::Error{tr("Unknown format “%1”. Use text or json.").arg(formatValue)};
    }

    if (logging) {
        core::Result<core::CheckIn> checkIn = JournalArguments::painLog(
            parser.value(logPain), parser.values(region), parser.values(trigger),
            parser.values(sign), parser.value(note),
            parser.isSet(at) ? parser.value(at) : QString());
        if (!checkIn)
            return core::Error{checkIn.error()};
        options.painLog = std::move(checkIn).value();
    }
    for (const auto& [option, kinds] : {std::pair{&exportJournal, QStringLiteral(".csv or .json")},
                                        std::pair{&importJournal, QStringLiteral(".csv or .json")},
                                        std::pair{&report, QStringLiteral(".pdf")}}) {
        if (!parser.isSet(*option))
            continue;
        options.journalFile = parser.value(*option);
        const QString suffix = QFileInfo(options.journalFile).suffix().toLower();
        const bool fits = option == &report ? suffix == QLatin1String("pdf")
                                            : (suffix == QLatin1String("csv") ||
                                               suffix == QLatin1String("json"));
        if (options.journalFile.trimmed().isEmpty() || !fits) {
            return core::Error{tr("--%1 needs a file name ending in %2, not “%3”.")
                                   .arg(option->names().constFirst(), kinds, options.journalFile)};
        }
    }
    options.goodRowsOnly = parser.isSet(goodRowsOnly);
    if (parser.isSet(from)) {
        const core::Result<QDate> day = JournalArguments::day(QStringLiteral("--from"), parser.value(from));
        if (!day)
            return core::Error{day.error()};
        options.reportFrom = day.value();
    }
    if (parser.isSet(to)) {
        const core::Result<QDate> day = JournalArguments::day(QStringLiteral("--to"), parser.value(to));
        if (!day)
            return core::Error{day.error()};
        options.reportTo = day.value();
    }
    if (options.reportFrom.isValid() && options.reportTo.isValid() &&
        options.reportFrom > options.reportTo) {
        return core::Error{tr("--from (%1) is after --to (%2).")
                               .arg(options.reportFrom.toString(Qt::ISODate),
                                    options.reportTo.toString(Qt::ISODate))};
    }
    for (const auto& [option, suffix] : {std::pair{&printPlan, QStringLiteral("pdf")},
                                         std::pair{&exportCalendar, QStringLiteral("ics")}}) {
        if (!parser.isSet(*option))
            continue;
        options.planFile = parser.value(*option);
        if (options.planFile.trimmed().isEmpty() ||
            QFileInfo(options.planFile).suffix().toLower() != suffix) {
            return core::Error{tr("--%1 needs a file name ending in .%2, not “%3”.")
                                   .arg(option->names().constFirst(), suffix, options.planFile)};
        }
    }
    if (parser.isSet(week)) {
        const core::Result<QDate> monday = core::IsoWeek::parse(parser.value(week));
        if (!monday)
            return core::Error{tr("--week: %1").arg(monday.error())};
        options.planWeek = monday.value();
    }
    if (parser.isSet(layout)) {
        const std::optional<PlanLayout> chosen = planLayoutFromId(parser.value(layout));
        if (!chosen) {
            return core::Error{
                tr("Unknown layout “%1”. Use week or days.").arg(parser.value(layout))};
        }
        options.planLayout = *chosen;
    }
    return options;
}

} // namespace carrywell::ui
