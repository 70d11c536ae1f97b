#include "cli/CommandTable.h"

#include "ProgramRun.h"
#include "TestPaths.h"
#include "cli/CommandDocs.h"
#include "cli/CommandLine.h"
#include "cli/OptionTable.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>

using namespace carrywell;
using Action = ui::CommandLineOptions::Action;

namespace {

/// A command line for each row of the table, giving every option the row lists.
const std::map<Action, QStringList>& examples()
{
    static const std::map<Action, QStringList> lines{
        {Action::ShowWindow, {"--data-dir", "/tmp/a", "--content-dir", "/tmp/b", "--background"}},
        {Action::ListExercises, {"--list-exercises", "--region", "neck", "--format", "json"}},
        {Action::ListRoutines, {"--list-routines", "--format", "text"}},
        {Action::RenderIllustrations, {"--render-illustrations", "/tmp/pictures"}},
        {Action::LogPain,
         {"--log-pain", "4", "--region", "lower-back=6", "--trigger", "lifting", "--sign",
          "leaking", "--note", "Carried the pram", "--at", "2026-01-05T09:30"}},
        {Action::RateActivity,
         {"--rate-activity", "Pushing the pram=6", "--rate-activity", "Feeding=4", "--at",
          "2026-01-05T09:30"}},
        {Action::ListActivities, {"--list-activities", "--format", "json"}},
        {Action::ExportJournal,
         {"--export-journal", "clinic.fhir.json", "--from", "2026-01-01", "--to", "2026-01-31"}},
        {Action::ImportJournal, {"--import-journal", "backup.csv", "--good-rows-only"}},
        {Action::JournalReport,
         {"--journal-report", "january.pdf", "--from", "2026-01-01", "--to", "2026-01-31"}},
        {Action::PrintPlan,
         {"--print-plan", "fridge.pdf", "--week", "2026-W02", "--layout", "days"}},
        {Action::ExportCalendar, {"--export-calendar", "week.ics", "--week", "2026-W02"}},
        {Action::SmokeTest, {"--smoke-test", "--data-dir", "/tmp/a", "--content-dir", "/tmp/b"}},
        {Action::ShowHelp, {"--help"}},
        {Action::ShowVersion, {"--version"}},
        {Action::ShowManPage, {"--help-man"}},
    };
    return lines;
}

core::Result<ui::CommandLineOptions> parse(QStringList arguments)
{
    arguments.prepend("carrywell");
    return ui::CommandLine::parse(arguments);
}

QString spelled(const char* name)
{
    return QStringLiteral("--") + QLatin1String(name);
}

/// The text between "## Command line" and the end of its first ``` block.
QString readmeSynopsis()
{
    QFile readme(QStringLiteral(CARRYWELL_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const QRegularExpression block(QStringLiteral("## Command line\\s*\\n```\\n(.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    return block.match(text).captured(1);
}

} // namespace

TEST(CommandTable, EveryCommandIsParsedWithEveryOptionOfItsRow)
{
    for (const ui::CommandSpec& command : ui::commandTable()) {
        const auto example = examples().find(command.action);
        ASSERT_NE(example, examples().end()) << "give an example command line for the row of --"
                                             << (command.option ? command.option : "(window)");
        for (const ui::CommandOption& option : command.options)
            EXPECT_TRUE(example->second.contains(spelled(option.name))) << option.name;
        const auto parsed = parse(example->second);
        ASSERT_TRUE(parsed.ok()) << example->second.join(' ').toStdString() << ": "
                                 << parsed.error().toStdString();
        EXPECT_EQ(parsed->action, command.action) << example->second.join(' ').toStdString();
        EXPECT_TRUE(command.run) << "every row has a function that runs it";
    }
}

TEST(CommandTable, AnOptionGivenWithACommandItDoesNotGoWithNamesTheCommandsItGoesWith)
{
    const ui::CommandSpec& routines = ui::commandFor(Action::ListRoutines);
    int checked = 0;
    for (const ui::OptionSpec& option : ui::optionTable()) {
        const bool command = std::any_of(
            ui::commandTable().begin(), ui::commandTable().end(), [&](const ui::CommandSpec& row) {
                return row.option && qstrcmp(row.option, option.name) == 0;
            });
        if (option.builtIn || option.hidden || command || ui::goesWith(routines, option))
            continue;
        QStringList arguments{"--list-routines", spelled(option.name)};
        if (option.valueName)
            arguments.append("x");
        const auto parsed = parse(arguments);
        ASSERT_FALSE(parsed.ok()) << option.name;
        EXPECT_TRUE(parsed.error().startsWith(spelled(option.name) + QLatin1Char(' ')))
            << parsed.error().toStdString();
        if (!option.misplaced) {
            EXPECT_TRUE(parsed.error().contains(QStringLiteral(" goes with --")))
                << parsed.error().toStdString();
        }
        ++checked;
    }
    EXPECT_GE(checked, 11);
}

TEST(CommandTable, HelpListsEveryOptionOfTheTableButTheHiddenOne)
{
    const QString help = parse({"--help"})->helpText;
    for (const ui::OptionSpec& option : ui::optionTable()) {
        const QRegularExpression listed(
            QStringLiteral("\\s%1[\\s,]").arg(QRegularExpression::escape(spelled(option.name))));
        EXPECT_EQ(help.contains(listed), !option.hidden) << option.name;
    }
    EXPECT_TRUE(help.contains(QStringLiteral("--region <id>")));
}

TEST(CommandTable, HelpAllShowsTheHelpInsteadOfOpeningTheWindow)
{
    EXPECT_EQ(parse({"--help-all"})->action, Action::ShowHelp);
}

TEST(CommandTable, TheReadmeListsTheCommandsAsTheTableDoes)
{
    const QString expected = ui::CommandDocs::readmeSynopsis();
    EXPECT_EQ(readmeSynopsis(), expected)
        << "README.md's \"## Command line\" block should read:\n```\n"
        << expected.toStdString() << "```";
    EXPECT_TRUE(expected.contains(QStringLiteral(
        "carrywell --log-pain SCORE [--region ID[=SCORE]]… [--trigger NAME]… [--sign NAME]… "
        "[--note TEXT] [--at TIME]\n")));
    EXPECT_TRUE(expected.contains(QStringLiteral(
        "carrywell --print-plan FILE.pdf [--week YYYY-Www] [--layout week|days]\n")));
}

TEST(CommandTable, TheManualPageIsMadeFromTheTable)
{
    QFile page(QStringLiteral(CARRYWELL_MAN_PAGE));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly)) << CARRYWELL_MAN_PAGE;
    const QString text = QString::fromUtf8(page.readAll());
    EXPECT_TRUE(text.contains(ui::CommandDocs::manSynopsis().trimmed()));
    EXPECT_TRUE(text.contains(ui::CommandDocs::manOptions().trimmed()));
    for (const ui::OptionSpec& option : ui::optionTable()) {
        EXPECT_EQ(
            text.contains(spelled(option.name).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
            !option.hidden)
            << option.name;
    }
    EXPECT_TRUE(
        text.contains(QStringLiteral(".TP\n.BI \\-\\-data\\-dir \" folder\"\nKeep the journal")));
    EXPECT_TRUE(text.contains(
        QStringLiteral(".SS The weekly plan\n.TP\n.BI \\-\\-print\\-plan \" file.pdf\"\n")));

    const test::ProgramRun run = test::runCarrywell({"--help-man"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, ui::CommandDocs::manSynopsis() + ui::CommandDocs::manOptions());
}
