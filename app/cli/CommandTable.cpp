#include "cli/CommandTable.h"

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
    static const std::vector<CommandSpec> table{
        {Action::ShowWindow,
         nullptr,
         nullptr,
         {{"data-dir", "<folder>"}, {"content-dir", "<folder>"}, {"background"}},
         {App::Widgets, true, true},
         CommandReaders::window,
         showWindow},
        {Action::ListExercises,
         "list-exercises",
         nullptr,
         {{"region", "<id>"}, {"format", "text|json"}},
         {App::Core, true, false},
         CommandReaders::listExercises,
         LibraryCommands::listExercises},
        {Action::ListRoutines,
         "list-routines",
         nullptr,
         {{"format", "text|json"}},
         {App::Core, true, false},
         CommandReaders::listRoutines,
         LibraryCommands::listRoutines},
        {Action::RenderIllustrations,
         "render-illustrations",
         "<folder>",
         {},
         {App::Gui, true, false},
         CommandReaders::renderIllustrations,
         LibraryCommands::renderIllustrations},
        {Action::LogPain,
         "log-pain",
         "<score>",
         {{"region", "<id>[=<score>]", true},
          {"trigger", "<name>", true},
          {"sign", "<name>", true},
          {"note", "<text>"},
          {"at", "<time>"}},
         {App::Core, false, true},
         CommandReaders::logPain,
         JournalCommands::logPain},
        {Action::ExportJournal,
         "export-journal",
         "<file>.json|<file>.csv",
         {},
         {App::Core, false, true},
         CommandReaders::exportJournal,
         JournalCommands::exportJournal},
        {Action::ImportJournal,
         "import-journal",
         "<file>.json|<file>.csv",
         {{"good-rows-only"}},
         {App::Core, false, true},
         CommandReaders::importJournal,
         JournalCommands::importJournal},
        {Action::JournalReport,
         "journal-report",
         "<file>.pdf",
         {{"from", "<YYYY-MM-DD>"}, {"to", "<YYYY-MM-DD>"}},
         {App::Gui, true, true},
         CommandReaders::journalReport,
         JournalCommands::report},
        {Action::PrintPlan,
         "print-plan",
         "<file>.pdf",
         {{"week", "<YYYY-Www>"}, {"layout", "week|days"}},
         {App::Gui, true, true},
         CommandReaders::printPlan,
         PlanCommands::printPlan},
        {Action::ExportCalendar,
         "export-calendar",
         "<file>.ics",
         {{"week", "<YYYY-Www>"}},
         {App::Core, true, true},
         CommandReaders::exportCalendar,
         PlanCommands::exportCalendar},
        // Without --data-dir it makes a temporary data folder of its own.
        {Action::SmokeTest,
         "smoke-test",
         nullptr,
         {{"data-dir", "<folder>"}, {"content-dir", "<folder>"}},
         {App::Widgets, true, false},
         nullptr,
         runSmokeTest},
        {Action::ShowHelp, "help", nullptr, {}, {}, nullptr, showHelp},
        {Action::ShowVersion, "version", nullptr, {}, {}, nullptr, showVersion},
        {Action::ShowManPage, "help-man", nullptr, {}, {}, nullptr, showManPage},
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
