#include "cli/OptionTable.h"

#include "core/journal/CheckIn.h"
#include "core/vocabulary/Vocabulary.h"

#include <QCoreApplication>
#include <array>

namespace carrywell::ui {
namespace {

QString regionIds()
{
    return core::idList<core::Region>();
}
QString triggerIds()
{
    return core::idList<core::Trigger>();
}
QString signIds()
{
    return core::idList<core::WarningSign>();
}

// The --help lines keep the translation context they always had
// (carrywell::ui::CommandLine), so their translations stay.
const std::array kOptions{
    OptionSpec{
        .name = "data-dir",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "folder"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Keep the journal and settings in this folder instead of the standard one."),
        .section = ManSection::General,
        .man = R"roff(Keep the journal and settings in
.I folder
instead of the standard one
.RI ( ~/.local/share/carrywell ).
The journal commands use the journal in this folder.)roff",
        .shared = true,
    },
    OptionSpec{
        .name = "content-dir",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "folder"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Also load exercises from the JSON files in this folder (for example from "
            "your physiotherapist)."),
        .section = ManSection::General,
        .man = R"roff(Also load exercises from the JSON files in
.IR folder ,
for example exercises from your physiotherapist.
An exercise with the same id as a built\-in one replaces it.
A file with a mistake is reported with its file, place and reason and left
out; the rest still loads.)roff",
        .shared = true,
    },
    OptionSpec{
        .name = "background",
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Start in the system tray without opening the window, so reminders can come "
            "(how Carrywell starts at login). Without reminders on, the window opens."),
        .section = ManSection::General,
        .man = R"roff(Start in the system tray without opening the window, so that reminders (the
daily check\-in and the day's planned session) still come; the tray icon's
menu opens the window.
This is how Carrywell starts at login when
.B Start at login
is on.
Without any reminder switched on, the window opens as usual.)roff",
        .misplaced =
            QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                              "--background starts Carrywell in the tray; it does not go with %1."),
    },
    OptionSpec{
        .name = "help",
        .section = ManSection::General,
        .man = "Print the options and exit.",
        .shortName = 'h',
        .builtIn = true,
    },
    OptionSpec{
        .name = "help-all",
        .section = ManSection::General,
        .man = "Print the options, including the generic Qt options, and exit.",
        .builtIn = true,
    },
    OptionSpec{
        .name = "version",
        .section = ManSection::General,
        .man = "Print the version and exit.",
        .shortName = 'v',
        .builtIn = true,
    },
    OptionSpec{
        .name = "list-exercises",
        .help =
            QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "Print the exercise library and exit."),
        .section = ManSection::Library,
        .man = "Print the exercise library, grouped by body region, and exit.",
    },
    OptionSpec{
        .name = "list-routines",
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Print the ready-made routines (exercises, minutes, and the earliest week "
            "after each kind of birth) and exit."),
        .section = ManSection::Library,
        .man = R"roff(Print the ready\-made routines and exit: each one's exercises, about how
many minutes it takes, and the earliest week after a vaginal birth and after
a caesarean that it suits from (the latest week of its exercises).)roff",
    },
    OptionSpec{
        .name = "region",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "id"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "With --list-exercises: only exercises for this body region (%1). With "
            "--log-pain: a region that hurts, scored like the overall score or as "
            "ID=SCORE; repeat for more regions."),
        .section = ManSection::Library,
        .man = R"roff(With
.BR \-\-list\-exercises :
only the exercises for this body region, one of
.BR neck ,
.BR upper\-back ,
.BR lower\-back ,
.BR hips\-glutes ,
.BR pelvic\-floor ,
.B core
and
.BR chest\-shoulders .
With
.BR \-\-log\-pain :
a region that hurts, scored like the overall score
.RB ( "\-\-region lower\-back" )
or with its own score
.RB ( "\-\-region lower\-back=6" );
repeat it for more regions.)roff",
        .ids = regionIds,
    },
    OptionSpec{
        .name = "format",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "format"),
        .help = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                                  "With --list-exercises, --list-routines or --list-activities: "
                                  "text (default) or json."),
        .section = ManSection::Library,
        .man = R"roff(With
.BR \-\-list\-exercises ,
.B \-\-list\-routines
or
.BR \-\-list\-activities :
.B text
(the default) or
.BR json ,
a JSON array with one object per exercise, routine or activity.)roff",
    },
    OptionSpec{
        .name = "render-illustrations",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "folder"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Draw every exercise's steps as PNG files in this folder, with a contact "
            "sheet of all of them, and exit."),
        .section = ManSection::Library,
        .man = R"roff(Draw every exercise's steps as a PNG file in
