#pragma once

#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/vocabulary/Vocabulary.h"
#include "ui/print/PlanLayout.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace carrywell::ui {

/// What the user asked for on the command line.
struct CommandLineOptions
{
    enum class Action
    {
        ShowWindow,
        ShowHelp,
        ShowVersion,
        ListExercises,
        ListRoutines,
        RenderIllustrations,
        LogPain,
        RateActivity,
        ListActivities,
        ExportJournal,
        ImportJournal,
        JournalReport,
        PrintPlan,
        ExportCalendar,
        SmokeTest,
        /// --help-man (hidden): the manual page's sections made from the table.
        ShowManPage,
    };
    enum class Format
    {
        Text,
        Json,
    };

    Action action = Action::ShowWindow;
    Format format = Format::Text;
    std::optional<core::Region> region;
    QString dataDir;
    QString contentDir;
    QString renderDir;
    QString helpText;

    /// --log-pain: the check-in to add (an invalid time means now).
    core::CheckIn painLog;
    /// --rate-activity NAME=SCORE…: the ratings as typed (her activities are
    /// matched when the command runs); an invalid time means now.
    QList<core::ActivityRating> activityRatings;
    /// --export-journal, --import-journal, --journal-report: the file.
    QString journalFile;
    /// --import-journal --good-rows-only: import the good rows of a file with bad ones.
    bool goodRowsOnly = false;
    /// --journal-report --from/--to.
    QDate reportFrom;
    QDate reportTo;

    /// --print-plan, --export-calendar: the file.
    QString planFile;
    /// --week: the Monday of the plan's week; invalid means this week.
    QDate planWeek;
    /// --print-plan --layout.
    PlanLayout planLayout = PlanLayout::WeekGrid;

    /// --background: start in the tray, without the window (start at login).
    bool background = false;
};

/// Parses Carrywell's command line by the command table (CommandTable.h):
/// the command given, if any, and the values of the options that go with it.
/// Bad arguments give an error message that names the problem and the
/// accepted values.
class CommandLine
{
public:
    static core::Result<CommandLineOptions> parse(const QStringList& arguments);
};

} // namespace carrywell::ui
