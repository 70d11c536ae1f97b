#include "cli/CommandTable.h"

#include "cli/ActivityCommands.h"
#include "cli/CommandContext.h"
#include "cli/CommandDocs.h"
#include "cli/CommandReaders.h"
#include "cli/JournalCommands.h"
#include "cli/LibraryCommands.h"
#include "cli/PlanCommands.h"
#include "cli/SmokeTest.h"
#include "shell/AppRunner.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace carrywell::ui {
namespace {

using Action = CommandLineOptions::Action;
using App = CommandNeeds::App;

int showHelp(const CommandContext& context)
{
    context.out << context.options.helpText;
    context.out.flush();
    return 0;
}

int showVersion(const CommandContext& context)
{
    context.out << QCoreApplication::applicationName() << ' '
                << QCoreApplication::applicationVersion() << '\n';
    context.out.flush();
    return 0;
}

int showManPage(const CommandContext& context)
{
    context.out << CommandDocs::manSynopsis() << CommandDocs::manOptions();
    context.out.flush();
    return 0;
}

int runSmokeTest(const CommandContext& context)
{
    return SmokeTest::run(context.options, *context.content, context.out, context.err);
}

const std::vector<CommandSpec>& rows()
{
    // What each command needs: the kind of Qt application, the exercise
    // library, the data folder with the journal.
    static const std::vector<CommandSpec> table{
        {.action = Action::ShowWindow,
         .option = nullptr,
         .options = {{"data-dir", "<folder>"}, {"content-dir", "<folder>"}, {"background"}},
         .needs = {.app = App::Widgets, .content = true, .journal = true},
         .read = CommandReaders::window,
         .run = showWindow},
        {.action = Action::ListExercises,
         .option = "list-exercises",
         .options = {{"region", "<id>"}, {"format", "text|json"}},
         .needs = {.content = true},
         .read = CommandReaders::listExercises,
         .run = LibraryCommands::listExercises},
        {.action = Action::ListRoutines,
         .option = "list-routines",
         .options = {{"format", "text|json"}},
         .needs = {.content = true},
         .read = CommandReaders::listRoutines,
         .run = LibraryCommands::listRoutines},
        {.action = Action::RenderIllustrations,
         .option = "render-illustrations",
         .syntax = "<folder>",
         .needs = {.app = App::Gui, .content = true},
         .read = CommandReaders::renderIllustrations,
         .run = LibraryCommands::renderIllustrations},
        {.action = Action::LogPain,
         .option = "log-pain",
         .syntax = "<score>",
         .options = {{"region", "<id>[=<score>]", true},
                     {"trigger", "<name>", true},
                     {"sign", "<name>", true},
                     {"note", "<text>"},
                     {"at", "<time>"}},
         .needs = {.journal = true},
         .read = CommandReaders::logPain,
         .run = JournalCommands::logPain},
        {.action = Action::RateActivity,
         .option = "rate-activity",
         .syntax = "<name>=<score>",
         .options = {{"rate-activity", "<name>=<score>", true}, {"at", "<time>"}},
         .needs = {.journal = true},
         .read = CommandReaders::rateActivity,
         .run = ActivityCommands::rateActivity},
        {.action = Action::ListActivities,
         .option = "list-activities",
         .options = {{"format", "text|json"}},
         .needs = {.journal = true},
         .read = CommandReaders::listActivities,
         .run = ActivityCommands::listActivities},
        {.action = Action::ExportJournal,
         .option = "export-journal",
         .syntax = "<file>.json|<file>.csv|<file>.fhir.json",
         .options = {{"from", "<YYYY-MM-DD>"}, {"to", "<YYYY-MM-DD>"}},
         .needs = {.journal = true},
         .read = CommandReaders::exportJournal,
         .run = JournalCommands::exportJournal},
        {.action = Action::ImportJournal,
         .option = "import-journal",
         .syntax = "<file>.json|<file>.csv",
         .options = {{"good-rows-only"}},
         .needs = {.journal = true},
         .read = CommandReaders::importJournal,
         .run = JournalCommands::importJournal},
        {.action = Action::JournalReport,
         .option = "journal-report",
         .syntax = "<file>.pdf",
         .options = {{"from", "<YYYY-MM-DD>"}, {"to", "<YYYY-MM-DD>"}},
         .needs = {.app = App::Gui, .content = true, .journal = true},
         .read = CommandReaders::journalReport,
         .run = JournalCommands::report},
        {.action = Action::PrintPlan,
         .option = "print-plan",
         .syntax = "<file>.pdf",
         .options = {{"week", "<YYYY-Www>"}, {"layout", "week|days"}},
         .needs = {.app = App::Gui, .content = true, .journal = true},
         .read = CommandReaders::printPlan,
         .run = PlanCommands::printPlan},
        {.action = Action::ExportCalendar,
         .option = "export-calendar",
         .syntax = "<file>.ics",
         .options = {{"week", "<YYYY-Www>"}},
         .needs = {.content = true, .journal = true},
         .read = CommandReaders::exportCalendar,
         .run = PlanCommands::exportCalendar},
        // Without --data-dir it checks a temporary data folder of its own.
        {.action = Action::SmokeTest,
         .option = "smoke-test",
         .options = {{"data-dir", "<folder>"}, {"content-dir", "<folder>"}},
         .needs = {.app = App::Widgets, .content = true},
         .run = runSmokeTest},
        {.action = Action::ShowHelp, .option = "help", .run = showHelp},
        {.action = Action::ShowVersion, .option = "version", .run = showVersion},
        {.action = Action::ShowManPage, .option = "help-man", .run = showManPage},
    };
    return table;
}

} // namespace

std::span<const CommandSpec> commandTable()
{
    return rows();
}

const CommandSpec& commandFor(CommandLineOptions::Action action)
{
    const std::vector<CommandSpec>& table = rows();
    const auto row = std::find_if(table.begin(), table.end(), [action](const CommandSpec& spec) {
        return spec.action == action;
    });
    Q_ASSERT(row != table.end());
    return *row;
}

bool goesWith(const CommandSpec& command, const OptionSpec& option)
{
    if (option.shared || (command.option && qstrcmp(command.option, option.name) == 0))
        return true;
    return std::any_of(
        command.options.begin(), command.options.end(),
        [&option](const CommandOption& own) { return qstrcmp(own.name, option.name) == 0; });
}

} // namespace carrywell::ui