.IR folder ,
with a contact sheet of all of them
.RI ( contact\-sheet.png ),
and exit.)roff",
    },
    OptionSpec{
        .name = "log-pain",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "score"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Add a pain check-in with this overall score, 0 (no pain) to 10 (worst "
            "imaginable), to the journal and exit."),
        .section = ManSection::Journal,
        .man = R"roff(Add a pain check\-in with this overall score, from 0 (no pain) to 10 (the
worst imaginable), to the journal and exit.)roff",
    },
    OptionSpec{
        .name = "trigger",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "name"),
        .help = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                                  "With --log-pain: what set it off (%1); repeat for more."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-log\-pain :
what set the pain off, one of
.BR lifting ,
.BR carrying ,
.BR feeding ,
.BR sitting ,
.BR standing ,
.BR poor\-sleep ,
.B bending
and
.BR other ;
repeat it for more.)roff",
        .ids = triggerIds,
    },
    OptionSpec{
        .name = "sign",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "name"),
        .help =
            QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                              "With --log-pain: a warning sign you noticed (%1); repeat for more."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-log\-pain :
a warning sign you noticed, one of
.B leaking
(leaking urine),
.B numbness
(numbness or tingling) and
.B night\-pain
(pain that woke you at night); repeat it for more.
These are worth showing a doctor or a pelvic\-floor physiotherapist.)roff",
        .ids = signIds,
    },
    OptionSpec{
        .name = "note",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "text"),
        .help = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "With --log-pain: a note."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-log\-pain :
a note.)roff",
    },
    OptionSpec{
        .name = "at",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "time"),
        .help = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                                  "With --log-pain or --rate-activity: when, in ISO 8601 "
                                  "(default: now)."),
        .section = ManSection::Journal,
        .man = R"roff(With
.B \-\-log\-pain
or
.BR \-\-rate\-activity :
when, in ISO 8601
.RB ( 2026\-01\-05T09:30 ,
optionally with seconds and a UTC offset).
Without it the check\-in or rating is for now.)roff",
    },
    OptionSpec{
        .name = "rate-activity",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "name=score"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Rate how well you can do one of your activities now, 0 (unable) to 10 (as "
            "before), and exit; repeat for more."),
        .section = ManSection::Journal,
        .man = R"roff(Rate how well you can do one of your own activities now, from 0 (unable to
do it) to 10 (as well as before the problem), and exit: the
Patient\-Specific Functional Scale.
.I name
is one of the activities named in your profile, in any case
.RB ( "\-\-rate\-activity \(dqpushing the pram=6\(dq" );
repeat it to rate more at once.
A name that is not one of yours, or a score that is not a whole number from
0 to 10, saves nothing.)roff",
    },
    OptionSpec{
        .name = "list-activities",
        .help = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                                  "Print your activities with their latest rating and exit."),
        .section = ManSection::Journal,
        .man = R"roff(Print the activities named in your profile, each with its latest rating and
when it was made, and exit.)roff",
    },
    OptionSpec{
        .name = "export-journal",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "file"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Export the journal to this .json file (a backup of everything), .csv file "
            "(check-ins; sessions go to NAME-sessions.csv) or .fhir.json file (FHIR for a "
            "clinic) and exit."),
        .section = ManSection::Journal,
        .man = R"roff(Export the journal and exit.
A
.I .json
file is a backup of everything (check\-ins, sessions and plans); a
.I .csv
file holds the check\-ins, with the sessions beside it in
.IR NAME\-sessions.csv ;
a
.I .fhir.json
file is a FHIR R4 Bundle for a clinic: check\-ins as pain Observations
(LOINC 72514\-3, SNOMED CT body sites and warning signs), sessions as
exercise\-therapy Procedures and activity ratings as QuestionnaireResponses.
Its Patient carries no identifying data, only the name you added in
the Profile section of Settings, if any.
Warning signs are written as ids, like triggers: a
.B warning-signs
column in CSV, a
.B warningSigns
list in JSON.)roff",
    },
    OptionSpec{
        .name = "import-journal",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "file"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Import a .csv or .json export into the journal and exit. A file with bad "
            "rows is reported row by row and nothing is imported."),
        .section = ManSection::Journal,
        .man = R"roff(Import a
.I .csv
or
.I .json
export into the journal and exit.
A file with bad rows is reported row by row, with the line and the reason,
and nothing is imported.
Entries already in the journal are skipped.
Exports from before warning signs had a column of their own get them back
from the
\(lqAlso noticed: \&...\(rq
line their notes end with.)roff",
    },
    OptionSpec{
        .name = "good-rows-only",
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "With --import-journal: import the good rows of a file that has bad ones."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-import\-journal :
import the good rows of a file that has bad ones.)roff",
    },
    OptionSpec{
        .name = "journal-report",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "file.pdf"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Write the report for your physiotherapist as a PDF and exit (default: the "
            "last 4 weeks)."),
        .section = ManSection::Journal,
        .man = R"roff(Write the report for your physiotherapist as a PDF and exit: the pain
chart, each region's average and trend, what set the pain off, the warning
signs you noticed, the sessions done and your notes.
It covers the last four weeks unless
.B \-\-from
and
.B \-\-to
say otherwise.)roff",
    },
    OptionSpec{
        .name = "from",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "date"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "With --journal-report, or --export-journal to a .fhir.json file: the first day "
            "(YYYY-MM-DD)."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-journal\-report ,
or
.B \-\-export\-journal
to a
.I .fhir.json
file: the first day, as
.IR YYYY\-MM\-DD .)roff",
    },
    OptionSpec{
        .name = "to",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "date"),
        .help =
            QT_TRANSLATE_NOOP("carrywell::ui::CommandLine",
                              "With --journal-report, or --export-journal to a .fhir.json file: "
                              "the last day (YYYY-MM-DD, default today)."),
        .section = ManSection::Journal,
        .man = R"roff(With
.BR \-\-journal\-report ,
or
.B \-\-export\-journal
to a
.I .fhir.json
file: the last day, as
.I YYYY\-MM\-DD
(default: today).)roff",
    },
    OptionSpec{
        .name = "print-plan",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "file.pdf"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Write the week's exercise plan as a PDF to print and pin up, and exit. A "
            "week with no plan gets one made from your profile and saved, as Make my "
            "week does."),
        .section = ManSection::Plan,
        .man = R"roff(Write the week's exercise plan as a PDF to print and pin up, and exit.
A week with no plan gets one made from your profile and saved, as
.B Make my week
does.)roff",
    },
    OptionSpec{
        .name = "export-calendar",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "file.ics"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Write the week's exercise plan as a calendar file for your calendar app, "
            "one event per exercise day at your usual time, and exit."),
        .section = ManSection::Plan,
        .man = R"roff(Write the week's exercise plan as a calendar file for your calendar
program, one event per exercise day at your usual time, and exit.)roff",
    },
    OptionSpec{
        .name = "week",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "week"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "With --print-plan or --export-calendar: the ISO week (YYYY-Www, like "
            "2026-W02; default: this week)."),
        .section = ManSection::Plan,
        .man = R"roff(With
.B \-\-print\-plan
or
.BR \-\-export\-calendar :
the ISO week, as
.I YYYY\-Www
(for example
.BR 2026\-W02 ;
default: this week).)roff",
    },
    OptionSpec{
        .name = "layout",
        .valueName = QT_TRANSLATE_NOOP("carrywell::ui::CommandLine", "layout"),
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "With --print-plan: week (the days side by side, landscape; default) or "
            "days (one under another, portrait)."),
        .section = ManSection::Plan,
        .man = R"roff(With
.BR \-\-print\-plan :
.B week
puts the days side by side on a landscape page (the default),
.B days
one under another on portrait pages.)roff",
    },
    OptionSpec{
        .name = "smoke-test",
        .help = QT_TRANSLATE_NOOP(
            "carrywell::ui::CommandLine",
            "Open the main window, check that the exercise library, the journal and the "
            "session cues work, print one line saying so and exit."),
        .section = ManSection::Checking,
        .man = R"roff(Open the main window, check that the exercise library, the journal and the
sound and on\-screen session cues work, print one line saying so and exit.
Without
.B \-\-data\-dir
it uses a temporary folder that is removed afterwards, so your own journal
is not touched.
A machine without a sound device passes, with the cues shown on screen.
It needs a display; under
.B QT_QPA_PLATFORM=offscreen
it needs none.)roff",
    },
    OptionSpec{
        .name = "help-man",
        .help = "Print the manual page's SYNOPSIS and OPTIONS sections and exit.",
        .hidden = true,
    },
};

} // namespace

std::span<const OptionSpec> optionTable()
{
    return kOptions;
}

const OptionSpec* findOption(const QString& name)
{
    for (const OptionSpec& option : kOptions) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

QString helpLine(const OptionSpec& option)
{
    const QString line = QCoreApplication::translate("carrywell::ui::CommandLine", option.help);
    return option.ids ? line.arg(option.ids()) : line;
}

QString valueName(const OptionSpec& option)
{
    return option.valueName
               ? QCoreApplication::translate("carrywell::ui::CommandLine", option.valueName)
               : QString();
}

} // namespace carrywell::ui
